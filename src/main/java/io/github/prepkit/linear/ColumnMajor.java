package io.github.prepkit.linear;

/**
 * The matrix kernels for X held as column arrays ({@code x[j][i]} is row {@code i}, column {@code j}), the layout the
 * Gram matrix of {@link io.github.prepkit.internal.linalg.TiledGram} reads: products with a vector are then a pass
 * per column over contiguous values.
 */
final class ColumnMajor {

    /** Rows per block of a pass that reads every column twice: 2048 rows of 20 columns are 320 KB. */
    static final int BLOCK = 2048;

    private ColumnMajor() {
    }

    /** X^T v: the dot product of every column with {@code v}. O(rows x columns). */
    static double[] transposeTimes(double[][] x, double[] v) {
        double[] result = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            result[j] = dot(x[j], 0, v, v.length);
        }
        return result;
    }

    /**
     * X^T (y - X b): the correlation of every column with the residuals, over blocks of {@value #BLOCK} rows, so that
     * each block's columns are read from memory once for both products. O(rows x columns).
     */
    static double[] transposeTimesResidual(double[][] x, double[] y, double[] b) {
        double[] result = new double[x.length];
        double[] residual = new double[Math.min(BLOCK, y.length)];
        for (int from = 0; from < y.length; from += BLOCK) {
            int length = Math.min(y.length, from + BLOCK) - from;
            System.arraycopy(y, from, residual, 0, length);
            for (int j = 0; j < x.length; j++) {
                double[] column = x[j];
                double bj = b[j];
                for (int i = 0; i < length; i++) {
                    residual[i] -= bj * column[from + i];
                }
            }
            for (int j = 0; j < x.length; j++) {
                result[j] += dot(x[j], from, residual, length);
            }
        }
        return result;
    }

    /**
     * The sum of u[from + i] v[i] over i below {@code length}, in four interleaved partial sums so that the additions
     * do not wait on each other.
     */
    static double dot(double[] u, int from, double[] v, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += u[from + i] * v[i];
            s1 += u[from + i + 1] * v[i + 1];
            s2 += u[from + i + 2] * v[i + 2];
            s3 += u[from + i + 3] * v[i + 3];
        }
        for (; i < length; i++) {
            s0 += u[from + i] * v[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The rows of X as a {@code double[rows][columns]}, for Commons Math. */
    static double[][] rows(double[][] x, int rows) {
        double[][] result = new double[rows][x.length];
        for (int j = 0; j < x.length; j++) {
            for (int i = 0; i < rows; i++) {
                result[i][j] = x[j][i];
            }
        }
        return result;
    }
}
