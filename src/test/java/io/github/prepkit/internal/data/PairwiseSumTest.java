package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** numpy 1.24's np.sum of one contiguous column, bit for bit (the literals were printed by numpy itself). */
class PairwiseSumTest {

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
        assertEquals(16 * 0.1, PairwiseSum.of(tenths(16)));
        assertNotEquals(inOrder(tenths(16)), PairwiseSum.of(tenths(16)), "in order, 1.5999999999999999");
    }

    @Test
    void fewerThanEightValuesSumInOrder() {
        assertEquals(inOrder(tenths(7)), PairwiseSum.of(tenths(7)));
        assertEquals(0, PairwiseSum.of(new double[0]));
    }

    @Test
    void matchesNumpyOnLongerRuns() {
        assertEquals(NUMPY_SUM_OF_TENTHS_13, PairwiseSum.of(tenths(13)));
        assertEquals(NUMPY_SUM_OF_TENTHS_1000, PairwiseSum.of(tenths(1000)));
        double[] mixed = new double[300];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (i * 7919 % 1000) / 7.0 * Math.pow(10, i % 7);
        }
        assertEquals(NUMPY_SUM_OF_MIXED, PairwiseSum.of(mixed));
    }

    private static final double NUMPY_SUM_OF_TENTHS_13 = 1.3000000000000003;
    private static final double NUMPY_SUM_OF_TENTHS_1000 = 100.00000000000001;
    private static final double NUMPY_SUM_OF_MIXED = 3400565637.0;
}
