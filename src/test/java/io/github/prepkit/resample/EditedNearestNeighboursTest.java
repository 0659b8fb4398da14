package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class EditedNearestNeighboursTest {

    @Test
    void removesMajorityRowsWithAnotherClassNearby() {
        // 2's neighbours are 1, 3 and 3.6 (b); 3's and 4's include 3.6 too; b (the minority) is not cleaned
        assertArrayEquals(new int[] {0, 1, 5, 6, 7}, new EditedNearestNeighbours().sampleIndices(CleaningTables.line(), "label"));
    }

    @Test
    void modeKeepsRowsMostlyAmongTheirClass() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, new EditedNearestNeighbours().kindSel(KindSel.MODE)
                .sampleIndices(CleaningTables.line(), "label"));
    }

    @Test
    void modeTieOfTextClassesGoesToTheNearest() {
        // row 0 (a)'s neighbours are b (nearest), a, c: a tie, the nearest class b wins, row 0 goes (the smallest
        // class, a, would keep it); the rows imbalanced-learn 0.10 keeps from a pandas column of strings
        Table data = Table.create("tie", DoubleColumn.create("x", 0, 0.5, -0.6, 0.7, 5, 5.1, 5.2, 9, 9.1),
                StringColumn.create("label", "a", "b", "a", "c", "a", "a", "b", "c", "c"));
        int[] kept = new EditedNearestNeighbours().kindSel(KindSel.MODE).samplingStrategy(SamplingStrategy.ALL)
                .sampleIndices(data, "label");
        assertArrayEquals(new int[] {2, 4, 5, 7, 8}, kept);
    }

    @Test
    void failsWithTooFewRows() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new EditedNearestNeighbours().nNeighbors(8).sampleIndices(CleaningTables.line(), "label"));
        assertTrue(e.getMessage().contains("EditedNearestNeighbours") && e.getMessage().contains("nNeighbors"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EditedNearestNeighbours().nNeighbors(0));
        assertThrows(IllegalArgumentException.class, () -> new EditedNearestNeighbours().kindSel(null));
    }

    @Test
    void sameRowsOnAnyThreads() {
        Table data = CleaningTables.integerLine(0, 1);
        assertArrayEquals(new EditedNearestNeighbours().nJobs(1).sampleIndices(data, "label"),
                new EditedNearestNeighbours().nJobs(2).sampleIndices(data, "label"));
    }
}
