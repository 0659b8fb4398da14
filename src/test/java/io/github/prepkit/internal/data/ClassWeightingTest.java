package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassWeight;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassWeightingTest {

    private static final int[] CODES = {0, 0, 0, 1};
    private static final List<String> NAMES = List.of("x", "y");

    @Test
    void noClassWeightAndNoSampleWeightIsTheUnweightedFit() {
        assertNull(ClassWeighting.rows(ClassWeight.NONE, CODES, NAMES, null, "T"));
        assertArrayEquals(new double[] {1, 2, 0, 1},
                ClassWeighting.rows(ClassWeight.NONE, CODES, NAMES, new double[] {1, 2, 0, 1}, "T"), 0);
    }

    @Test
    void classWeightsMultiplyTheSampleWeights() {
        // balanced: 4 / (2 * 3) for x, 4 / (2 * 1) for y
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3, 2},
                ClassWeighting.rows(ClassWeight.BALANCED, CODES, NAMES, null, "T"), 0);
        assertArrayEquals(new double[] {3, 0, 1.5, 5},
                ClassWeighting.rows(ClassWeight.given(Map.of("x", 1.5)), CODES, NAMES, new double[] {2, 0, 1, 5}, "T"), 0);
    }

    @Test
    void weightsSummingToZeroAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassWeighting.rows(
                ClassWeight.given(Map.of("x", 0.0)), CODES, NAMES, new double[] {1, 1, 1, 0}, "T"));
        assertTrue(e.getMessage().startsWith("T: the row weights (sampleWeight times classWeight given({x=0.0}))"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClassWeighting.rows(ClassWeight.NONE, CODES, NAMES, new double[] {1, 1}, "T"));
    }

    @Test
    void subsampleWeightsAreForForestsOnly() {
        ClassWeighting.check(ClassWeight.BALANCED_SUBSAMPLE, true, "Forest");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassWeighting.check(ClassWeight.BALANCED_SUBSAMPLE, false, "Tree"));
        assertTrue(e.getMessage().startsWith("Tree: classWeight BALANCED_SUBSAMPLE is for random forests"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClassWeighting.check(null, true, "Forest"))
                .getMessage().contains("classWeight"));
    }

    @Test
    void countsCountEachRowAsOftenAsItIsDrawn() {
        assertArrayEquals(new long[] {3, 1}, ClassWeighting.counts(CODES, 2, null));
        assertArrayEquals(new long[] {2, 4}, ClassWeighting.counts(CODES, 2, new int[] {0, 2, 0, 4}));
    }

    @Test
    void requiredSampleWeightsNameTheRows() {
        double[] weights = {1};
        assertSame(weights, SampleWeights.required(weights, tech.tablesaw.api.DoubleColumn.create("t", 1.0), "T"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleWeights.required(null, tech.tablesaw.api.DoubleColumn.create("t", 1.0, 2.0), "T"));
        assertTrue(e.getMessage().contains("one weight per row (2), found null"), e.getMessage());
    }
}
