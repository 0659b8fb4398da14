package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrecisionRecallCurveTest {

    @Test
    void averagePrecisionWeighsEachPrecisionByItsStepInRecall() {
        // recall falls 1 -> 0.5 at precision 0.5 and 0.5 -> 0 at precision 1: 0.25 + 0.5
        PrecisionRecallCurve curve = new PrecisionRecallCurve(new double[] {0.5, 1, 1}, new double[] {1, 0.5, 0},
                new double[] {0.1, 0.8});
        assertEquals(0.75, curve.averagePrecision(), 1e-15);
    }

    @Test
    void theArraysAreCopiedAndThresholdsAreOneShorter() {
        double[] precision = {0.5, 1};
        PrecisionRecallCurve curve = new PrecisionRecallCurve(precision, new double[] {1, 0}, new double[] {0.3});
        precision[0] = 9;
        curve.precision()[1] = 9;
        assertArrayEquals(new double[] {0.5, 1}, curve.precision());
        assertEquals(new PrecisionRecallCurve(new double[] {0.5, 1}, new double[] {1, 0}, new double[] {0.3}), curve);
        assertNotEquals(new PrecisionRecallCurve(new double[] {0.5, 1}, new double[] {1, 0}, new double[] {0.4}), curve);
        assertThrows(IllegalArgumentException.class,
                () -> new PrecisionRecallCurve(new double[] {0.5, 1}, new double[] {1, 0}, new double[] {0.3, 0.4}));
        assertThrows(IllegalArgumentException.class,
                () -> new PrecisionRecallCurve(new double[] {1}, new double[] {0}, new double[0]));
    }
}
