package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class KFoldTest {

    @Test
    void consecutiveFoldsAsScikitLearn() {
        // KFold(3).split(range(10)) tests [0, 1, 2, 3], [4, 5, 6], [7, 8, 9]
        List<Fold> folds = new KFold().nSplits(3).split(10);
        assertArrayEquals(new int[] {0, 1, 2, 3}, folds.get(0).test());
        assertArrayEquals(new int[] {4, 5, 6}, folds.get(1).test());
        assertArrayEquals(new int[] {7, 8, 9}, folds.get(2).test());
        assertArrayEquals(new int[] {0, 1, 2, 3, 7, 8, 9}, folds.get(1).train());
    }

    @Test
    void shuffledFoldsCoverEveryRowOnceAndDependOnTheSeed() {
        List<Fold> folds = new KFold().shuffle(true).seed(4).split(23);
        int[] tested = folds.stream().flatMapToInt(f -> Arrays.stream(f.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 23).toArray(), tested);
        assertEquals(folds, new KFold().shuffle(true).seed(4).split(23));
        assertNotEquals(folds, new KFold().shuffle(true).seed(5).split(23));
        for (Fold fold : folds) {
            assertEquals(23, fold.train().length + fold.test().length);
        }
    }

    @Test
    void theCrossValidatorFormCountsTheFeatureRows() {
        Table features = Table.create("t", IntColumn.create("x", new int[7]));
        assertEquals(new KFold().nSplits(2).split(7), new KFold().nSplits(2).split(features, IntColumn.create("y", new int[7])));
    }

    @Test
    void badParametersFailClearly() {
        assertEquals("KFold: nSplits must be at least 2, found 1",
                assertThrows(IllegalArgumentException.class, () -> new KFold().nSplits(1)).getMessage());
        assertEquals("KFold: nSplits (5) cannot exceed the number of rows (4)",
                assertThrows(IllegalArgumentException.class, () -> new KFold().split(4)).getMessage());
    }
}
