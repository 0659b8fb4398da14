package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.BinaryScale;
import tech.tablesaw.columns.Column;

/**
 * Scores of predicted numbers against the true ones, as scikit-learn 1.2's {@code mean_squared_error},
 * {@code mean_absolute_error} and {@code r2_score}. Both arguments are numeric Tablesaw columns of any numeric type
 * with one value per row (a regressor's {@code predict} returns one); a missing value, a non-numeric column,
 * columns of different sizes or an empty column fail with an {@link IllegalArgumentException}. Each metric is O(rows).
 * Values near the ends of the double range are taken at a power of two ({@link BinaryScale}), so a score is finite
 * whenever its true value is (scikit-learn's overflows to infinity or NaN there).
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    /**
     * The mean of the squared differences (y - ŷ)².
     *
     * @param yTrue the true values, numeric, one per row
     * @param yPred the predicted values, numeric, as many
     * @return the mean squared error, 0 or more
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double meanSquaredError(Column<?> yTrue, Column<?> yPred) {
        Scaled values = Scaled.of(yTrue, yPred, 2);
        double sum = 0;
        for (int i = 0; i < values.y.length; i++) {
            double diff = values.y[i] - values.predicted[i];
            sum += diff * diff;
        }
        return values.scale.undoSquare(sum / values.y.length);
    }

    /**
     * The mean of the absolute differences |y - ŷ|.
     *
     * @param yTrue the true values, numeric, one per row
     * @param yPred the predicted values, numeric, as many
     * @return the mean absolute error, 0 or more
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double meanAbsoluteError(Column<?> yTrue, Column<?> yPred) {
        Scaled values = Scaled.of(yTrue, yPred, 1);
        double sum = 0;
        for (int i = 0; i < values.y.length; i++) {
            sum += Math.abs(values.y[i] - values.predicted[i]);
        }
        return values.scale.undo(sum / values.y.length);
    }

    /**
     * The coefficient of determination R² = 1 - Σ(y - ŷ)² / Σ(y - ȳ)²: 1 for perfect predictions, 0 for always
     * predicting the mean, negative for worse. As scikit-learn ({@code force_finite=True}): a constant {@code yTrue}
     * gives 1 if the predictions are perfect and 0 otherwise; a single row gives NaN (R² is not defined there).
     *
     * @param yTrue the true values, numeric, one per row
     * @param yPred the predicted values, numeric, as many
     * @return R², at most 1
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double r2(Column<?> yTrue, Column<?> yPred) {
        Scaled values = Scaled.of(yTrue, yPred, 2);
        double[] y = values.y;
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
            double error = y[i] - values.predicted[i];
            double deviation = y[i] - mean;
            residual += error * error;
            total += deviation * deviation;
        }
        if (total == 0) {
            return residual == 0 ? 1 : 0;
        }
        return 1 - residual / total;
    }

    /**
     * {@code yTrue} and {@code yPred} as numbers, checked, multiplied by one power of two that keeps sums of their
     * differences' {@code degree}-th powers in the double range (1 for ordinary values, which are then unchanged).
     */
    private record Scaled(double[] y, double[] predicted, BinaryScale scale) {

        static Scaled of(Column<?> yTrue, Column<?> yPred, int degree) {
            Inputs.sameSize(yTrue, yPred);
            double[] y = Inputs.numbers(yTrue, "yTrue");
            double[] predicted = Inputs.numbers(yPred, "yPred");
            // Halved so that a difference of two scaled values stays finite.
            BinaryScale scale = BinaryScale.of(Math.max(BinaryScale.maxAbs(y), BinaryScale.maxAbs(predicted)), degree);
            scale = scale.isOne() ? scale : new BinaryScale(scale.exponent() - 1);
            return new Scaled(scale.apply(y), scale.apply(predicted), scale);
        }
    }
}
