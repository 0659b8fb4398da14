package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void uniformStaysInItsRangeWithTheRightMean() {
        SplittableRandom random = new SplittableRandom(1);
        Distribution<Double> uniform = Distribution.uniform(2, 4);
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double value = uniform.sample(random);
            assertTrue(value >= 2 && value < 4);
            sum += value;
        }
        assertEquals(3, sum / 10_000, 0.05);
    }

    @Test
    void logUniformDrawsEachFactorOfTenAsOften() {
        SplittableRandom random = new SplittableRandom(2);
        Distribution<Double> logUniform = Distribution.logUniform(1e-2, 1e2);
        int belowOne = 0;
        for (int i = 0; i < 10_000; i++) {
            double value = logUniform.sample(random);
            assertTrue(value >= 1e-2 && value < 1e2);
            belowOne += value < 1 ? 1 : 0;
        }
        assertEquals(0.5, belowOne / 10_000.0, 0.02);
    }

    @Test
    void integersExcludeTheHighEndAsScipysRandint() {
        SplittableRandom random = new SplittableRandom(3);
        int[] counts = new int[3];
        for (int i = 0; i < 3_000; i++) {
            counts[Distribution.integers(5, 8).sample(random) - 5]++;
        }
        for (int count : counts) {
            assertEquals(1_000, count, 100);
        }
    }

    @Test
    void aChoiceKnowsItsValuesAndTheOthersDoNot() {
        assertEquals(Optional.of(List.of("a", "b")), Distribution.choice(List.of("a", "b")).values());
        assertEquals(Optional.empty(), Distribution.uniform(0, 1).values());
        assertEquals("b", Distribution.choice(List.of("b")).sample(new SplittableRandom(0)));
        assertEquals("[a, b]", Distribution.choice(List.of("a", "b")).toString());
        assertEquals("logUniform(0.1, 10.0)", Distribution.logUniform(0.1, 10).toString());
    }

    @Test
    void badRangesFailNamingTheDistribution() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Distribution.uniform(0, Double.POSITIVE_INFINITY));
        IllegalArgumentException log = assertThrows(IllegalArgumentException.class, () -> Distribution.logUniform(0, 1));
        assertTrue(log.getMessage().startsWith("logUniform: low must be positive"), log.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Distribution.integers(3, 3));
        assertThrows(IllegalArgumentException.class, () -> Distribution.choice(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Distribution.choice(null));
    }
}
