package io.github.prepkit.inspection;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Moments;
import io.github.prepkit.internal.data.Tables;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The scores of a learning or validation curve: for every point of the curve (a training size, a hyperparameter
 * value) and every fold, the score on the rows the model was fitted on and on the fold's test rows, as
 * scikit-learn's {@code train_scores} and {@code test_scores} arrays of shape (points, folds). A failed fit scores
 * NaN, and so do the mean and standard deviation of its point.
 *
 * @param train [point][fold]: the score on the training rows
 * @param test  [point][fold]: the score on the test rows
 */
public record CurveScores(double[][] train, double[][] test) {

    /**
     * Copies and checks the grids: the same number of points and folds in both, at least one of each.
     *
     * @throws IllegalArgumentException if a grid is null, empty or ragged, or the two differ in shape
     */
    public CurveScores {
        train = copy(Checks.notNull(train, "train scores"), "train scores");
        test = copy(Checks.notNull(test, "test scores"), "test scores");
        if (train.length != test.length || train[0].length != test[0].length) {
            throw new IllegalArgumentException("CurveScores: train and test scores must have the same shape, found "
                    + train.length + " x " + train[0].length + " and " + test.length + " x " + test[0].length);
        }
    }

    /** [point][fold]: the score on the training rows; a copy. */
    @Override
    public double[][] train() {
        return copy(train, "train scores");
    }

    /** [point][fold]: the score on the test rows; a copy. */
    @Override
    public double[][] test() {
        return copy(test, "test scores");
    }

    /** The number of folds. */
    public int folds() {
        return train[0].length;
    }

    /** Every point's mean training score over the folds. */
    public double[] trainMean() {
        return Arrays.stream(train).mapToDouble(Moments::mean).toArray();
    }

    /** Every point's population standard deviation of the training scores over the folds, as numpy's {@code std}. */
    public double[] trainStd() {
        return Arrays.stream(train).mapToDouble(Moments::std).toArray();
    }

    /** Every point's mean test score over the folds. */
    public double[] testMean() {
        return Arrays.stream(test).mapToDouble(Moments::mean).toArray();
    }

    /** Every point's population standard deviation of the test scores over the folds, as numpy's {@code std}. */
    public double[] testStd() {
        return Arrays.stream(test).mapToDouble(Moments::std).toArray();
    }

    /**
     * One row per point and fold, points first: {@code points}' value of the point, {@code fold},
     * {@code train_score}, {@code test_score}.
     */
    Table table(String name, Column<?> points) {
        int folds = folds();
        int[] point = new int[train.length * folds];
        int[] fold = new int[point.length];
        double[] trainScores = new double[point.length];
        double[] testScores = new double[point.length];
        for (int p = 0; p < train.length; p++) {
            for (int f = 0; f < folds; f++) {
                int row = p * folds + f;
                point[row] = p;
                fold[row] = f;
                trainScores[row] = train[p][f];
                testScores[row] = test[p][f];
            }
        }
        return Table.create(name, Tables.rows(points, point),
                IntColumn.create("fold", fold), DoubleColumn.create("train_score", trainScores),
                DoubleColumn.create("test_score", testScores));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurveScores scores && Arrays.deepEquals(train, scores.train)
                && Arrays.deepEquals(test, scores.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(train) + Arrays.deepHashCode(test);
    }

    @Override
    public String toString() {
        return "CurveScores[train=" + Arrays.deepToString(train) + ", test=" + Arrays.deepToString(test) + "]";
    }

    private static double[][] copy(double[][] grid, String what) {
        if (grid.length == 0) {
            throw new IllegalArgumentException("CurveScores: " + what + " need at least one point");
        }
        double[][] copy = new double[grid.length][];
        for (int p = 0; p < grid.length; p++) {
            copy[p] = Checks.notNull(grid[p], what + " of point " + p).clone();
            if (copy[p].length == 0 || copy[p].length != Checks.notNull(grid[0], what + " of point 0").length) {
                throw new IllegalArgumentException("CurveScores: " + what + " need the same number of folds (at least"
                        + " one) for every point, found " + copy[p].length + " at point " + p + " and "
                        + grid[0].length + " at point 0");
            }
        }
        return copy;
    }
}
