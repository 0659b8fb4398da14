package io.github.prepkit.inspection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.selection.CrossValidator;
import io.github.prepkit.selection.DefaultFolds;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How an estimator's training and test scores change with one hyperparameter, as scikit-learn's
 * {@code validation_curve}: for every fold and every value, the estimator that value gives is fitted on the fold's
 * training rows and scored on them and on its test rows. The hyperparameter is typed, not named: a function from a
 * value to the estimator, such as {@code k -> new KNeighborsClassifier().nNeighbors(k)}.
 * <p>
 * The default folds are scikit-learn's {@code cv=5}, stratified when the first value's estimator is a classifier. A
 * fit that fails scores NaN and is logged, as scikit-learn's default {@code error_score=np.nan}; if every fit fails,
 * the first failure is thrown. Cost: folds x values fits, on {@code nJobs} threads with the same scores for any
 * count.
 *
 * @param cv      how the rows are cut into folds (default 5 folds, stratified for a classifier)
 * @param scoring how a fitted model is scored, greater being better (default {@link Scoring#DEFAULT})
 * @param nJobs   threads over the fits, -1 for every core (default -1)
 */
public record ValidationCurve(CrossValidator cv, Scoring scoring, int nJobs) {

    private static final String STEP = "ValidationCurve";

    /** Validates every parameter. */
    public ValidationCurve {
        Checks.notNull(cv, STEP + " cv");
        Checks.notNull(scoring, STEP + " scoring");
        Parallel.requireThreads(STEP, nJobs);
    }

    /** scikit-learn's defaults (5 folds, stratified for a classifier; the estimator's score) on every core. */
    public ValidationCurve() {
        this(new DefaultFolds(5), Scoring.DEFAULT, -1);
    }

    /** A copy with {@code nSplits} unshuffled folds, stratified for a classifier (scikit-learn's {@code cv=<int>}). */
    public ValidationCurve cv(int nSplits) {
        return new ValidationCurve(new DefaultFolds(nSplits), scoring, nJobs);
    }

    /** A copy cutting the rows with {@code cv}. */
    public ValidationCurve cv(CrossValidator cv) {
        return new ValidationCurve(cv, scoring, nJobs);
    }

    /** A copy scoring with {@code scoring}. */
    public ValidationCurve scoring(Scoring scoring) {
        return new ValidationCurve(cv, scoring, nJobs);
    }

    /** A copy running the fits on {@code nJobs} threads (-1: every core). */
    public ValidationCurve nJobs(int nJobs) {
        return new ValidationCurve(cv, scoring, nJobs);
    }

    /**
     * The training and test scores of the estimator each value gives, for every value and fold; the inputs are not
     * modified.
     *
     * @param <V>       the hyperparameter's type
     * @param estimator gives the estimator for a value, such as {@code c -> new LogisticRegression().c(c)}
     * @param values    the values to try, in order
     * @param features  the feature columns
     * @param target    the target, one value per row
     * @return the values and the scores [value][fold]
     * @throws IllegalArgumentException if there is no value, a value or the estimator it gives is null or invalid,
     *                                  the sizes differ, the rows cannot be cut into the folds, or every fit fails
     */
    public <V> ValidationCurveResult<V> evaluate(Function<? super V, ? extends Predictor<?>> estimator,
            List<V> values, Table features, Column<?> target) {
        Checks.notNull(estimator, "estimator");
        List<V> tried = List.copyOf(Checks.noNulls(values, "values"));
        if (tried.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": values must hold at least one value");
        }
        List<Predictor<?>> estimators = new ArrayList<>(tried.size());
        for (V value : tried) {
            estimators.add(Checks.notNull(estimator.apply(value), "the estimator for value " + value));
        }
        TrainingData.requireTargetApart(features, target, STEP);
        List<Fold> folds = Splits.of(cv, estimators.get(0), features, target, STEP);
        TrainTestScore.Rows[] test = new TrainTestScore.Rows[folds.size()];
        Parallel.forEach(folds.size(), nJobs, f -> test[f] = TrainTestScore.Rows.of(features, target,
                folds.get(f).test()));
        int count = tried.size();
        TrainTestScore[] scores = TrainTestScore.all(folds.size() * count, nJobs, task -> TrainTestScore.of(
                estimators.get(task % count), features, target, folds.get(task / count).train(),
                test[task / count], scoring), STEP);
        return new ValidationCurveResult<>(tried, new CurveScores(TrainTestScore.train(scores, count),
                TrainTestScore.test(scores, count)));
    }

    /**
     * {@link #evaluate(Function, List, Table, Column)} with column {@code targetColumn} of {@code data} as the target
     * and every other column as a feature.
     *
     * @param <V>          the hyperparameter's type
     * @param estimator    gives the estimator for a value
     * @param values       the values to try, in order
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return the values and the scores [value][fold]
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public <V> ValidationCurveResult<V> evaluate(Function<? super V, ? extends Predictor<?>> estimator,
            List<V> values, Table data, String targetColumn) {
        return evaluate(estimator, values, Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }
}
