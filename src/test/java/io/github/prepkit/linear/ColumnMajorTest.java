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

    /** Columns (1, 3, 5) and (2, 4, 6). */
    private static final double[][] X = {{1, 3, 5}, {2, 4, 6}};

    @Test
    void transposeTimesDotsEveryColumnWithTheVector() {
        assertArrayEquals(new double[] {1 + 6 + 15, 2 + 8 + 18}, ColumnMajor.transposeTimes(X, new double[] {1, 2, 3}));
    }

    @Test
    void transposeTimesResidualCorrelatesColumnsWithResiduals() {
        // b = (1, 0): fitted (1, 3, 5), y - fitted = (1, -1, 2); X^T r = (1 - 3 + 10, 2 - 4 + 12)
        assertArrayEquals(new double[] {8, 10},
                ColumnMajor.transposeTimesResidual(X, new double[] {2, 2, 7}, new double[] {1, 0}));
    }

    /** Row counts below, at and across the 2048-row blocks, and not multiples of the four partial sums. */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 2047, 2048, 2049, 5003})
    void productsMatchPlainLoopsForAnyRowCount(int rows) {
        SplittableRandom random = new SplittableRandom(rows);
        int width = 3;
        double[][] x = new double[width][];
        for (int j = 0; j < width; j++) {
            x[j] = random.doubles(rows, -1, 1).toArray();
        }
        double[] y = random.doubles(rows, -1, 1).toArray();
        double[] b = {0.5, -2, 1};
        double[] residual = new double[rows];
        for (int i = 0; i < rows; i++) {
            residual[i] = y[i] - (x[0][i] * b[0] + x[1][i] * b[1] + x[2][i] * b[2]);
        }
        double[] expectedY = new double[width];
        double[] expectedResidual = new double[width];
        for (int j = 0; j < width; j++) {
            for (int i = 0; i < rows; i++) {
                expectedY[j] += x[j][i] * y[i];
                expectedResidual[j] += x[j][i] * residual[i];
            }
        }
        assertArrayEquals(expectedY, ColumnMajor.transposeTimes(x, y), 1e-12 * rows);
        assertArrayEquals(expectedResidual, ColumnMajor.transposeTimesResidual(x, y, b), 1e-12 * rows);
        assertEquals(x[0][rows - 1] * y[0], ColumnMajor.dot(x[0], rows - 1, y, 1), 0, "an offset dot of one term");
    }

    @Test
    void rowsTransposeTheColumns() {
        double[][] rows = ColumnMajor.rows(X, 3);
        assertArrayEquals(new double[] {1, 2}, rows[0]);
        assertArrayEquals(new double[] {5, 6}, rows[2]);
    }
}
