package io.github.prepkit.impute;

import io.github.prepkit.internal.data.BinaryScale;

/**
 * scikit-learn's {@code nan_euclidean_distances} between rows of row-major matrices (row i, column j at
 * {@code i * width + j}, NaN for a missing value): sqrt(width / present * sum of squared differences over
 * the present columns), where present counts the columns with a value in both rows; NaN when present is 0.
 * Computed directly, coordinate by coordinate, rather than by scikit-learn's dot-product expansion, so it
 * is exact to rounding and never negative; where the squares underflow, the pair is summed again scaled by a power
 * of two (see {@link BinaryScale}).
 */
final class NanEuclidean {

    private NanEuclidean() {
    }

    /** The distance between row {@code i} of {@code x} and row {@code r} of {@code y}, both {@code width} wide. */
    static double distance(double[] x, int i, double[] y, int r, int width) {
        int a = i * width;
        int b = r * width;
        double sum = 0;
        int present = 0;
        for (int j = 0; j < width; j++) {
            double d = x[a + j] - y[b + j];
            if (d == d) { // NaN exactly when either value is missing: the values are finite
                sum += d * d;
                present++;
            }
        }
        if (present == 0) {
            return Double.NaN;
        }
        return sum < Double.MIN_NORMAL ? rescaled(x, a, y, b, width, present) : Math.sqrt(sum / present * width);
    }

    /**
     * The distance of a pair whose squared differences underflowed (tiny columns next to a huge one that the pair
     * does not share, or two equal rows), summed scaled by the power of two of its largest difference instead.
     */
    private static double rescaled(double[] x, int a, double[] y, int b, int width, int present) {
        double largest = 0;
        for (int j = 0; j < width; j++) {
            double d = Math.abs(x[a + j] - y[b + j]);
            if (d > largest) { // false for NaN
                largest = d;
            }
        }
        BinaryScale scale = BinaryScale.of(largest, 2);
        double sum = 0;
        for (int j = 0; j < width; j++) {
            double d = scale.apply(x[a + j] - y[b + j]);
            if (d == d) {
                sum += d * d;
            }
        }
        return scale.undo(Math.sqrt(sum / present * width));
    }
}
