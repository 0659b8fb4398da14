package io.github.prepkit.metrics;

import tech.tablesaw.columns.Column;

/**
 * Scores of predicted numbers against the true ones, as scikit-learn 1.2's {@code mean_squared_error},
 * {@code mean_absolute_error} and {@code r2_score}. Both arguments are numeric Tablesaw columns of any numeric type
 * with one value per row (a regressor's {@code predict} returns one); a missing value, a non-numeric column,
 * columns of different sizes or an empty column fail with an {@link IllegalArgumentException}. Each metric is O(rows).
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /** The mean of the squared differences (y - ŷ)². */
    public static double meanSquaredError(Column<?> yTrue, Column<?> yPred) {
        double[][] values = values(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < values[0].length; i++) {
            double diff = values[0][i] - values[1][i];
            sum += diff * diff;
        }
        return sum / values[0].length;
    }

    /** The mean of the absolute differences |y - ŷ|. */
    public static double meanAbsoluteError(Column<?> yTrue, Column<?> yPred) {
        double[][] values = values(yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < values[0].length; i++) {
            sum += Math.abs(values[0][i] - values[1][i]);
        }
        return sum / values[0].length;
    }

    /**
     * The coefficient of determination R² = 1 - Σ(y - ŷ)² / Σ(y - ȳ)²: 1 for perfect predictions, 0 for always
     * predicting the mean, negative for worse. As scikit-learn ({@code force_finite=True}): a constant {@code yTrue}
     * gives 1 if the predictions are perfect and 0 otherwise; a single row gives NaN (R² is not defined there).
     */
    public static double r2(Column<?> yTrue, Column<?> yPred) {
        double[][] values = values(yTrue, yPred);
        double[] y = values[0];
        if (y.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= y.length;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double error = y[i] - values[1][i];
            double deviation = y[i] - mean;
            residual += error * error;
            total += deviation * deviation;
        }
        if (total == 0) {
            return residual == 0 ? 1 : 0;
        }
        return 1 - residual / total;
    }

    /** {yTrue, yPred} as numbers, checked. */
    private static double[][] values(Column<?> yTrue, Column<?> yPred) {
        Inputs.sameSize(yTrue, yPred);
        return new double[][] {Inputs.numbers(yTrue, "yTrue"), Inputs.numbers(yPred, "yPred")};
    }
}
