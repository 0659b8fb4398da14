package io.github.prepkit.linear;

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
     * with the residuals, over blocks of {@value #BLOCK} rows, each block's columns read from memory once: centred
     * into a scratch block as the residuals are taken, which then serves the dot products from cache. Bit for bit the
     * same sums as on a centred copy of X.
     * O(rows x columns).
     */
    static double[] transposeTimesResidual(double[][] x, double[] shifts, double[] y, double[] b) {
        double[] result = new double[x.length];
        int size = Math.min(BLOCK, y.length);
        double[][] block = new double[x.length][size];
        double[] residual = new double[size];
        for (int from = 0; from < y.length; from += BLOCK) {
            int length = Math.min(y.length, from + BLOCK) - from;
            System.arraycopy(y, from, residual, 0, length);
            for (int j = 0; j < x.length; j++) {
                double[] column = x[j];
                double[] centred = block[j];
                double shift = shifts[j];
                double bj = b[j];
                for (int i = 0; i < length; i++) {
                    double z = column[from + i] - shift;
                    centred[i] = z;
                    residual[i] -= bj * z;
                }
            }
            for (int j = 0; j < x.length; j++) {
                result[j] += dot(block[j], 0, residual, length);
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
