package io.github.prepkit.inspection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.base.Shuffle;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.selection.CrossValidator;
import io.github.prepkit.selection.DefaultFolds;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.Scoring;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How an estimator's training and test scores change with the number of rows it learns from, as scikit-learn's
 * {@code learning_curve}: for every fold and every training size n, the estimator is fitted on the first n of the
 * fold's training rows and scored on them and on the fold's test rows. The sizes are fractions of the first fold's
 * training rows, floored (at least 1), or counts; repeats are dropped and the sizes sorted. With {@code shuffle} each
 * fold's training rows are permuted first, so that the first n are not the rows that come first in the table.
 * <p>
 * Where we differ: the shuffle of fold {@code f} is drawn from its own generator seeded by mixing {@code seed} and
 * {@code f}, not numpy's; scikit-learn's {@code random_state=None} is our seed 0, its {@code n_jobs=None} our every
 * core. A fit that fails scores NaN and is logged, as scikit-learn's default {@code error_score=np.nan}; if every fit
 * fails, the first failure is thrown. {@code exploit_incremental_learning} and {@code groups} are not offered. Cost:
 * folds x sizes fits, on {@code nJobs} threads with the same scores for any count.
 *
 * @param trainSizes the training sizes (default {@link TrainSizes#DEFAULT}: 0.1, 0.325, 0.55, 0.775, 1.0)
 * @param cv         how the rows are cut into folds (default 5 folds, stratified for a classifier)
 * @param scoring    how a fitted model is scored, greater being better (default {@link Scoring#DEFAULT})
 * @param shuffle    whether each fold's training rows are permuted before the first n are taken (default false)
 * @param seed       seeds the permutations when {@code shuffle} (default 0)
 * @param nJobs      threads over the fits, -1 for every core (default -1)
 */
public record LearningCurve(TrainSizes trainSizes, CrossValidator cv, Scoring scoring, boolean shuffle, long seed,
                            int nJobs) {

    private static final String STEP = "LearningCurve";

    /** Validates every parameter. */
    public LearningCurve {
        Checks.notNull(trainSizes, STEP + " trainSizes");
        Checks.notNull(cv, STEP + " cv");
        Checks.notNull(scoring, STEP + " scoring");
        Parallel.requireThreads(STEP, nJobs);
    }

    /** scikit-learn's defaults (five sizes from 10 % to all rows, 5 folds, the estimator's score, no shuffle). */
    public LearningCurve() {
        this(TrainSizes.DEFAULT, new DefaultFolds(5), Scoring.DEFAULT, false, 0, -1);
    }

    /** A copy with the training sizes {@code trainSizes}. */
    public LearningCurve trainSizes(TrainSizes trainSizes) {
        return new LearningCurve(trainSizes, cv, scoring, shuffle, seed, nJobs);
    }

    /** A copy with training sizes as fractions of the first fold's training rows ({@link TrainSizes#fractions}). */
    public LearningCurve trainSizes(double... fractions) {
        return trainSizes(TrainSizes.fractions(fractions));
    }

    /** A copy with training sizes as counts of rows ({@link TrainSizes#counts}). */
    public LearningCurve trainSizes(int... counts) {
        return trainSizes(TrainSizes.counts(counts));
    }

    /** A copy with {@code nSplits} unshuffled folds, stratified for a classifier (scikit-learn's {@code cv=<int>}). */
    public LearningCurve cv(int nSplits) {
        return new LearningCurve(trainSizes, new DefaultFolds(nSplits), scoring, shuffle, seed, nJobs);
    }

    /** A copy cutting the rows with {@code cv}. */
    public LearningCurve cv(CrossValidator cv) {
        return new LearningCurve(trainSizes, cv, scoring, shuffle, seed, nJobs);
    }

    /** A copy scoring with {@code scoring}. */
    public LearningCurve scoring(Scoring scoring) {
        return new LearningCurve(trainSizes, cv, scoring, shuffle, seed, nJobs);
    }

    /** A copy that does ({@code true}) or does not permute each fold's training rows first. */
    public LearningCurve shuffle(boolean shuffle) {
        return new LearningCurve(trainSizes, cv, scoring, shuffle, seed, nJobs);
    }

    /** A copy seeding the permutations with {@code seed}. */
    public LearningCurve seed(long seed) {
        return new LearningCurve(trainSizes, cv, scoring, shuffle, seed, nJobs);
    }

    /** A copy running the fits on {@code nJobs} threads (-1: every core). */
    public LearningCurve nJobs(int nJobs) {
        return new LearningCurve(trainSizes, cv, scoring, shuffle, seed, nJobs);
    }

    /**
     * The training and test scores of {@code estimator} for every training size and fold; neither input is modified.
     *
     * @param estimator the predictor or pipeline to fit, not modified
     * @param features  the feature columns
     * @param target    the target, one value per row
     * @return the training sizes in rows and the scores [size][fold]
     * @throws IllegalArgumentException if the sizes differ, the rows cannot be cut into the folds, a count exceeds the
     *                                  first fold's training rows, or every fit fails
     */
    public LearningCurveResult evaluate(Predictor<?> estimator, Table features, Column<?> target) {
        Checks.notNull(estimator, "estimator");
        TrainingData.requireTargetApart(features, target, STEP);
        List<Fold> folds = Splits.of(cv, estimator, features, target, STEP);
        int[] sizes = trainSizes.absolute(folds.get(0).train().length, STEP);
        int[][] train = new int[folds.size()][];
        TrainTestScore.Rows[] test = new TrainTestScore.Rows[folds.size()];
        Parallel.forEach(folds.size(), nJobs, f -> {
            train[f] = folds.get(f).train();
            if (shuffle) {
                Shuffle.inPlace(train[f], new SplittableRandom(Parallel.seed(seed, f)));
            }
            test[f] = TrainTestScore.Rows.of(features, target, folds.get(f).test());
        });
        TrainTestScore[] scores = TrainTestScore.all(folds.size() * sizes.length, nJobs, task -> {
            int f = task / sizes.length;
            return TrainTestScore.of(estimator, features, target, Arrays.copyOf(train[f],
                    Math.min(sizes[task % sizes.length], train[f].length)), test[f], scoring);
        }, STEP);
        return new LearningCurveResult(sizes, new CurveScores(TrainTestScore.train(scores, sizes.length),
                TrainTestScore.test(scores, sizes.length)));
    }

    /**
     * {@link #evaluate(Predictor, Table, Column)} with column {@code targetColumn} of {@code data} as the target and
     * every other column as a feature.
     *
     * @param estimator    the predictor or pipeline to fit, not modified
     * @param data         the features and the target
     * @param targetColumn the exact name of the target column
     * @return the training sizes in rows and the scores [size][fold]
     * @throws IllegalArgumentException if there is no such column, or as the other form
     */
    public LearningCurveResult evaluate(Predictor<?> estimator, Table data, String targetColumn) {
        return evaluate(estimator, Columns.without(data, targetColumn), Columns.column(data, targetColumn));
    }
}
