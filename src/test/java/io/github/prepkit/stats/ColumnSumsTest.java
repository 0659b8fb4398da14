package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class ColumnSumsTest {

    /** The sum in blocks written out: each block of BLOCK rows from 0.0 in row order, then the blocks in order. */
    private static double blocked(double[] values, int exponent) {
        double total = 0;
        for (int from = 0; from < values.length; from += ColumnSums.BLOCK) {
            double block = 0;
            for (int i = from; i < Math.min(from + ColumnSums.BLOCK, values.length); i++) {
                block += Double.isNaN(values[i]) ? 0 : Math.scalb(values[i], exponent);
            }
            total += block;
        }
        return total;
    }

    @Test
    void sumsAreAddedInBlocksOfRowsAndDifferFromOneRunningSum() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[3 * ColumnSums.BLOCK + 17];
        double running = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(25) == 0 ? Double.NaN : 1e8 + random.nextDouble();
            running += Double.isNaN(values[i]) ? 0 : values[i];
        }
        ColumnSums sums = ColumnSums.of(List.of("v"), List.of(values));
        assertEquals(blocked(values, 0), sums.sums(new int[] {0})[0]);
        assertEquals(blocked(values, -3), sums.sums(new int[] {-3})[0]);
        assertNotEquals(running, blocked(values, 0), "these values tell the block order from one running sum");
        assertEquals(OrderStatistics.of(values).count(), sums.counts()[0]);
    }

    @Test
    void deviationsAreSquaresAndTheRoundingCorrectionAboutTheCenter() {
        double[] values = {1, 2, Double.NaN, 4, 8};
        double[][] deviations = ColumnSums.of(List.of("v"), List.of(values)).deviations(new int[] {1},
                new double[] {7.5});
        // y = 2x: 2, 4, 8, 16 about 7.5
        assertArrayEquals(new double[] {5.5 * 5.5 + 3.5 * 3.5 + 0.5 * 0.5 + 8.5 * 8.5, -5.5 - 3.5 + 0.5 + 8.5},
                deviations[0]);
    }

    @Test
    void meansStayFiniteNearTheEndsOfTheRangeAndAreNaNWithoutValues() {
        double max = Double.MAX_VALUE;
        ColumnSums sums = ColumnSums.of(List.of("huge", "none", "small"), List.of(new double[] {max, max, max},
                new double[] {Double.NaN, Double.NaN, Double.NaN}, new double[] {1, 2, 6}));
        assertArrayEquals(new double[] {max, Double.NaN, 3}, sums.means());
        assertArrayEquals(new double[] {max, 0, 6}, sums.maxAbs());
    }

    @Test
    void aTableIsReadByColumnNameAndAnInfiniteValueOrAMismatchIsRefused() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, Double.NaN), IntColumn.create("n", 4, 5, 6));
        ColumnSums sums = ColumnSums.of(table, List.of("n", "x"), "Step");
        assertEquals(List.of("n", "x"), sums.columns());
        assertArrayEquals(new double[] {5, 1.5}, sums.means());
        table.doubleColumn("x").set(1, Double.NEGATIVE_INFINITY);
        assertEquals("Step: column 'x' has an infinite value in row 1", assertThrows(IllegalArgumentException.class,
                () -> ColumnSums.of(table, List.of("x"), "Step")).getMessage());
        assertEquals("columnValues must hold one array per column, 2, found 1", assertThrows(
                IllegalArgumentException.class, () -> ColumnSums.of(List.of("a", "b"), List.of(new double[1])))
                .getMessage());
    }
}
