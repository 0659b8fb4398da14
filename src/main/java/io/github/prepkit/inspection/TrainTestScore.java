package io.github.prepkit.inspection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.selection.Scoring;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One fit of a curve: the score on the rows it was fitted on and on its fold's test rows, or NaN for both and the
 * exception when the fit or a scoring failed, as scikit-learn's {@code _fit_and_score} with
 * {@code return_train_score=True} and the default {@code error_score=np.nan}.
 */
record TrainTestScore(double train, double test, RuntimeException failure) {

    private static final System.Logger LOG = System.getLogger(TrainTestScore.class.getName());

    /** Rows a fit is scored on: test features and target, copied out once and shared by the fits of a fold. */
    record Rows(Table features, Column<?> target) {

        static Rows of(Table features, Column<?> target, int[] rows) {
            return new Rows(Tables.rows(features, rows), Tables.rows(target, rows));
        }
    }

    /** Fits {@code estimator} on the rows {@code train} and scores it there and on {@code test}. */
    static TrainTestScore of(Predictor<?> estimator, Table features, Column<?> target, int[] train, Rows test,
            Scoring scoring) {
        try {
            Rows fitted = Rows.of(features, target, train);
            PredictorModel model = estimator.fit(fitted.features(), fitted.target());
            return new TrainTestScore(scoring.score(model, fitted.features(), fitted.target()),
                    scoring.score(model, test.features(), test.target()), null);
        } catch (RuntimeException e) {
            return new TrainTestScore(Double.NaN, Double.NaN, e);
        }
    }

    /**
     * Runs {@code tasks} fits on {@code nJobs} threads, each writing its own slot; logs the failed ones (scored NaN)
     * as a warning, as scikit-learn's {@code FitFailedWarning}.
     *
     * @throws IllegalArgumentException if every fit failed, with the first failure as its cause
     */
    static TrainTestScore[] all(int tasks, int nJobs, IntFunction<TrainTestScore> task, String step) {
        TrainTestScore[] scores = new TrainTestScore[tasks];
        Parallel.forEach(tasks, nJobs, i -> scores[i] = task.apply(i));
        List<RuntimeException> failures = Arrays.stream(scores).map(TrainTestScore::failure)
                .filter(e -> e != null).toList();
        if (failures.size() == tasks) {
            throw new IllegalArgumentException(step + ": all " + tasks + " fits failed; the first with: "
                    + failures.get(0).getMessage(), failures.get(0));
        }
        if (!failures.isEmpty()) {
            LOG.log(Level.WARNING, "{0}: {1} of {2} fits failed and score NaN; the first with: {3}", step,
                    failures.size(), tasks, failures.get(0).getMessage());
        }
        return scores;
    }

    /** The train scores of {@code scores} as [group][fold], slot {@code fold * groups + group}, as scikit-learn's. */
    static double[][] train(TrainTestScore[] scores, int groups) {
        return grid(scores, groups, true);
    }

    /** The test scores of {@code scores} as [group][fold], slot {@code fold * groups + group}, as scikit-learn's. */
    static double[][] test(TrainTestScore[] scores, int groups) {
        return grid(scores, groups, false);
    }

    private static double[][] grid(TrainTestScore[] scores, int groups, boolean train) {
        int folds = scores.length / groups;
        double[][] grid = new double[groups][folds];
        for (int fold = 0; fold < folds; fold++) {
            for (int group = 0; group < groups; group++) {
                TrainTestScore score = scores[fold * groups + group];
                grid[group][fold] = train ? score.train() : score.test();
            }
        }
        return grid;
    }
}
