package io.github.prepkit.linear;

import java.util.Arrays;

/**
 * The matrix kernels for X held as column arrays ({@code x[j][i]} is row {@code i}, column {@code j}), the layout the
 * Gram matrix of {@link io.github.prepkit.internal.linalg.TiledGram} reads: products with a vector are then a pass
 * per column over contiguous values. X comes with a shift per column, subtracted on the fly (a centred fit's means;
 * 0 leaves a column as it is), so that a centred X is never copied whole.
 */
final class ColumnMajor {

    /** Rows per block of a pass that reads every column twice: 2048 rows of 20 columns are 320 KB. */
    static final int BLOCK = 2048;

    private ColumnMajor() {
    }

    /**
     * Xcᵀ (y - Xc b) for Xc the columns {@code x} less their {@code shifts}: the correlation of every centred column
     * with the residuals, over blocks of {@value #BLOCK} rows, so that each block's columns are read from memory once
     * for both products. Four columns at a time, each centred value computed where it is used (the columns are padded
     * with zeros to a multiple of four; the padding's products are dropped). O(rows x columns).
     */
    static double[] transposeTimesResidual(double[][] x, double[] shifts, double[] y, double[] b) {
        int width = (x.length + 3) / 4 * 4;
        double[][] padded = Arrays.copyOf(x, width);
        Arrays.fill(padded, x.length, width, new double[y.length]);
        double[] paddedShifts = Arrays.copyOf(shifts, width);
        double[] paddedB = Arrays.copyOf(b, width);
        double[] result = new double[width];
        double[] residual = new double[Math.min(BLOCK, y.length)];
        for (int from = 0; from < y.length; from += BLOCK) {
            int to = Math.min(y.length, from + BLOCK);
            System.arraycopy(y, from, residual, 0, to - from);
            for (int j = 0; j < width; j += 4) {
                subtractFour(padded, paddedShifts, paddedB, j, from, to, residual);
            }
            for (int j = 0; j < width; j += 4) {
                addFourProducts(padded, paddedShifts, j, from, to, residual, result);
            }
        }
        return Arrays.copyOf(result, x.length);
    }

    /** Subtracts the centred columns j..j+3 times their coefficients from the residuals of rows [from, to). */
    private static void subtractFour(double[][] x, double[] shifts, double[] b, int j, int from, int to,
            double[] residual) {
        double[] x0 = x[j];
        double[] x1 = x[j + 1];
        double[] x2 = x[j + 2];
        double[] x3 = x[j + 3];
        double m0 = shifts[j];
        double m1 = shifts[j + 1];
        double m2 = shifts[j + 2];
        double m3 = shifts[j + 3];
        double b0 = b[j];
        double b1 = b[j + 1];
        double b2 = b[j + 2];
        double b3 = b[j + 3];
        for (int i = from; i < to; i++) {
            residual[i - from] -= b0 * (x0[i] - m0) + b1 * (x1[i] - m1) + b2 * (x2[i] - m2) + b3 * (x3[i] - m3);
        }
    }

    /** Adds the dot products of the centred columns j..j+3 with the residuals of rows [from, to) to result[j..j+3]. */
    private static void addFourProducts(double[][] x, double[] shifts, int j, int from, int to, double[] residual,
            double[] result) {
        double[] x0 = x[j];
        double[] x1 = x[j + 1];
        double[] x2 = x[j + 2];
        double[] x3 = x[j + 3];
        double m0 = shifts[j];
        double m1 = shifts[j + 1];
        double m2 = shifts[j + 2];
        double m3 = shifts[j + 3];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int i = from; i < to; i++) {
            double r = residual[i - from];
            s0 += (x0[i] - m0) * r;
            s1 += (x1[i] - m1) * r;
            s2 += (x2[i] - m2) * r;
            s3 += (x3[i] - m3) * r;
        }
        result[j] += s0;
        result[j + 1] += s1;
        result[j + 2] += s2;
        result[j + 3] += s3;
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

    /** The rows of X less the column {@code shifts} as a {@code double[rows][columns]}, for Commons Math. */
    static double[][] rows(double[][] x, double[] shifts, int rows) {
        double[][] result = new double[rows][x.length];
        for (int j = 0; j < x.length; j++) {
            for (int i = 0; i < rows; i++) {
                result[i][j] = x[j][i] - shifts[j];
            }
        }
        return result;
    }
}
