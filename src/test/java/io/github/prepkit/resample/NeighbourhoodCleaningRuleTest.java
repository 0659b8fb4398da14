package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NeighbourhoodCleaningRuleTest {

    private static final int[] CLEANED = {0, 4, 5, 7, 8, 9};

    @Test
    void removesEditedRowsAndTheMinoritysDisagreeingNeighbours() {
        // A1 (ENN with mode): 6 and 8; A2: the class-0 neighbours of 2.5 (2, 3, 1), which mostly disagree
        assertArrayEquals(CLEANED, new NeighbourhoodCleaningRule().kindSel(KindSel.MODE)
                .sampleIndices(CleaningTables.integerLine(0, 1), "label"));
    }

    @Test
    void kindAllTestsTheTruthOfTheClassesAsImbalancedLearn010() {
        // classes 0 and 1: a neighbour of class 0 is "false", so 2.5's neighbourhood disagrees
        assertArrayEquals(CLEANED, new NeighbourhoodCleaningRule().sampleIndices(CleaningTables.integerLine(0, 1), "label"));
        // classes 1 and 2: every class is "true", no neighbourhood disagrees, only A1 goes
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 7, 8, 9}, new NeighbourhoodCleaningRule()
                .sampleIndices(CleaningTables.integerLine(1, 2), "label"));
    }

    @Test
    void validatesParameters() {
        assertThrows(IllegalArgumentException.class, () -> new NeighbourhoodCleaningRule().thresholdCleaning(0));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourhoodCleaningRule().thresholdCleaning(1));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourhoodCleaningRule().thresholdCleaning(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourhoodCleaningRule().nNeighbors(0));
    }
}
