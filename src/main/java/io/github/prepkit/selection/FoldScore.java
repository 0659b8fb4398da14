package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What one fit on a fold's training rows gives: the score on its test rows and the seconds fitting and scoring
 * took; a fit or a scoring that throws gives a NaN score and keeps the exception, as scikit-learn's default
 * {@code error_score=np.nan}. A {@link FitExecutor} returns one per estimator and fold.
 *
 * With several scorings, one fit is scored by each of them in turn: {@link #scores()} holds them in the order of the
 * scorings and {@link #score()} is the first.
 *
 * @param score     the (first scoring's) test score, NaN if it failed
 * @param fitTime   seconds spent fitting
 * @param scoreTime seconds spent scoring, by all the scorings
 * @param failure   the exception, or null
 * @param scores    every scoring's test score, the first being {@code score}; NaN where it failed
 */
public record FoldScore(double score, double fitTime, double scoreTime, RuntimeException failure, double[] scores) {

    private static final System.Logger LOG = System.getLogger(FoldScore.class.getName());

    /** Copies {@code scores} and checks that it starts with {@code score}. */
    public FoldScore {
        scores = Checks.notNull(scores, "scores").clone();
        if (scores.length == 0 || Double.doubleToLongBits(scores[0]) != Double.doubleToLongBits(score)) {
            throw new IllegalArgumentException("FoldScore: scores must start with score " + score + ", found "
                    + Arrays.toString(scores));
        }
    }

    /** The score of a single scoring. */
    public FoldScore(double score, double fitTime, double scoreTime, RuntimeException failure) {
        this(score, fitTime, scoreTime, failure, new double[] {score});
    }

    /** Every scoring's test score, in the order of the scorings; a copy. */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FoldScore that && Double.compare(score, that.score) == 0
                && Double.compare(fitTime, that.fitTime) == 0 && Double.compare(scoreTime, that.scoreTime) == 0
                && Objects.equals(failure, that.failure) && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, fitTime, scoreTime, failure) * 31 + Arrays.hashCode(scores);
    }

    @Override
    public String toString() {
        return "FoldScore[scores=" + Arrays.toString(scores) + ", fitTime=" + fitTime + ", scoreTime=" + scoreTime
                + ", failure=" + failure + "]";
    }

    /**
     * Fits {@code estimator} on the training rows of {@code fold} and scores it on its test rows: the unit of work of
     * every {@link FitExecutor}, wherever it runs.
     *
     * @param estimator the predictor or pipeline to fit, not modified
     * @param features  every row's features, not modified
     * @param target    every row's target
     * @param fold      which rows train and which test
     * @param scoring   how the fitted model is scored on the test rows
     * @return the score and times, or NaN and the exception if the fit or the scoring failed
     */
    public static FoldScore of(Predictor<?> estimator, Table features, Column<?> target, Fold fold, Scoring scoring) {
        return of(estimator, features, target, fold, List.of(Checks.notNull(scoring, "scoring")));
    }

    /**
     * Fits {@code estimator} on the training rows of {@code fold} once and scores it on its test rows with each of
     * {@code scorings}: the unit of work of a multi-metric {@link FitExecutor}. A failed fit scores NaN for every
     * scoring; a failed scoring NaN for itself alone; either keeps the (first) exception.
     *
     * @param estimator the predictor or pipeline to fit, not modified
     * @param features  every row's features, not modified
     * @param target    every row's target
     * @param fold      which rows train and which test
     * @param scorings  how the fitted model is scored on the test rows, at least one
     * @return the scores, in the order of {@code scorings}, and the times
     */
    public static FoldScore of(Predictor<?> estimator, Table features, Column<?> target, Fold fold,
            List<Scoring> scorings) {
        Checks.notNull(estimator, "estimator");
        Scorings.check(scorings, "FoldScore");
        return of(estimator, FoldData.of(Checks.notNull(features, "features"), Checks.notNull(target, "target"),
                Checks.notNull(fold, "fold")), scorings);
    }

    /**
     * Every estimator on every fold, by {@code executor} ({@link FitExecutor#LOCAL}: on {@code nJobs} threads, with
     * {@code progress} stepping once per fit): slot {@code e * folds + f} holds estimator {@code e} on fold {@code f}.
     *
     * Each fit is scored by every one of {@code scorings}.
     *
     * @throws IllegalArgumentException if every fit failed, with the first failure as its cause, or the executor
     *                                  returned another number of scores than fits or of scorings
     */
    static FoldScore[] all(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features, Column<?> target,
            List<Scoring> scorings, int nJobs, FitExecutor executor, Progress progress, String step) {
        FoldScore[] scores = executor == FitExecutor.LOCAL
                ? onThreads(estimators, folds, features, target, scorings, nJobs, progress)
                : executor.fitAll(estimators, folds, features, target, scorings);
        int fits = estimators.size() * folds.size();
        if (scores == null || scores.length != fits) {
            throw new IllegalArgumentException(step + ": executor " + executor + " returned "
                    + (scores == null ? "null" : scores.length + " scores") + " for " + fits + " fits");
        }
        if (Arrays.stream(scores).anyMatch(s -> s == null || s.scores.length != scorings.size())) {
            throw new IllegalArgumentException(step + ": executor " + executor + " returned a fit without "
                    + scorings.size() + " scores, one per scoring");
        }
        List<RuntimeException> failures = Arrays.stream(scores).map(FoldScore::failure).filter(e -> e != null).toList();
        if (Arrays.stream(scores).allMatch(FoldScore::failed)) {
            throw new IllegalArgumentException(step + ": all " + scores.length + " fits failed; the first with: "
                    + failures.get(0).getMessage(), failures.get(0));
        }
        if (!failures.isEmpty()) {
            LOG.log(Level.WARNING, "{0}: {1} of {2} fits failed and score NaN; the first with: {3}", step,
                    failures.size(), scores.length, failures.get(0).getMessage());
        }
        return scores;
    }

    /**
     * Every estimator on every fold on {@code nJobs} threads. Each fold's rows are copied out once and shared by every
     * estimator (so the folds' copies, about {@code folds} times the table, are held at once). Each fit is
     * independent, so the scores do not depend on {@code nJobs}; {@code progress} steps once per fit.
     */
    static FoldScore[] onThreads(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features,
            Column<?> target, List<Scoring> scorings, int nJobs, Progress progress) {
        FoldData[] data = new FoldData[folds.size()];
        Parallel.forEach(data.length, nJobs, f -> data[f] = FoldData.of(features, target, folds.get(f)));
        FoldScore[] scores = new FoldScore[estimators.size() * folds.size()];
        Parallel.forEach(scores.length, nJobs, task -> {
            scores[task] = of(estimators.get(task / folds.size()), data[task % folds.size()], scorings);
            progress.step();
        });
        return scores;
    }

    /** Whether this fit failed outright: an exception and no score at all. */
    private boolean failed() {
        return failure != null && Arrays.stream(scores).allMatch(Double::isNaN);
    }

    /** Fits {@code estimator} on the training rows of a fold once and scores it on its test rows by each scoring. */
    static FoldScore of(Predictor<?> estimator, FoldData fold, List<Scoring> scorings) {
        long start = System.nanoTime();
        PredictorModel model;
        try {
            model = estimator.fit(fold.trainFeatures(), fold.trainTarget());
        } catch (RuntimeException e) {
            double[] nan = new double[scorings.size()];
            Arrays.fill(nan, Double.NaN);
            return new FoldScore(Double.NaN, (System.nanoTime() - start) / 1e9, 0, e, nan);
        }
        long fitted = System.nanoTime();
        double[] scores = new double[scorings.size()];
        RuntimeException failure = null;
        for (int s = 0; s < scores.length; s++) {
            try {
                scores[s] = scorings.get(s).score(model, fold.testFeatures(), fold.testTarget());
            } catch (RuntimeException e) {
                scores[s] = Double.NaN;
                failure = failure == null ? e : failure;
            }
        }
        return new FoldScore(scores[0], (fitted - start) / 1e9, (System.nanoTime() - fitted) / 1e9, failure, scores);
    }

    /** A fold's training and test rows, copied out of the features and the target. */
    record FoldData(Table trainFeatures, Column<?> trainTarget, Table testFeatures, Column<?> testTarget) {

        static FoldData of(Table features, Column<?> target, Fold fold) {
            int[] train = fold.train();
            int[] test = fold.test();
            return new FoldData(Tables.rows(features, train), target.subset(train), Tables.rows(features, test),
                    target.subset(test));
        }
    }
}
