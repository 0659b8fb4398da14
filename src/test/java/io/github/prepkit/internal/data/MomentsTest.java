package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MomentsTest {

    @Test
    void meanAndPopulationStandardDeviation() {
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        assertEquals(5, Moments.mean(values));
        assertEquals(2, Moments.std(values), "numpy's std, ddof 0");
    }

    @Test
    void aNaNSpreads() {
        assertTrue(Double.isNaN(Moments.mean(new double[] {1, Double.NaN})));
        assertTrue(Double.isNaN(Moments.std(new double[] {1, Double.NaN})));
    }

    @Test
    void valuesNearTheEndsOfTheRangeGiveTheScaledAnswer() {
        // {2, 4, 4, 4, 5, 5, 7, 9} moved by powers of two: the sums of values or squares would overflow or
        // underflow, the moments move with the values exactly.
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        for (int exponent : new int[] {1000, -1000, -1060}) {
            double[] moved = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                moved[i] = Math.scalb(values[i], exponent);
            }
            assertEquals(Math.scalb(5.0, exponent), Moments.mean(moved), "2^" + exponent);
            assertEquals(Math.scalb(2.0, exponent), Moments.std(moved), "2^" + exponent);
        }
        assertEquals(Double.MAX_VALUE, Moments.mean(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}));
    }
}
