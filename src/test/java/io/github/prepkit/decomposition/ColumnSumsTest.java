package io.github.prepkit.decomposition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnSumsTest {

    @Test
    void everyWidthSumsEachColumnInRowOrderBitForBit() {
        Random random = new Random(7);
        for (int width = 1; width <= 9; width++) {
            int rows = 1 + random.nextInt(300);
            double[][] columns = new double[width][rows];
            double[] expectedMeans = new double[width];
            double expectedLargest = 0;
            for (int a = 0; a < width; a++) {
                double sum = 0;
                for (int i = 0; i < rows; i++) {
                    columns[a][i] = random.nextGaussian() * Math.pow(10, random.nextInt(12) - 6);
                    sum += columns[a][i];
                    expectedLargest = Math.max(expectedLargest, Math.abs(columns[a][i]));
                }
                expectedMeans[a] = sum / rows;
            }
            ColumnSums sums = ColumnSums.of(columns);
            assertTrue(sums.finite());
            assertArrayEquals(expectedMeans, sums.means(rows), width + " columns");
            assertEquals(expectedLargest, sums.largest(), width + " columns");
        }
    }

    @Test
    void aMissingOrInfiniteValueOrAnOverflowingSumIsNotFinite() {
        for (int width = 1; width <= 6; width++) {
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                double[][] columns = new double[width][5];
                columns[width - 1][3] = bad;
                assertFalse(ColumnSums.of(columns).finite(), width + " columns, " + bad);
            }
            double[][] huge = new double[width][3];
            Arrays.fill(huge[width - 1], 1e308);
            ColumnSums sums = ColumnSums.of(huge);
            assertFalse(sums.finite(), width + " columns of 1e308");
            assertEquals(1e308, sums.largest());
        }
    }
}
