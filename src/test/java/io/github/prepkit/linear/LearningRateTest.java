package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LearningRateTest {

    @Test
    void constantNeverChanges() {
        assertEquals(0.3, LearningRate.constant(0.3).rate(1, 1));
        assertEquals(0.3, LearningRate.constant(0.3).rate(50, 1_000_000));
    }

    @Test
    void invScalingShrinksWithEveryUpdate() {
        LearningRate rate = LearningRate.invScaling(0.01, 0.25);
        assertEquals(0.01, rate.rate(1, 1), 1e-15);
        assertEquals(0.005, rate.rate(1, 16), 1e-15, "0.01 / 16^0.25");
        assertEquals(0.005, rate.rate(7, 16), 1e-15, "the epoch does not matter");
    }

    @Test
    void perEpochAppliesTheScheduleToTheEpoch() {
        LearningRate rate = LearningRate.perEpoch(epoch -> 1.0 / epoch);
        assertEquals(0.25, rate.rate(4, 99));
    }

    @Test
    void invalidParametersFailNamingThem() {
        LinearRegressionTest.assertMessage("LearningRate.constant: eta0 must be a finite number above 0, found 0.0",
                () -> LearningRate.constant(0));
        LinearRegressionTest.assertMessage("LearningRate.invScaling: eta0 must be a finite number above 0, found Infinity",
                () -> LearningRate.invScaling(Double.POSITIVE_INFINITY, 1));
        LinearRegressionTest.assertMessage("LearningRate.invScaling: powerT must be a finite number of at least 0, found -1.0",
                () -> LearningRate.invScaling(1, -1));
        LinearRegressionTest.assertMessage("schedule must not be null", () -> LearningRate.perEpoch(null));
    }
}
