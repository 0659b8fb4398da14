package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScreenedTest {

    @Test
    void roundedUpIsTheSmallestFloatAtLeastTheLimit() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100_000; i++) {
            double limit = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-50, 50));
            float rounded = Screened.roundedUp(limit);
            assertTrue(rounded >= limit && Math.nextDown(rounded) < limit, limit + " -> " + rounded);
        }
        assertEquals(2f, Screened.roundedUp(2));
        assertEquals(Float.POSITIVE_INFINITY, Screened.roundedUp(1e39));
        assertEquals(-Float.MAX_VALUE, Screened.roundedUp(-1e39));
        assertTrue(Float.isNaN(Screened.roundedUp(Double.NaN)));
    }

    @Test
    void scansFindTheSameRowsInFloatsAsInTheDoublesTheyConvertTo() {
        SplittableRandom random = new SplittableRandom(7);
        Screened floats = new Screened(64);
        Screened doubles = new Screened(64);
        floats.inFloats = true;
        double[] roots = new double[64];
        for (int trial = 0; trial < 2_000; trial++) {
            for (int t = 0; t < 64; t++) {
                floats.floats[t] = t % 17 == 3 ? Float.NaN : (float) (random.nextDouble() * 10);
                doubles.doubles[t] = floats.floats[t];
                roots[t] = random.nextDouble() * 10;
            }
            // every other limit within a hair of a float value: where rounding the limit to a float would go wrong
            double limit = trial % 2 == 0 ? random.nextDouble() * 4 + 0.1
                    : floats.floats[random.nextInt(64)] + (random.nextInt(3) - 1) * 1e-9;
            int from = random.nextInt(64);
            assertEquals(doubles.below(from, 64, limit), floats.below(from, 64, limit));
            assertEquals(doubles.passing(from, 64, limit, roots, 0, -3), floats.passing(from, 64, limit, roots, 0, -3));
            assertEquals(doubles.value(from), floats.value(from));
        }
    }

    @Test
    void aNaNLimitLetsEveryRowPass() {
        Screened screened = new Screened(4);
        screened.inFloats = true;
        assertEquals(0, screened.below(0, 4, Double.NaN));
    }
}
