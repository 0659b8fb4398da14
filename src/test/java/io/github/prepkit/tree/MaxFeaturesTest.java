package io.github.prepkit.tree;

import static io.github.prepkit.tree.DecisionTreeClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaxFeaturesTest {

    @Test
    void resolvesAsScikitLearn() {
        // scikit-learn: sqrt -> max(1, int(sqrt(n))), log2 -> max(1, int(log2(n))), float -> max(1, int(f * n))
        assertEquals(20, MaxFeatures.ALL.resolve(20));
        assertEquals(4, MaxFeatures.SQRT.resolve(20));
        assertEquals(5, MaxFeatures.SQRT.resolve(30));
        assertEquals(4, MaxFeatures.LOG2.resolve(20));
        assertEquals(1, MaxFeatures.LOG2.resolve(1));
        assertEquals(3, MaxFeatures.count(3).resolve(20));
        assertEquals(6, MaxFeatures.fraction(0.33).resolve(20));
        assertEquals(1, MaxFeatures.fraction(0.01).resolve(20));
        assertEquals(20, MaxFeatures.fraction(1.0).resolve(20));
    }

    @Test
    void printsLikeTheParameter() {
        assertEquals("SQRT", MaxFeatures.SQRT.toString());
        assertEquals("3", MaxFeatures.count(3).toString());
        assertEquals("0.5", MaxFeatures.fraction(0.5).toString());
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertMessage("maxFeatures must be a count of at least 1", () -> MaxFeatures.count(0));
        assertMessage("maxFeatures must be", () -> MaxFeatures.fraction(0));
        assertMessage("maxFeatures must be", () -> MaxFeatures.fraction(1.01));
        assertMessage("maxFeatures must be", () -> MaxFeatures.fraction(Double.NaN));
        assertMessage("maxFeatures must be", () -> new MaxFeatures(MaxFeatures.Rule.SQRT, 2));
        assertMessage("maxFeatures must be", () -> new MaxFeatures(MaxFeatures.Rule.COUNT, 1.5));
        assertMessage("maxFeatures rule must not be null", () -> new MaxFeatures(null, 0));
        assertMessage("maxFeatures 21 exceeds the 20 feature(s)", () -> MaxFeatures.count(21).resolve(20));
    }
}
