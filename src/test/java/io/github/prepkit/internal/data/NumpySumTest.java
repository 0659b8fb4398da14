package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NumpySumTest {

    @Test
    void belowEightValuesTheSumIsTakenInTurn() {
        assertEquals(0, NumpySum.of(new double[0]));
        // in turn: 1e16 + 1 rounds to 1e16 (ties to even), and so on
        double[] values = {1e16, 1, 1, 1, 1, 1, 1};
        assertEquals(1e16, NumpySum.of(values));
    }

    @Test
    void eightRunningSumsAreAddedInPairs() {
        // eight running sums 1e16, 1, ..., 1, added ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) = 1e16 + 6, then
        // the ninth value: 1e16 + 7 rounds to 1e16 + 8 (ties to even); a sum in turn would give 1e16
        double[] values = {1e16, 1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(1e16 + 8, NumpySum.of(values));
    }

    @Test
    void longArraysAreSplitInHalvesAndSumExactlyWhereTheValuesAllow() {
        double[] values = new double[1000];
        Arrays.fill(values, 0.5);
        assertEquals(500, NumpySum.of(values));
    }

    @Test
    void aNullArrayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NumpySum.of(null));
    }

    // numpy 1.24's np.sum of one contiguous column, bit for bit (the literals were printed by numpy itself)

    private static double[] tenths(int n) {
        double[] values = new double[n];
        Arrays.fill(values, 0.1);
        return values;
    }

    private static double inOrder(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    @Test
    void sixteenTenthsSumInEightPartialSums() {
        // each partial sum 0.2, then (0.4 + 0.4) + (0.4 + 0.4): all exact doublings, so 16 * 0.1 exactly
        assertEquals(16 * 0.1, NumpySum.of(tenths(16)));
        assertNotEquals(inOrder(tenths(16)), NumpySum.of(tenths(16)), "in order, 1.5999999999999999");
    }

    @Test
    void fewerThanEightValuesSumInOrder() {
        assertEquals(inOrder(tenths(7)), NumpySum.of(tenths(7)));
        assertEquals(0, NumpySum.of(new double[0]));
    }

    @Test
    void matchesNumpyOnLongerRuns() {
        assertEquals(NUMPY_SUM_OF_TENTHS_13, NumpySum.of(tenths(13)));
        assertEquals(NUMPY_SUM_OF_TENTHS_1000, NumpySum.of(tenths(1000)));
        double[] mixed = new double[300];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (i * 7919 % 1000) / 7.0 * Math.pow(10, i % 7);
        }
        assertEquals(NUMPY_SUM_OF_MIXED, NumpySum.of(mixed));
    }

    private static final double NUMPY_SUM_OF_TENTHS_13 = 1.3000000000000003;
    private static final double NUMPY_SUM_OF_TENTHS_1000 = 100.00000000000001;
    private static final double NUMPY_SUM_OF_MIXED = 3400565637.0;
}
