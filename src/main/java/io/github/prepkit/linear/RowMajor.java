package io.github.prepkit.linear;

/**
 * The matrix kernels the linear models run on, for a row-major {@code double[]} X of {@code rows x columns}
 * (row {@code i}, column {@code j} at {@code i * columns + j}, the layout of {@code FeatureMatrix}).
 */
final class RowMajor {

    private RowMajor() {
    }

    /**
     * The row-major matrix of the {@code columns} (all of one length), with a column of ones appended if
     * {@code ones}: an intercept's column in a design matrix.
     */
    static double[] of(double[][] columns, boolean ones) {
        int rows = columns[0].length;
        int width = ones ? columns.length + 1 : columns.length;
        double[] x = new double[rows * width];
        for (int j = 0; j < columns.length; j++) {
            double[] column = columns[j];
            for (int i = 0, k = j; i < rows; i++, k += width) {
                x[k] = column[i];
            }
        }
        if (ones) {
            for (int k = columns.length; k < x.length; k += width) {
                x[k] = 1;
            }
        }
        return x;
    }

    /** X w + b: the linear predictor of every row. O(rows x columns). */
    static double[] times(double[] x, int columns, double[] w, double b) {
        int rows = x.length / columns;
        double[] result = new double[rows];
        for (int i = 0, offset = 0; i < rows; i++, offset += columns) {
            double sum = b;
            for (int j = 0; j < columns; j++) {
                sum += x[offset + j] * w[j];
            }
            result[i] = sum;
        }
        return result;
    }

    /**
     * X^T diag(weights) X as a full symmetric {@code columns x columns} row-major matrix; {@code weights} null
     * means all ones (X^T X). One pass over X computing the upper triangle only (rows x columns^2 / 2
     * multiply-adds), four rows at a time so each product entry is loaded and stored once per four rows; the
     * lower triangle is mirrored at the end.
     */
    static double[] gram(double[] x, int columns, double[] weights) {
        int rows = x.length / columns;
        double[] gram = new double[columns * columns];
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            int o0 = i * columns;
            int o1 = o0 + columns;
            int o2 = o1 + columns;
            int o3 = o2 + columns;
            double w0 = weight(weights, i);
            double w1 = weight(weights, i + 1);
            double w2 = weight(weights, i + 2);
            double w3 = weight(weights, i + 3);
            for (int a = 0; a < columns; a++) {
                double z0 = w0 * x[o0 + a];
                double z1 = w1 * x[o1 + a];
                double z2 = w2 * x[o2 + a];
                double z3 = w3 * x[o3 + a];
                int row = a * columns;
                for (int b = a; b < columns; b++) {
                    gram[row + b] += (z0 * x[o0 + b] + z1 * x[o1 + b]) + (z2 * x[o2 + b] + z3 * x[o3 + b]);
                }
            }
        }
        for (; i < rows; i++) {
            int offset = i * columns;
            double wi = weight(weights, i);
            for (int a = 0; a < columns; a++) {
                double z = wi * x[offset + a];
                int row = a * columns;
                for (int b = a; b < columns; b++) {
                    gram[row + b] += z * x[offset + b];
                }
            }
        }
        for (int a = 0; a < columns; a++) {
            for (int b = 0; b < a; b++) {
                gram[a * columns + b] = gram[b * columns + a];
            }
        }
        return gram;
    }

    /** The largest absolute value in {@code values}, 0 for none. */
    static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double weight(double[] weights, int i) {
        return weights == null ? 1 : weights[i];
    }
}
