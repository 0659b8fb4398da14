package io.github.prepkit.base;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassWeightTest {

    private static final List<String> CLASSES = List.of("a", "b", "c");

    @Test
    void balancedIsScikitLearnsComputeClassWeight() {
        // compute_class_weight("balanced", classes=[a, b, c], y with 6 a, 3 b, 1 c): 10 / (3 * count)
        assertArrayEquals(new double[] {10.0 / 18, 10.0 / 9, 10.0 / 3},
                ClassWeight.BALANCED.perClass(CLASSES, new long[] {6, 3, 1}, "T"), 0);
        assertArrayEquals(new double[] {1, 1, 1}, ClassWeight.BALANCED.perClass(CLASSES, new long[] {4, 4, 4}, "T"), 0);
    }

    @Test
    void balancedCountsOnlyTheClassesPresentAsABootstrapDrawDoes() {
        // a draw without class b: 8 rows over 2 present classes; b weighs 1, having no row to weigh
        assertArrayEquals(new double[] {8.0 / 12, 1, 8.0 / 4},
                ClassWeight.BALANCED_SUBSAMPLE.perClass(CLASSES, new long[] {6, 0, 2}, "T"), 0);
    }

    @Test
    void noneWeighsEveryClassOne() {
        assertArrayEquals(new double[] {1, 1, 1}, ClassWeight.NONE.perClass(CLASSES, new long[] {6, 3, 1}, "T"), 0);
    }

    @Test
    void givenWeightsLeaveTheClassesNotNamedAtOne() {
        ClassWeight given = ClassWeight.given(Map.of("c", 4.0, "a", 0.0));
        assertArrayEquals(new double[] {0, 1, 4}, given.perClass(CLASSES, new long[] {6, 3, 1}, "T"), 0);
        assertEquals(List.of("a", "c"), List.copyOf(given.weights().keySet()), "sorted by name");
        assertEquals("given({a=0.0, c=4.0})", given.toString());
        assertEquals("BALANCED", ClassWeight.BALANCED.toString());
    }

    @Test
    void aNameThatIsNotAClassIsRefusedNamingIt() {
        ClassWeight given = ClassWeight.given(Map.of("a", 2.0, "z", 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> given.perClass(CLASSES, new long[] {1, 1, 1}, "Tree"));
        assertEquals("Tree: classWeight names class 'z', but the classes are [a, b, c]", e.getMessage());
    }

    @Test
    void badWeightsAreRefusedAtConstruction() {
        for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClassWeight.given(Map.of("a", bad)));
            assertTrue(e.getMessage().contains("weight of class 'a' must be finite and at least 0, found " + bad),
                    e.getMessage());
        }
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThrows(IllegalArgumentException.class, () -> ClassWeight.given(withNull));
        assertThrows(IllegalArgumentException.class, () -> ClassWeight.given(null));
        assertThrows(IllegalArgumentException.class, () -> new ClassWeight(null, Map.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClassWeight(ClassWeight.Kind.BALANCED, Map.of("a", 1.0)));
        assertTrue(e.getMessage().contains("BALANCED takes no weights"), e.getMessage());
    }

    @Test
    void theWeightsAreACopyThatCannotBeChanged() {
        Map<String, Double> weights = new HashMap<>(Map.of("a", 2.0));
        ClassWeight given = ClassWeight.given(weights);
        weights.put("b", 3.0);
        assertEquals(Map.of("a", 2.0), given.weights());
        assertThrows(UnsupportedOperationException.class, () -> given.weights().put("c", 1.0));
        assertEquals(given, ClassWeight.given(Map.of("a", 2.0)));
    }

    @Test
    void mismatchedCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClassWeight.BALANCED.perClass(CLASSES, new long[] {1, 2}, "T"));
        assertThrows(IllegalArgumentException.class,
                () -> ClassWeight.BALANCED.perClass(CLASSES, new long[] {1, -2, 3}, "T"));
    }
}
