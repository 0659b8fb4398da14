package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, Quantiles.median(new double[] {5, 1, 3}));
        assertEquals(2.5, Quantiles.median(new double[] {4, 1, 3, 2}));
        assertEquals(7.0, Quantiles.median(new double[] {7}));
    }

    @Test
    void medianSkipsMissingValuesAndIsNaNWhenNoneIsPresent() {
        assertEquals(2.0, Quantiles.median(new double[] {Double.NaN, 3, 1, Double.NaN}));
        assertEquals(Double.NaN, Quantiles.median(new double[] {Double.NaN, Double.NaN}));
        assertEquals(Double.NaN, Quantiles.median(new double[0]));
    }

    @Test
    void inputIsNotModified() {
        double[] values = {3, 1, 2};
        Quantiles.median(values);
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }
}
