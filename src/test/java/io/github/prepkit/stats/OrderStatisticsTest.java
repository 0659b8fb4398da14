package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

    /** Order statistics that know only the ranks given, as a cluster finds them. */
    private static OrderStatistics onlyRanks(double[] values, long... ranks) {
        OrderStatistics all = OrderStatistics.of(values);
        return new OrderStatistics() {
            @Override
            public long count() {
                return all.count();
            }

            @Override
            public double valueAt(long rank) {
                for (long known : ranks) {
                    if (known == rank) {
                        return all.valueAt(rank);
                    }
                }
                throw new IllegalArgumentException("rank " + rank + " was not found");
            }
        };
    }

    @Test
    void sortsThePresentValuesWithNegativeZeroFirst() {
        OrderStatistics sorted = OrderStatistics.of(new double[] {0.0, 3, Double.NaN, -0.0, -2});
        assertEquals(4, sorted.count());
        assertEquals(-2.0, sorted.valueAt(0));
        assertEquals(-0.0, sorted.valueAt(1));
        assertEquals(0.0, sorted.valueAt(2));
        assertEquals(3.0, sorted.valueAt(3));
        assertEquals("rank must be in [0, 4), found 4", assertThrows(IllegalArgumentException.class,
                () -> sorted.valueAt(4)).getMessage());
    }

    @Test
    void quantilesAndTheMedianReadOnlyTheirRanks() {
        double[] values = {10, 2, 4, Double.NaN, 1, 3, 8};
        long count = 6;
        for (double q : new double[] {0, 0.1, 0.25, 0.5, 0.75, 1}) {
            long[] ranks = OrderStatistics.quantileRanks(count, q);
            assertEquals(Quantiles.quantiles(values, q)[0], onlyRanks(values, ranks).quantile(q), "q " + q);
        }
        assertEquals(Quantiles.median(values), onlyRanks(values, OrderStatistics.medianRanks(count)).median());
        assertEquals(10.0, onlyRanks(values, 0, count - 1).maxAbs());
        assertArrayEquals(new long[] {2, 3}, OrderStatistics.medianRanks(6));
        assertArrayEquals(new long[] {3, 3}, OrderStatistics.medianRanks(7));
        assertArrayEquals(new long[] {5, 5}, OrderStatistics.quantileRanks(6, 1));
    }

    @Test
    void nothingPresentGivesNaNAndZeroMaxAbsAndBadArgumentsFailNamingThem() {
        OrderStatistics none = OrderStatistics.of(new double[] {Double.NaN});
        assertEquals(Double.NaN, none.median());
        assertEquals(Double.NaN, none.quantile(0.3));
        assertEquals(0.0, none.maxAbs());
        assertEquals("quantile q must be in [0, 1], found -0.5", assertThrows(IllegalArgumentException.class,
                () -> none.quantile(-0.5)).getMessage());
        assertEquals("count must be at least 1, found 0", assertThrows(IllegalArgumentException.class,
                () -> OrderStatistics.medianRanks(0)).getMessage());
    }
}
