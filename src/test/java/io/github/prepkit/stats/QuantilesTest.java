package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void quantilesInterpolateLinearlyAsNumpy() {
        // numpy.quantile([1, 2, 3, 4, 10], [0, 0.1, 0.25, 0.75, 1]) = [1, 1.4, 2, 4, 10]
        double[] q = Quantiles.quantiles(new double[] {10, 2, 4, Double.NaN, 1, 3}, 0, 0.1, 0.25, 0.75, 1);
        assertArrayEquals(new double[] {1, 1.4, 2, 4, 10}, q, 1e-12);
    }

    @Test
    void quantilesOfNothingAreNaNAndOfOneValueThatValue() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, Quantiles.quantiles(new double[] {Double.NaN}, 0.25, 0.75));
        assertArrayEquals(new double[] {5, 5}, Quantiles.quantiles(new double[] {5}, 0.25, 0.75));
    }

    @Test
    void quantileOutsideZeroOneFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantiles.quantiles(new double[] {1}, 1.5));
        assertEquals("quantile q must be in [0, 1], found 1.5", e.getMessage());
    }

    @Test
    void medianInPlaceAgreesAndMayReorderItsArray() {
        double[] values = {4, Double.NaN, 1, 3, 2};
        assertEquals(2.5, Quantiles.medianInPlace(values));
        assertEquals(Double.NaN, Quantiles.medianInPlace(new double[] {Double.NaN}));
    }
}
