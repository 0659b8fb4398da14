package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnMajorTest {

    /** The columns of the row-major {@code x}, {@code width} wide: how the tests hand their designs to the kernels. */
    static double[][] columns(double[] x, int width) {
        int rows = x.length / width;
        double[][] result = new double[width][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                result[j][i] = x[i * width + j];
            }
        }
        return result;
    }

    /** X^T v, plainly: the tests' right-hand sides of the normal equations. */
    static double[] transposeTimes(double[][] x, double[] v) {
        double[] result = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            for (int i = 0; i < v.length; i++) {
                result[j] += x[j][i] * v[i];
            }
        }
        return result;
    }

    /** Columns (1, 3, 5) and (2, 4, 6). */
    private static final double[][] X = {{1, 3, 5}, {2, 4, 6}};

    @Test
    void transposeTimesResidualCorrelatesColumnsWithResiduals() {
        // b = (1, 0): fitted (1, 3, 5), y - fitted = (1, -1, 2); X^T r = (1 - 3 + 10, 2 - 4 + 12)
        assertArrayEquals(new double[] {8, 10},
                ColumnMajor.transposeTimesResidual(X, new double[2], new double[] {2, 2, 7}, new double[] {1, 0}));
        // shifted by the means (3, 4): Xc = (-2, 0, 2), (-2, 0, 2); b = (1, 0), r = (4, 2, 5); Xc^T r = (2, 2)
        assertArrayEquals(new double[] {2, 2},
                ColumnMajor.transposeTimesResidual(X, new double[] {3, 4}, new double[] {2, 2, 7}, new double[] {1, 0}));
    }

    /** Row counts below, at and across the 2048-row blocks; the shifted product is the plain one on a centred copy. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 2047, 2048, 2049, 5003})
    void residualProductMatchesPlainLoopsForAnyRowCount(int rows) {
        SplittableRandom random = new SplittableRandom(rows);
        int width = 3;
        double[][] x = new double[width][];
        double[][] centred = new double[width][rows];
        double[] shifts = {1e8, -3, 0};
        for (int j = 0; j < width; j++) {
            x[j] = random.doubles(rows, -1, 1).toArray();
            for (int i = 0; i < rows; i++) {
                x[j][i] += shifts[j];
                centred[j][i] = x[j][i] - shifts[j];
            }
        }
        double[] y = random.doubles(rows, -1, 1).toArray();
        double[] b = {0.5, -2, 1};
        double[] residual = new double[rows];
        for (int i = 0; i < rows; i++) {
            residual[i] = y[i] - (centred[0][i] * b[0] + centred[1][i] * b[1] + centred[2][i] * b[2]);
        }
        double[] expected = transposeTimes(centred, residual);
        assertArrayEquals(expected, ColumnMajor.transposeTimesResidual(x, shifts, y, b), 1e-12 * rows);
        assertArrayEquals(ColumnMajor.transposeTimesResidual(centred, new double[width], y, b),
                ColumnMajor.transposeTimesResidual(x, shifts, y, b), 0, "bit for bit the centred copy's");
        assertEquals(x[0][rows - 1] * y[0], ColumnMajor.dot(x[0], rows - 1, y, 1), 0, "an offset dot of one term");
    }

    @Test
    void rowsTransposeTheShiftedColumns() {
        double[][] rows = ColumnMajor.rows(X, new double[] {0, 1}, 3);
        assertArrayEquals(new double[] {1, 1}, rows[0]);
        assertArrayEquals(new double[] {5, 5}, rows[2]);
    }
}
