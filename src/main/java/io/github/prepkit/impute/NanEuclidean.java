package io.github.prepkit.impute;

import java.util.List;

/**
 * scikit-learn's {@code nan_euclidean_distances} between rows of row-major matrices (row i, column j at
 * {@code i * width + j}, NaN for a missing value): sqrt(width / present * sum of squared differences over
 * the present columns), where present counts the columns with a value in both rows; NaN when present is 0.
 * Computed directly, coordinate by coordinate, rather than by scikit-learn's dot-product expansion, so it
 * is exact to rounding and never negative.
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
        return present == 0 ? Double.NaN : Math.sqrt(sum / present * width);
    }

    /**
     * Fails on the first infinite value of a row-major matrix whose columns are {@code columns}: the distance
     * above assumes finite values, and scikit-learn rejects infinity too.
     *
     * @throws IllegalArgumentException naming the step, the column and the row
     */
    static void requireNoInfinity(double[] matrix, List<String> columns, String step) {
        int width = columns.size();
        for (int k = 0; k < matrix.length; k++) {
            if (Double.isInfinite(matrix[k])) {
                throw new IllegalArgumentException(step + ": column '" + columns.get(k % width) + "' holds "
                        + matrix[k] + " at row " + k / width + "; only finite or missing values can be imputed");
            }
        }
    }
}
