package io.github.prepkit.internal.tree;

import static io.github.prepkit.internal.tree.TreeGrowerTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.tree.MaxFeatures;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TreeGrowthTest {

    @Test
    void keepsValidValues() {
        TreeGrowth growth = new TreeGrowth(OptionalInt.of(3), 4, 2, MaxFeatures.LOG2);
        assertEquals(3, growth.depthLimit());
        assertEquals(Integer.MAX_VALUE, new TreeGrowth(OptionalInt.empty(), 2, 1, MaxFeatures.ALL).depthLimit());
    }

    @Test
    void rejectsInvalidValuesNamingTheParameterAndTheEstimator() {
        assertMessage("maxDepth must be at least 1", () -> new TreeGrowth(OptionalInt.of(0), 2, 1, MaxFeatures.ALL));
        assertMessage("maxDepth must be at least 1", () -> new TreeGrowth(null, 2, 1, MaxFeatures.ALL));
        assertMessage("minSamplesSplit must be at least 2, found 1",
                () -> new TreeGrowth(OptionalInt.empty(), 1, 1, MaxFeatures.ALL));
        assertMessage("minSamplesLeaf must be at least 1, found 0",
                () -> new TreeGrowth(OptionalInt.empty(), 2, 0, MaxFeatures.ALL));
        assertMessage("maxFeatures must not be null", () -> new TreeGrowth(OptionalInt.empty(), 2, 1, null));
        assertMessage("Forest: minSamplesLeaf must be at least 1",
                () -> TreeGrowth.of("Forest", OptionalInt.empty(), 2, 0, MaxFeatures.ALL));
    }
}
