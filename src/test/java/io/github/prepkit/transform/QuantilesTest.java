package io.github.prepkit.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void referencesAreEvenlySpacedFromZeroToOne() {
        assertArrayEquals(new double[] {0}, Quantiles.references(1));
        assertArrayEquals(new double[] {0, 1}, Quantiles.references(2));
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, Quantiles.references(5));
        assertEquals(1, Quantiles.references(7)[6]);
    }

    @Test
    void quantilesInterpolateLinearlyBetweenOrderStatisticsAndIgnoreMissingValues() {
        double[] values = {10, Double.NaN, 0, 40, 20};
        // present: 0, 10, 20, 40; at p the rank 3p: p = 1/2 is halfway between 10 and 20, p = 5/6 halfway 20 to 40
        assertArrayEquals(new double[] {0, 15, 30, 40}, Quantiles.of(values, new double[] {0, 0.5, 5 / 6.0, 1}),
                1e-12);
        double[] none = Quantiles.of(new double[] {Double.NaN}, new double[] {0, 1});
        assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]));
        assertArrayEquals(new double[] {7, 7, 7}, Quantiles.of(new double[] {7}, new double[] {0, 0.5, 1}));
    }

    @Test
    void quantilesOfValuesAtTheEndsOfTheDoubleRangeStayFinite() {
        double[] q = Quantiles.of(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE}, new double[] {0, 0.5, 1});
        assertArrayEquals(new double[] {-Double.MAX_VALUE, 0, Double.MAX_VALUE}, q);
    }

    @Test
    void interpIsNumpysWithTiesResolvedToTheLastEqualPoint() {
        double[] xp = {0, 1, 1, 3};
        double[] fp = {0, 10, 20, 40};
        assertEquals(0, Quantiles.interp(-5, xp, fp));
        assertEquals(40, Quantiles.interp(9, xp, fp));
        assertEquals(5, Quantiles.interp(0.5, xp, fp));
        assertEquals(20, Quantiles.interp(1, xp, fp));
        assertEquals(30, Quantiles.interp(2, xp, fp));
        assertEquals(40, Quantiles.interp(3, xp, fp));
        assertTrue(Double.isNaN(Quantiles.interp(Double.NaN, xp, fp)));
    }

    @Test
    void forwardIsTheMeanOfBothInterpolationsWithOneSearch() {
        double[] q = {-1, 0, 0, 0, 2, 2, 5, 9, 9};
        double[] references = Quantiles.references(q.length);
        double[] negatedQ = Quantiles.negatedReverse(q);
        double[] negatedReferences = Quantiles.negatedReverse(references);
        java.util.SplittableRandom random = new java.util.SplittableRandom(2);
        for (int k = 0; k < 2000; k++) {
            double x = k < 9 ? q[k] : -1 + 10 * random.nextDouble();
            double both = 0.5 * (Quantiles.interp(x, q, references)
                    - Quantiles.interp(-x, negatedQ, negatedReferences));
            assertEquals(both, Quantiles.forward(x, q, references, negatedQ, negatedReferences,
                    Quantiles.slopes(q, references), Quantiles.slopes(negatedQ, negatedReferences)), "x = " + x);
        }
        // the run of zeros at 1/8 .. 3/8 maps to its middle, 1/4
        assertEquals(0.25, Quantiles.forward(0, q, references, negatedQ, negatedReferences, null, null));
    }

    @Test
    void searchesFindTheEndsOfARun() {
        double[] xp = {1, 2, 2, 2, 3};
        assertEquals(3, Quantiles.lastAtOrBelow(2, xp));
        assertEquals(1, Quantiles.firstAtOrAbove(2, xp));
        assertEquals(1, Quantiles.lastAtOrBelow(2.5 - 0.5, new double[] {1, 2, 3}));
        assertEquals(4, Quantiles.lastAtOrBelow(7, xp));
        assertEquals(0, Quantiles.firstAtOrAbove(0, xp));
    }

    @Test
    void negatedReverseMirrorsAnArray() {
        assertArrayEquals(new double[] {-3, -1, 2}, Quantiles.negatedReverse(new double[] {-2, 1, 3}));
    }
}
