package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowMajorTest {

    /** 3 x 2: rows (1, 2), (3, 4), (5, 6). */
    private static final double[] X = {1, 2, 3, 4, 5, 6};

    @Test
    void timesAddsTheInterceptToEveryRow() {
        assertArrayEquals(new double[] {1 - 2 + 10, 3 - 4 + 10, 5 - 6 + 10}, RowMajor.times(X, 2, new double[] {1, -1}, 10));
    }

    @Test
    void gramIsXTransposeWX() {
        // X^T X = [[35, 44], [44, 56]]; with weights (1, 0, 2): [[1 + 50, 2 + 60], [2 + 60, 4 + 72]]
        assertArrayEquals(new double[] {35, 44, 44, 56}, RowMajor.gram(X, 2, null));
        assertArrayEquals(new double[] {51, 62, 62, 76}, RowMajor.gram(X, 2, new double[] {1, 0, 2}));
    }

    @Test
    void gramMatchesTheNaiveProductForAnyRowCount() {
        SplittableRandom random = new SplittableRandom(1);
        for (int rows : new int[] {1, 3, 4, 7, 33}) {
            int columns = 5;
            double[] x = random.doubles(rows * columns, -1, 1).toArray();
            double[] w = random.doubles(rows, 0, 1).toArray();
            double[] naive = new double[columns * columns];
            for (int a = 0; a < columns; a++) {
                for (int b = 0; b < columns; b++) {
                    for (int i = 0; i < rows; i++) {
                        naive[a * columns + b] += w[i] * x[i * columns + a] * x[i * columns + b];
                    }
                }
            }
            assertArrayEquals(naive, RowMajor.gram(x, columns, w), 1e-12, rows + " rows");
        }
    }

    @Test
    void maxAbsIsTheLargestMagnitude() {
        assertEquals(3, RowMajor.maxAbs(new double[] {1, -3, 2}));
        assertEquals(0, RowMajor.maxAbs(new double[0]));
    }
}
