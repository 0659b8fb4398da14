package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected sizes from imbalanced-learn 0.10 on classes of 50, 30, 20 and 7 rows (and 45 / 255 for ratios). */
class SamplingStrategyTest {

    private static final int[] SIZES = {50, 30, 20, 7};
    private static final List<String> NAMES = List.of("0", "1", "2", "3");

    private static int[] over(SamplingStrategy strategy) {
        return strategy.targets(SIZES, NAMES, true, "Test");
    }

    private static int[] under(SamplingStrategy strategy) {
        return strategy.targets(SIZES, NAMES, false, "Test");
    }

    @Test
    void overSamplingGrowsTheChosenClassesToTheMajority() {
        assertArrayEquals(new int[] {50, 50, 50, 50}, over(SamplingStrategy.AUTO));
        assertArrayEquals(new int[] {50, 50, 50, 50}, over(SamplingStrategy.NOT_MAJORITY));
        assertArrayEquals(new int[] {50, 50, 50, 50}, over(SamplingStrategy.ALL));
        assertArrayEquals(new int[] {50, 50, 50, 7}, over(SamplingStrategy.NOT_MINORITY));
        assertArrayEquals(new int[] {50, 30, 20, 50}, over(SamplingStrategy.MINORITY), "imbalanced-learn's documented meaning");
        assertArrayEquals(new int[] {50, 40, 20, 10}, over(SamplingStrategy.counts(Map.of("1", 40, "3", 10))));
    }

    @Test
    void underSamplingShrinksTheChosenClassesToTheMinority() {
        assertArrayEquals(new int[] {7, 7, 7, 7}, under(SamplingStrategy.AUTO));
        assertArrayEquals(new int[] {7, 30, 20, 7}, under(SamplingStrategy.MAJORITY));
        assertArrayEquals(new int[] {7, 7, 7, 7}, under(SamplingStrategy.NOT_MINORITY));
        assertArrayEquals(new int[] {50, 7, 7, 7}, under(SamplingStrategy.NOT_MAJORITY));
        assertArrayEquals(new int[] {7, 7, 7, 7}, under(SamplingStrategy.ALL));
        assertArrayEquals(new int[] {10, 30, 5, 7}, under(SamplingStrategy.counts(Map.of("0", 10, "2", 5))));
    }

    @Test
    void aRatioSetsMinorityOverMajorityForTwoClasses() {
        int[] sizes = {45, 255};
        List<String> names = List.of("0", "1");
        assertArrayEquals(new int[] {127, 255}, SamplingStrategy.ratio(0.5).targets(sizes, names, true, "Test"));
        assertArrayEquals(new int[] {45, 90}, SamplingStrategy.ratio(0.5).targets(sizes, names, false, "Test"));
        assertEquals("SMOTE: a ratio samplingStrategy needs exactly two classes, found 4",
                assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.ratio(0.5).targets(SIZES, NAMES, true, "SMOTE")).getMessage());
    }

    @Test
    void classSizesBeyondAnIntAreTargetedAsLocally() {
        long[] sizes = {5_000_000_000L, 3_000_000_000L, 7};
        List<String> names = List.of("0", "1", "2");
        assertArrayEquals(new long[] {5_000_000_000L, 5_000_000_000L, 5_000_000_000L},
                SamplingStrategy.AUTO.targets(sizes, names, true, "SMOTE"));
        assertArrayEquals(new long[] {7, 7, 7}, SamplingStrategy.AUTO.targets(sizes, names, false, "Test"));
        assertArrayEquals(new long[] {2_500_000_000L, 5_000_000_000L},
                SamplingStrategy.ratio(0.5).targets(new long[] {1, 5_000_000_000L}, List.of("a", "b"), true, "Test"));
        assertArrayEquals(new long[] {50, 50, 50, 50}, SamplingStrategy.AUTO.targets(new long[] {50, 30, 20, 7},
                NAMES, true, "Test"));
    }

    @Test
    void classSizesWithoutTheirNamesOrBelowOneAreRefused() {
        assertEquals("Test: 2 class sizes and 1 class names [a]; expected at least one class, and one name per size",
                assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.AUTO.targets(new long[] {3, 4},
                        List.of("a"), true, "Test")).getMessage());
        assertEquals("Test: 0 class sizes and 0 class names []; expected at least one class, and one name per size",
                assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.AUTO.targets(new long[0],
                        List.of(), true, "Test")).getMessage());
        assertEquals("Test: class 'b' has size 0; a class has at least 1 row", assertThrows(
                IllegalArgumentException.class, () -> SamplingStrategy.AUTO.targets(new long[] {3, 0},
                        List.of("a", "b"), false, "Test")).getMessage());
    }

    @Test
    void impossibleRequestsFailNamingTheClass() {
        IllegalArgumentException shrink = assertThrows(IllegalArgumentException.class,
                () -> over(SamplingStrategy.counts(Map.of("0", 10))));
        assertEquals("Test: samplingStrategy counts({0=10}) asks class '0' to go from 50 to 10 rows, but an over-sampler"
                + " only adds rows", shrink.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> under(SamplingStrategy.counts(Map.of("9", 1))))
                .getMessage().contains("names class '9', but the classes are [0, 1, 2, 3]"));
        assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.ratio(1.5));
        assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.counts(Map.of("0", -1)));
    }

    @Test
    void aCleaningSamplerCleansTheNamedClassesAndCannotTakeSizes() {
        int[] sizes = {50, 30, 20, 7};
        assertArrayEquals(new boolean[] {true, true, true, false}, SamplingStrategy.AUTO.cleaned(sizes, NAMES, "Test"));
        assertArrayEquals(new boolean[] {true, false, false, false}, SamplingStrategy.MAJORITY.cleaned(sizes, NAMES,
                "Test"));
        assertArrayEquals(new boolean[] {false, true, true, true}, SamplingStrategy.NOT_MAJORITY.cleaned(sizes, NAMES,
                "Test"));
        assertArrayEquals(new boolean[] {false, false, false, true}, SamplingStrategy.MINORITY.cleaned(sizes, NAMES,
                "Test"));
        assertArrayEquals(new boolean[] {true, true, true, true}, SamplingStrategy.ALL.cleaned(sizes, NAMES, "Test"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.ratio(0.5).cleaned(
                new int[] {5, 2}, List.of("a", "b"), "Test")).getMessage().startsWith("Test: samplingStrategy ratio(0.5)"
                + " asks for class sizes, but a cleaning sampler removes the rows its rule condemns"));
    }
}
