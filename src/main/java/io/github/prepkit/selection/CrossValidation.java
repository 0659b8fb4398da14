package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Fits a predictor (or a {@link io.github.prepkit.pipeline.Pipeline}) on each fold's training rows and scores it
 * on the fold's test rows, as scikit-learn's {@code cross_validate}:
 * {@code new CrossValidation().cv(5).scoring(Scoring.F1_MACRO).evaluate(new KNeighborsClassifier(), features, target)}.
 * With several scorings ({@link #scorings(List)}), each fold is fitted once and scored by each of them.
 * The default folds are scikit-learn's {@code cv=5}: {@link StratifiedKFold} for a classifier, {@link KFold}
 * otherwise, unshuffled; the default scoring is the estimator's own ({@link Scoring#DEFAULT}). The folds run on
 * {@code nJobs} threads with the same scores for any count. A fold whose fit or scoring fails scores NaN and is
 * logged, as scikit-learn's default {@code error_score=np.nan}; if every fold fails, the first failure is thrown.
 * Cost: the folds' fits and scorings, each on a copy of its rows.
 *
 * @param cv      how the rows are cut into folds (default 5 folds, stratified for a classifier)
 * @param scorings how a fitted fold is scored, greater being better, by one scoring or several (default
 *                 {@link Scoring#DEFAULT} alone); no two names equal ignoring case
 * @param nJobs    threads over the folds, -1 for every core (default -1)
 * @param executor where the folds' fits run (default {@link FitExecutor#LOCAL}: {@code nJobs} threads; Spark's runs
 *                 them as Spark tasks), with the same scores
 */
public record CrossValidation(CrossValidator cv, List<Scoring> scorings, int nJobs, FitExecutor executor) {

    private static final String STEP = "CrossValidation";

    /** Validates every parameter. */
    public CrossValidation {
        Checks.notNull(cv, STEP + " cv");
        scorings = Scorings.check(scorings, STEP);
        Checks.notNull(executor, STEP + " executor");
        checkJobs(STEP, nJobs);
    }

    /** One scoring, the folds' fits on {@code executor}. */
    public CrossValidation(CrossValidator cv, Scoring scoring, int nJobs, FitExecutor executor) {
        this(cv, List.of(Checks.notNull(scoring, STEP + " scoring")), nJobs, executor);
    }

    /** One scoring, the folds on {@code nJobs} local threads, as before {@code executor} was added. */
    public CrossValidation(CrossValidator cv, Scoring scoring, int nJobs) {
        this(cv, scoring, nJobs, FitExecutor.LOCAL);
    }

    /** scikit-learn's defaults (5 folds, stratified for a classifier; the estimator's score) on every core. */
    public CrossValidation() {
        this(new DefaultFolds(5), List.of(Scoring.DEFAULT), -1, FitExecutor.LOCAL);
    }

    /** A copy with {@code nSplits} unshuffled folds, stratified for a classifier (scikit-learn's {@code cv=<int>}). */
    public CrossValidation cv(int nSplits) {
        return new CrossValidation(new DefaultFolds(nSplits), scorings, nJobs, executor);
    }

    /** A copy cutting the rows with {@code cv}. */
    public CrossValidation cv(CrossValidator cv) {
        return new CrossValidation(cv, scorings, nJobs, executor);
    }

    /** The first (with one scoring, the only) scoring. */
    public Scoring scoring() {
        return scorings.get(0);
    }

    /** A copy scoring with {@code scoring} alone. */
    public CrossValidation scoring(Scoring scoring) {
        return new CrossValidation(cv, scoring, nJobs, executor);
    }

    /**
     * A copy scoring each fold's one fit by every one of {@code scorings}, as scikit-learn's {@code cross_validate}
     * with a list of scorers.
     *
     * @throws IllegalArgumentException if {@code scorings} is empty, holds null or repeats a name
     */
    public CrossValidation scorings(List<Scoring> scorings) {
        return new CrossValidation(cv, scorings, nJobs, executor);
    }

    /** A copy running the folds on {@code nJobs} threads (-1: every core). */
    public CrossValidation nJobs(int nJobs) {
        return new CrossValidation(cv, scorings, nJobs, executor);
    }

    /** A copy running the folds' fits on {@code executor}, where {@code nJobs} does not apply. */
    public CrossValidation executor(FitExecutor executor) {
        return new CrossValidation(cv, scorings, nJobs, executor);
    }

    /**
     * The scores and times of {@code estimator} over the folds of {@code features} and {@code target}; neither is
     * modified.
     *
     * @param estimator the predictor or pipeline to fit on each fold, not modified
     * @param features  the feature columns
     * @param target    the target, one value per row
     * @return the score and the times of every fold
     * @throws IllegalArgumentException if the sizes differ, the rows cannot be cut into the folds, or every fold fails
     */
    public CrossValidationResult evaluate(Predictor<?> estimator, Table features, Column<?> target) {
        Checks.notNull(estimator, "estimator");
        List<Fold> folds = folds(cv, estimator, features, target, STEP);
        FoldScore[] scores = FoldScore.all(List.of(estimator), folds, features, target, scorings, nJobs, executor,
                Progress.silent(), STEP);
        return new CrossValidationResult(scorings.stream().map(Scoring::name).toList(), scores);
    }

    /**
     * {@link #evaluate(Predictor, Table, Column)} with column {@code targetColumn} of {@code data} as the target and
     * every other column as a feature.
     *
     * @param estimator    the predictor or pipeline to fit on each fold, not modified
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return the score and the times of every fold
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public CrossValidationResult evaluate(Predictor<?> estimator, Table data, String targetColumn) {
        return evaluate(estimator, Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }

    /** The folds {@code cv} cuts for {@code estimator}, after checking that features and target match. */
    static List<Fold> folds(CrossValidator cv, Predictor<?> estimator, Table features, Column<?> target, String step) {
        TrainingData.requireSameRows(features, target, step);
        CrossValidator resolved = cv instanceof DefaultFolds defaults ? defaults.forEstimator(estimator) : cv;
        return resolved.split(features, target);
    }

    /** Fails unless {@code nJobs} is a thread count Parallel accepts, naming {@code step}. */
    static void checkJobs(String step, int nJobs) {
        try {
            Parallel.threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }
}
