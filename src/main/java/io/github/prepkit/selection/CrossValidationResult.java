package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Moments;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link CrossValidation}: per fold, the test score and the seconds spent fitting and scoring, as
 * the arrays of scikit-learn's {@code cross_validate} ({@code test_score}, {@code fit_time}, {@code score_time}).
 * A failed fold scores NaN.
 */
public final class CrossValidationResult {

    private final String scoring;
    private final double[] testScores;
    private final double[] fitTimes;
    private final double[] scoreTimes;

    CrossValidationResult(String scoring, FoldScore[] folds) {
        this.scoring = scoring;
        this.testScores = Arrays.stream(folds).mapToDouble(FoldScore::score).toArray();
        this.fitTimes = Arrays.stream(folds).mapToDouble(FoldScore::fitTime).toArray();
        this.scoreTimes = Arrays.stream(folds).mapToDouble(FoldScore::scoreTime).toArray();
    }

    /** The name of the scoring used. */
    public String scoring() {
        return scoring;
    }

    /** Each fold's test score, in fold order; a copy. */
    public double[] testScores() {
        return testScores.clone();
    }

    /** Each fold's fitting time in seconds; a copy. */
    public double[] fitTimes() {
        return fitTimes.clone();
    }

    /** Each fold's scoring time in seconds; a copy. */
    public double[] scoreTimes() {
        return scoreTimes.clone();
    }

    /** The mean test score over the folds (NaN if a fold failed). */
    public double mean() {
        return Moments.mean(testScores);
    }

    /** The population standard deviation of the test scores, as numpy's {@code std}. */
    public double std() {
        return Moments.std(testScores);
    }

    /** One row per fold: {@code fold}, {@code fit_time}, {@code score_time}, {@code test_score}. */
    public Table table() {
        return Table.create("cross-validation",
                IntColumn.create("fold", IntStream.range(0, testScores.length).toArray()),
                DoubleColumn.create("fit_time", fitTimes),
                DoubleColumn.create("score_time", scoreTimes),
                DoubleColumn.create("test_score", testScores));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.4f +/- %.4f over %d folds", scoring, mean(), std(), testScores.length);
    }
}
