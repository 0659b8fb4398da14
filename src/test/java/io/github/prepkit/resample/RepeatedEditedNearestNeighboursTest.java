package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RepeatedEditedNearestNeighboursTest {

    @Test
    void stopsWhenAClassFallsBelowTheMinority() {
        // the first pass leaves a with 2 rows, fewer than b's 3 at the start: that pass stands and the loop stops
        assertArrayEquals(new int[] {0, 1, 5, 6, 7}, new RepeatedEditedNearestNeighbours()
                .sampleIndices(CleaningTables.line(), "label"));
    }

    @Test
    void onePassIsEditedNearestNeighbours() {
        Table cancer = Datasets.load("breast_cancer");
        assertArrayEquals(new EditedNearestNeighbours().kindSel(KindSel.MODE).sampleIndices(cancer, "diagnosis"),
                new RepeatedEditedNearestNeighbours().maxIter(1).kindSel(KindSel.MODE).sampleIndices(cancer, "diagnosis"));
    }

    @Test
    void repeatsUntilNothingChanges() {
        Table cancer = Datasets.load("breast_cancer");
        int[] kept = new RepeatedEditedNearestNeighbours().sampleIndices(cancer, "diagnosis");
        Table left = cancer.rows(kept);
        int[] again = new EditedNearestNeighbours().sampleIndices(left, "diagnosis");
        // stopped without a class below the minority, so the last pass changed nothing: one more removes nothing
        assertArrayEquals(java.util.stream.IntStream.range(0, left.rowCount()).toArray(), again);
    }

    @Test
    void validatesParameters() {
        assertThrows(IllegalArgumentException.class, () -> new RepeatedEditedNearestNeighbours().maxIter(0));
        assertThrows(IllegalArgumentException.class, () -> new RepeatedEditedNearestNeighbours().nNeighbors(0));
    }
}
