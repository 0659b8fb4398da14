package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What {@link GridSearch} and {@link RandomSearch} share: typed axes, a factory from a candidate's values to an
 * estimator, and the settings of the cross-validation that scores every candidate on every fold. Immutable: each
 * fluent method returns a modified copy.
 *
 * @param <E> the estimator (a predictor or a {@link io.github.prepkit.pipeline.Pipeline})
 * @param <M> the estimator's fitted model, which {@link SearchResult#bestModel()} returns
 * @param <S> the search's own type, which the fluent methods return
 */
public abstract sealed class Search<E extends Predictor<M>, M extends PredictorModel, S extends Search<E, M, S>>
        permits GridSearch, RandomSearch, HalvingSearch {

    final List<Axis<?>> axes;
    final Function<Candidate, E> factory;
    final SearchSettings settings;

    Search(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings) {
        this.axes = Checks.noNulls(axes, "axes");
        this.factory = Checks.notNull(factory, "factory");
        this.settings = settings;
        List<String> names = new ArrayList<>();
        for (Axis<?> axis : this.axes) {
            if (names.contains(axis.name())) {
                throw new IllegalArgumentException(step() + ": axis name '" + axis.name() + "' is used twice");
            }
            names.add(axis.name());
        }
    }

    /**
     * Scores the candidates on {@code features} and {@code target} (checked to match), the best picked by scoring
     * {@code refit}; without the refit on all the rows.
     */
    abstract SearchResult<E, M> evaluate(Table features, Column<?> target, int refit);

    /** A search of this kind with other axes, factory or settings. */
    abstract S with(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings);

    /** The search's name in messages and on the progress bar. */
    final String step() {
        return settings.step();
    }

    /** This search with one more axis whose value {@code apply} sets on the estimator the factory built so far. */
    final <V> S plus(Axis<V> axis, BiFunction<E, V, E> apply) {
        Checks.notNull(apply, "axis '" + axis.name() + "' apply");
        List<Axis<?>> more = new ArrayList<>(axes);
        more.add(axis);
        Function<Candidate, E> previous = factory;
        return with(more, candidate -> apply.apply(previous.apply(candidate), candidate.get(axis)), settings);
    }

    /** The axes, in order. */
    public List<Axis<?>> axes() {
        return axes;
    }

    /** How the rows are cut into folds. */
    public CrossValidator cv() {
        return settings.cv();
    }

    /** A copy with {@code nSplits} unshuffled folds, stratified for a classifier (scikit-learn's {@code cv=<int>}; default 5). */
    public S cv(int nSplits) {
        return with(axes, factory, settings.cv(new DefaultFolds(nSplits)));
    }

    /** A copy cutting the rows with {@code cv}. */
    public S cv(CrossValidator cv) {
        return with(axes, factory, settings.cv(cv));
    }

    /** How each fold is scored, greater being better: the only scoring, or the one {@link #refit(String)} names. */
    public Scoring scoring() {
        return settings.scoring();
    }

    /** A copy scoring with {@code scoring} alone (default {@link Scoring#DEFAULT}, the estimator's own score). */
    public S scoring(Scoring scoring) {
        return with(axes, factory, settings.scoring(scoring));
    }

    /** Every scoring, in the order of the results' columns. */
    public List<Scoring> scorings() {
        return settings.scorings();
    }

    /**
     * A copy scoring each fit by every one of {@code scorings} (scikit-learn's multi-metric {@code scoring}): one fit
     * per candidate and fold, scored by each in turn. With more than one, {@link #refit(String)} must name the
     * scoring that picks the best candidate, and the results' columns are named after the scorings
     * ({@code mean_test_<name>}); a single one keeps scikit-learn's {@code mean_test_score}.
     *
     * @param scorings at least one, no two names equal ignoring case
     * @return a new search
     * @throws IllegalArgumentException if {@code scorings} is empty, holds null or repeats a name
     */
    public S scorings(List<Scoring> scorings) {
        return with(axes, factory, settings.scorings(scorings));
    }

    /** Whether the best candidate is refitted on all the rows. */
    public boolean refit() {
        return settings.refit();
    }

    /** A copy that does (default) or does not refit the best candidate on all the rows. */
    public S refit(boolean refit) {
        return with(axes, factory, settings.refit(refit));
    }

    /** The name of the scoring that picks the best candidate, if one was named. */
    public Optional<String> refitMetric() {
        return Optional.ofNullable(settings.refitMetric());
    }

    /**
     * A copy in which the scoring named {@code scoring} picks the best candidate, which is then refitted on all the
     * rows (scikit-learn's {@code refit="<name>"}); needed with several {@link #scorings}. Follow with
     * {@code refit(false)} to keep the choice without the refit (where scikit-learn, with {@code refit=False} and
     * several scorings, picks no best candidate at all). Whether the name is one of the scorings is checked by
     * {@link #fit}, since the scorings may be set after.
     *
     * @param scoring the exact name of one of the scorings
     * @return a new search
     */
    public S refit(String scoring) {
        return with(axes, factory, settings.refit(scoring));
    }

    /** The threads over candidates x folds. */
    public int nJobs() {
        return settings.nJobs();
    }

    /** A copy fitting candidates x folds on {@code nJobs} threads (-1, the default: every core); results do not change. */
    public S nJobs(int nJobs) {
        return with(axes, factory, settings.nJobs(nJobs));
    }

    /** Whether a progress bar may show. */
    public boolean progressBar() {
        return settings.progressBar();
    }

    /**
     * A copy that may (default) or may not show a progress bar on standard error; it shows only with a console
     * attached and more than {@value Progress#FEW} fits, so never under a test runner.
     */
    public S progressBar(boolean progressBar) {
        return with(axes, factory, settings.progressBar(progressBar));
    }

    /** Where the fits run: {@link FitExecutor#LOCAL} (the default, {@code nJobs} threads) or another executor. */
    public FitExecutor executor() {
        return settings.executor();
    }

    /**
     * A copy running its fits on {@code executor}, such as Spark's ({@code PrepkitSpark.executor(spark)}), where
     * {@code nJobs} and the progress bar do not apply; the results are those of a local run, the times aside.
     */
    public S executor(FitExecutor executor) {
        return with(axes, factory, settings.executor(executor));
    }

    /**
     * Scores the candidates on the folds of {@code features} and {@code target} (every candidate on every fold, or,
     * for a {@link HalvingSearch}, in rounds on growing subsamples) and, with refit, fits the best candidate on all
     * the rows; neither argument is modified. Each fit is scored by every scoring. Fits run on {@code nJobs} threads
     * over candidates x folds, or on the {@link #executor}, with the same results for any count or executor; a refit
     * runs here. The folds are cut once, for the first candidate's estimator. A fit that fails scores NaN (logged),
     * as scikit-learn's default {@code error_score=np.nan}.
     *
     * @param features the feature columns
     * @param target   the target, one value per row
     * @return every candidate's scores, the best candidate and, with refit, its model
     * @throws IllegalArgumentException if the factory fails for a candidate (an invalid value), the sizes differ,
     *                                  the rows cannot be cut into the folds, every fit fails, or there are several
     *                                  scorings and {@link #refit(String)} names none of them
     */
    public SearchResult<E, M> fit(Table features, Column<?> target) {
        SearchResult<E, M> result = evaluate(features, target, settings.refitIndex());
        return settings.refit() ? result.withBestModel(result.bestEstimator().fit(features, target)) : result;
    }

    /** The estimator of each candidate, built by the factory. */
    final List<E> estimators(List<Candidate> candidates) {
        return candidates.stream().map(candidate -> Checks.notNull(factory.apply(candidate),
                step() + " factory result for " + candidate)).toList();
    }

    /** Every one of {@code estimators} on every one of {@code folds}, scored by every scoring. */
    final FoldScore[] score(List<E> estimators, List<Fold> folds, Table features, Column<?> target) {
        try (Progress progress = Progress.of(step(), estimators.size() * folds.size(), settings.progressBar())) {
            return FoldScore.all(estimators, folds, features, target, settings.scorings(), settings.nJobs(),
                    settings.executor(), progress, step());
        }
    }

    /** {@code candidates} scored on the same folds, cut once for the first candidate's estimator. */
    final SearchResult<E, M> crossValidate(List<Candidate> candidates, Table features, Column<?> target, int refit) {
        List<E> estimators = estimators(candidates);
        List<Fold> folds = CrossValidation.folds(settings.cv(), estimators.get(0), features, target, step());
        return new SearchResult<>(axes, candidates, estimators, folds.size(), score(estimators, folds, features,
                target), names(), refit, null, null);
    }

    /** The names of the scorings, in order. */
    final List<String> names() {
        return settings.scorings().stream().map(Scoring::name).toList();
    }

    /**
     * {@link #fit(Table, Column)} with column {@code targetColumn} of {@code data} as the target and every other
     * column as a feature.
     *
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return every candidate's scores, the best candidate and, with refit, its model
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public SearchResult<E, M> fit(Table data, String targetColumn) {
        return fit(Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }
}
