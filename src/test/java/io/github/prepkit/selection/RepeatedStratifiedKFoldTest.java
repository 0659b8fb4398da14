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

class RepeatedStratifiedKFoldTest {

    private final IntColumn labels = IntColumn.create("y", IntStream.range(0, 30).map(i -> i % 3 == 0 ? 1 : 0).toArray());

    @Test
    void repeatsShuffledStratifiedFolds() {
        List<Fold> folds = new RepeatedStratifiedKFold().nSplits(5).nRepeats(3).seed(2).split(labels);
        assertEquals(15, folds.size());
        for (int r = 0; r < 3; r++) {
            int[] tested = folds.subList(5 * r, 5 * r + 5).stream().flatMapToInt(f -> Arrays.stream(f.test())).sorted().toArray();
            assertArrayEquals(IntStream.range(0, 30).toArray(), tested, "repeat " + r + " tests every row once");
        }
        assertNotEquals(folds.subList(0, 5), folds.subList(5, 10), "repeats differ");
        assertEquals(folds, new RepeatedStratifiedKFold().nSplits(5).nRepeats(3).seed(2).split(labels));
        for (Fold fold : folds) {
            assertEquals(2, Arrays.stream(fold.test()).filter(i -> labels.getInt(i) == 1).count(), "2 of the 10 ones per fold");
        }
    }

    @Test
    void badParametersFailClearly() {
        assertEquals("RepeatedStratifiedKFold: nRepeats must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new RepeatedStratifiedKFold().nRepeats(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RepeatedStratifiedKFold().nSplits(1));
    }
}
