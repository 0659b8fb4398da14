package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AllKNNTest {

    @Test
    void growsTheNeighbourhoodUntilAClassVanishes() {
        // k = 1 removes 3 and 4 (nearest 3.6); a and b then tie at 3 rows, so a is the minority and k = 2 cleans b:
        // 3.6 goes; with k = 3 a (now larger) is cleaned and vanishes, which stops the loop with that pass standing
        assertArrayEquals(new int[] {6, 7}, new AllKNN().sampleIndices(CleaningTables.line(), "label"));
        assertArrayEquals(new int[] {6, 7}, new AllKNN().allowMinority(true).sampleIndices(CleaningTables.line(), "label"));
    }

    @Test
    void oneNeighbourIsOnePass() {
        assertArrayEquals(new int[] {0, 1, 2, 5, 6, 7}, new AllKNN().nNeighbors(1).sampleIndices(CleaningTables.line(), "label"));
        assertArrayEquals(new EditedNearestNeighbours().nNeighbors(1).sampleIndices(CleaningTables.line(), "label"),
                new AllKNN().nNeighbors(1).sampleIndices(CleaningTables.line(), "label"));
    }

    @Test
    void validatesParameters() {
        assertThrows(IllegalArgumentException.class, () -> new AllKNN().nNeighbors(0));
        assertThrows(IllegalArgumentException.class, () -> new AllKNN().samplingStrategy(null));
    }
}
