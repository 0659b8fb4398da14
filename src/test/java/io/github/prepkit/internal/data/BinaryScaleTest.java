package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinaryScaleTest {

    private static final double MAX = Double.MAX_VALUE;

    @Test
    void ordinaryMagnitudesAreLeftUnscaled() {
        for (double magnitude : new double[] {0, 1, 1e-60, 1e60, 0x1p250, 0x1p-250, Double.NaN,
                Double.POSITIVE_INFINITY}) {
            assertTrue(BinaryScale.of(magnitude, 2).isOne(), "" + magnitude);
        }
        assertTrue(BinaryScale.of(0x1p500, 1).isOne(), "a sum of values below 2^501 does not overflow");
        assertFalse(BinaryScale.of(0x1p500, 2).isOne(), "their squares would");
        assertFalse(BinaryScale.of(0x1p200, 4).isOne(), "and their fourth powers");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e300, -1e300, 1e-300, 1e-200, 1e308, Double.MAX_VALUE, Double.MIN_NORMAL, Double.MIN_VALUE,
            3 * Double.MIN_VALUE, 0x1p-1050})
    void anExtremeMagnitudeIsBroughtIntoOneToTwo(double value) {
        BinaryScale scale = BinaryScale.of(Math.abs(value), 2);
        double scaled = Math.abs(scale.apply(value));
        assertTrue(scaled >= 1 && scaled < 2, value + " scales to " + scaled);
        assertEquals(value, scale.undo(scale.apply(value)), "scaling is exact, subnormal numbers included");
    }

    @Test
    void exponentCountsSubnormalNumbersToo() {
        assertEquals(-1074, BinaryScale.exponentOf(Double.MIN_VALUE));
        assertEquals(-1073, BinaryScale.exponentOf(3 * Double.MIN_VALUE));
        assertEquals(-1022, BinaryScale.exponentOf(Double.MIN_NORMAL));
        assertEquals(1023, BinaryScale.exponentOf(MAX));
    }

    @Test
    void maxAbsSkipsMissingValues() {
        assertEquals(7, BinaryScale.maxAbs(new double[] {Double.NaN, -7, 3, Double.NaN}));
        assertEquals(0, BinaryScale.maxAbs(new double[] {Double.NaN}));
    }

    @Test
    void applyReturnsTheArrayItselfWhenThereIsNothingToScale() {
        double[] values = {1, 2};
        assertSame(values, BinaryScale.ONE.apply(values));
        assertArrayEquals(new double[] {0x1p-10, 0x1p-9}, new BinaryScale(-10).apply(values));
        assertArrayEquals(new double[] {1, 2}, values, "not modified");
    }

    @Test
    void undoSquareOverflowsOnlyBeyondTheDoubleRange() {
        assertEquals(Double.POSITIVE_INFINITY, new BinaryScale(-1000).undoSquare(1));
        assertEquals(0x1p1000, new BinaryScale(-500).undoSquare(1));
        assertEquals(0x1p-1000, new BinaryScale(500).undoSquare(1));
    }

    @Test
    void theHelpersAreThePlainFormulasForOrdinaryOperands() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double a = random.nextGaussian() * 100;
            double b = random.nextGaussian() * 100;
            double c = random.nextGaussian() * 100;
            double d = random.nextGaussian();
            double t = random.nextDouble();
            assertEquals((a - b) / (c - d), BinaryScale.ratio(a, b, c, d));
            assertEquals((a + b) / 2, BinaryScale.midpoint(a, b));
            assertEquals(a + t * (b - a), BinaryScale.interpolate(a, b, t));
            assertEquals(a * c + b, BinaryScale.affine(a, c, b));
        }
    }

    @Test
    void theHelpersStayFiniteWhereOnlyAnIntermediateDifferenceOverflows() {
        assertEquals(MAX, BinaryScale.midpoint(MAX, MAX));
        assertEquals(0, BinaryScale.midpoint(-MAX, MAX));
        assertEquals(2, BinaryScale.ratio(1e308, -1e308, 1e308, 0));
        assertEquals(2.0 / 3, BinaryScale.ratio(1e308, -1e308, 1.5e308, -1.5e308));
        assertEquals(0, BinaryScale.interpolate(-1e308, 1e308, 0.5));
        assertEquals(-1e308, BinaryScale.interpolate(-1e308, 1e308, 0), "t = 0 gives a, not 0 times infinity");
        assertEquals(new BigDecimal(1e308).multiply(new BigDecimal("0.75")).doubleValue(),
                BinaryScale.interpolate(-1e308, 1e308, 0.875));
        assertEquals(1e308, BinaryScale.affine(2, 1e308, -1e308));
        assertEquals(Double.NEGATIVE_INFINITY, BinaryScale.interpolate(-1e308, 1e308, -1), "beyond the range: infinite");
    }
}
