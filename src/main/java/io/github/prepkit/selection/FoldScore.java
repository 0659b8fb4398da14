package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What one fit on a fold's training rows gives: the score on its test rows and the seconds fitting and scoring
 * took; a fit or a scoring that throws gives a NaN score and keeps the exception, as scikit-learn's default
 * {@code error_score=np.nan}. A {@link FitExecutor} returns one per estimator and fold.
 *
 * @param score     the test score, NaN if it failed
 * @param fitTime   seconds spent fitting
 * @param scoreTime seconds spent scoring
 * @param failure   the exception, or null
 */
public record FoldScore(double score, double fitTime, double scoreTime, RuntimeException failure) {

    private static final System.Logger LOG = System.getLogger(FoldScore.class.getName());

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
        Checks.notNull(estimator, "estimator");
        Checks.notNull(scoring, "scoring");
        return of(estimator, FoldData.of(Checks.notNull(features, "features"), Checks.notNull(target, "target"),
                Checks.notNull(fold, "fold")), scoring);
    }

    /**
     * Every estimator on every fold, by {@code executor} ({@link FitExecutor#LOCAL}: on {@code nJobs} threads, with
     * {@code progress} stepping once per fit): slot {@code e * folds + f} holds estimator {@code e} on fold {@code f}.
     *
     * @throws IllegalArgumentException if every fit failed, with the first failure as its cause, or the executor
     *                                  returned another number of scores than fits
     */
    static FoldScore[] all(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features, Column<?> target,
            Scoring scoring, int nJobs, FitExecutor executor, Progress progress, String step) {
        FoldScore[] scores = executor == FitExecutor.LOCAL
                ? onThreads(estimators, folds, features, target, scoring, nJobs, progress)
                : executor.fitAll(estimators, folds, features, target, scoring);
        int fits = estimators.size() * folds.size();
        if (scores == null || scores.length != fits) {
            throw new IllegalArgumentException(step + ": executor " + executor + " returned "
                    + (scores == null ? "null" : scores.length + " scores") + " for " + fits + " fits");
        }
        List<RuntimeException> failures = Arrays.stream(scores).map(FoldScore::failure).filter(e -> e != null).toList();
        if (failures.size() == scores.length) {
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
            Column<?> target, Scoring scoring, int nJobs, Progress progress) {
        FoldData[] data = new FoldData[folds.size()];
        Parallel.forEach(data.length, nJobs, f -> data[f] = FoldData.of(features, target, folds.get(f)));
        FoldScore[] scores = new FoldScore[estimators.size() * folds.size()];
        Parallel.forEach(scores.length, nJobs, task -> {
            scores[task] = of(estimators.get(task / folds.size()), data[task % folds.size()], scoring);
            progress.step();
        });
        return scores;
    }

    /** Fits {@code estimator} on the training rows of a fold and scores it on its test rows. */
    static FoldScore of(Predictor<?> estimator, FoldData fold, Scoring scoring) {
        long start = System.nanoTime();
        try {
            PredictorModel model = estimator.fit(fold.trainFeatures(), fold.trainTarget());
            long fitted = System.nanoTime();
            double score = scoring.score(model, fold.testFeatures(), fold.testTarget());
            return new FoldScore(score, (fitted - start) / 1e9, (System.nanoTime() - fitted) / 1e9, null);
        } catch (RuntimeException e) {
            return new FoldScore(Double.NaN, (System.nanoTime() - start) / 1e9, 0, e);
        }
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
