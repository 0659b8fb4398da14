package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
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

    @Test
    void valuesAtTheEndsOfTheDoubleRangeDoNotOverflow() {
        double max = Double.MAX_VALUE;
        assertEquals(max, Quantiles.median(new double[] {max, max}), "(a + b) / 2 would be infinite");
        assertEquals(-max, Quantiles.median(new double[] {-max, -max, 1, -max}));
        assertEquals(0, Quantiles.median(new double[] {-max, max}));
        assertArrayEquals(new double[] {-max, 0, -max / 2, max}, Quantiles.quantiles(new double[] {max, -max},
                0, 0.5, 0.25, 1), "b - a would be infinite and 0 times it NaN");
        double[] subnormal = {3 * Double.MIN_VALUE, Double.MIN_VALUE, 2 * Double.MIN_VALUE, 8 * Double.MIN_VALUE};
        assertEquals(2 * Double.MIN_VALUE, Quantiles.median(subnormal), "2.5 units round to the even 2, as numpy");
        assertArrayEquals(new double[] {Math.scalb(1.75, -1060)}, Quantiles.quantiles(new double[] {
                Math.scalb(1.0, -1060), Math.scalb(2.0, -1060), Math.scalb(4.0, -1060)}, 0.375),
                "subnormal values interpolate exactly");
    }

    @Test
    void aLargeArrayOfHugeValuesHasItsMedianInPlace() {
        double[] values = new double[100_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 2 == 0 ? 1 : -1) * Double.MAX_VALUE * (i / (double) values.length);
        }
        double[] copy = values.clone();
        Arrays.sort(copy);
        assertEquals(copy[50_000], Quantiles.medianInPlace(values));
    }
}
