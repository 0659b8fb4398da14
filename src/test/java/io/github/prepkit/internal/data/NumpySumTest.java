package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
