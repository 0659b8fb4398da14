package io.github.prepkit.internal.data;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import org.junit.jupiter.api.Test;

class SampleWeightsTest {

    @Test
    void goodWeightsComeBackAsACopy() {
        double[] weights = {0, 0.5, 3, Double.MIN_VALUE};
        double[] checked = SampleWeights.checked(weights, 4, "Step");
        assertArrayEquals(weights, checked);
        assertNotSame(weights, checked);
        checked[0] = 7;
        assertEquals(0, weights[0], "the caller's array is not shared");
    }

    @Test
    void badWeightsFailNamingStepParameterAndProblem() {
        assertRejected(() -> SampleWeights.checked(null, 3, "Step"),
                "Step: sampleWeight must hold one weight per row (3), found null");
        assertRejected(() -> SampleWeights.checked(new double[] {1, 1}, 3, "Step"),
                "Step: sampleWeight must hold one weight per row (3), found 2 weights");
        assertRejected(() -> SampleWeights.checked(new double[] {1, -1e-300, 1}, 3, "Step"),
                "Step: sampleWeight must be finite and at least 0, found -1.0E-300 at row 1");
        assertRejected(() -> SampleWeights.checked(new double[] {1, 1, Double.NaN}, 3, "Step"), "found NaN at row 2");
        assertRejected(() -> SampleWeights.checked(new double[] {Double.POSITIVE_INFINITY, 1, 1}, 3, "Step"),
                "found Infinity at row 0");
        assertRejected(() -> SampleWeights.checked(new double[] {0, 0, 0}, 3, "Step"),
                "Step: sampleWeight must sum to a positive finite number, found a sum of 0.0");
        assertRejected(() -> SampleWeights.checked(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}, 2, "Step"),
                "found a sum of Infinity");
    }
}
