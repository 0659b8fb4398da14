package io.github.prepkit.inspection;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What a {@link LearningCurve} measures: the training sizes in rows, ascending (scikit-learn's
 * {@code train_sizes_abs}), and for each size and fold the training and test scores.
 *
 * @param trainSizes the training sizes in rows, ascending
 * @param scores     the scores [size][fold]
 */
public record LearningCurveResult(int[] trainSizes, CurveScores scores) {

    /**
     * Copies and checks the parts: one row of scores per training size.
     *
     * @throws IllegalArgumentException if a part is null or the sizes do not match
     */
    public LearningCurveResult {
        trainSizes = Checks.notNull(trainSizes, "trainSizes").clone();
        Checks.notNull(scores, "scores");
        if (trainSizes.length != scores.trainMean().length) {
            throw new IllegalArgumentException("LearningCurveResult: one row of scores per training size ("
                    + trainSizes.length + ") expected, found " + scores.trainMean().length);
        }
    }

    /** The training sizes in rows, ascending; a copy. */
    @Override
    public int[] trainSizes() {
        return trainSizes.clone();
    }

    /** One row per training size and fold: {@code train_size}, {@code fold}, {@code train_score}, {@code test_score}. */
    public Table table() {
        return scores.table("learning curve", IntColumn.create("train_size", trainSizes));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningCurveResult result && Arrays.equals(trainSizes, result.trainSizes)
                && scores.equals(result.scores);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(trainSizes) + scores.hashCode();
    }

    @Override
    public String toString() {
        return "LearningCurveResult[trainSizes=" + Arrays.toString(trainSizes) + ", scores=" + scores + "]";
    }
}
