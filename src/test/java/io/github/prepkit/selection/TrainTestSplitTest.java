package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TrainTestSplitTest {

    private static Table numbered(int n) {
        return Table.create("t", IntColumn.create("id", IntStream.range(0, n).toArray()));
    }

    @Test
    void sizesMatchScikitLearnsReferenceCase() {
        List<?> cases = (List<?>) ((Map<?, ?>) ReferenceCase.of("split/train_test_sizes").expectedJson()).get("cases");
        for (Object item : cases) {
            Map<?, ?> c = (Map<?, ?>) item;
            int n = ((Number) c.get("n")).intValue();
            Object size = c.get("test_size");
            TrainTestSplit splitter = size instanceof Long count
                    ? new TrainTestSplit().testSize(count.intValue()) : new TrainTestSplit().testSize((Double) size);
            Split split = splitter.split(numbered(n));
            String what = "n " + n + ", test_size " + size;
            assertEquals(((Number) c.get("train")).intValue(), split.train().rowCount(), what);
            assertEquals(((Number) c.get("test")).intValue(), split.test().rowCount(), what);
        }
    }

    @Test
    void everyRowLandsInExactlyOnePart() {
        Split split = new TrainTestSplit().seed(3).split(numbered(101));
        int[] all = IntStream.concat(split.train().intColumn("id").asList().stream().mapToInt(Integer::intValue),
                split.test().intColumn("id").asList().stream().mapToInt(Integer::intValue)).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 101).toArray(), all);
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Table table = numbered(50);
        assertEquals(new TrainTestSplit().seed(7).split(table).test().intColumn("id").asList(),
                new TrainTestSplit().seed(7).split(table).test().intColumn("id").asList());
        assertNotEquals(new TrainTestSplit().seed(7).split(table).test().intColumn("id").asList(),
                new TrainTestSplit().seed(8).split(table).test().intColumn("id").asList());
    }

    @Test
    void withoutShuffleTheFirstRowsTrain() {
        Split split = new TrainTestSplit().shuffle(false).testSize(3).split(numbered(10));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), split.train().intColumn("id").asList());
        assertEquals(List.of(7, 8, 9), split.test().intColumn("id").asList());
    }

    @Test
    void trainSizeAloneOrBothSizes() {
        assertEquals(3, new TrainTestSplit().trainSize(0.75).split(numbered(10)).test().rowCount(), "floor(7.5) = 7 train");
        Split both = new TrainTestSplit().trainSize(5).testSize(2).split(numbered(10));
        assertEquals(5, both.train().rowCount());
        assertEquals(2, both.test().rowCount());
    }

    @Test
    void stratifiedCountsPerClassMatchScikitLearn() {
        // train_test_split(y, test_size=..., stratify=y) with y = 50 x 0, 30 x 1, 20 x 2, 7 x 3:
        // 0.25 -> train [37, 23, 15, 5], test [13, 7, 5, 2]; 13 -> train [44, 26, 18, 6], test [6, 4, 2, 1]
        int[] labels = IntStream.range(0, 107).map(i -> i < 50 ? 0 : i < 80 ? 1 : i < 100 ? 2 : 3).toArray();
        Table table = Table.create("t", IntColumn.create("y", labels));
        Split quarter = new TrainTestSplit().stratify("y").split(table);
        assertArrayEquals(new int[] {37, 23, 15, 5}, classCounts(quarter.train()));
        assertArrayEquals(new int[] {13, 7, 5, 2}, classCounts(quarter.test()));
        Split thirteen = new TrainTestSplit().testSize(13).stratify("y").seed(9).split(table);
        assertArrayEquals(new int[] {44, 26, 18, 6}, classCounts(thirteen.train()));
        assertArrayEquals(new int[] {6, 4, 2, 1}, classCounts(thirteen.test()));
    }

    private static int[] classCounts(Table part) {
        int[] counts = new int[4];
        part.intColumn("y").forEach(y -> counts[y]++);
        return counts;
    }

    @Test
    void theInputTableKeepsItsRowsAndPartsKeepItsColumns() {
        Table table = Table.create("t", IntColumn.create("id", new int[] {1, 2, 3, 4}), StringColumn.create("s", "a", "b", "c", "d"));
        Split split = new TrainTestSplit().split(table);
        assertEquals(List.of("id", "s"), split.test().columnNames());
        assertEquals(List.of(1, 2, 3, 4), table.intColumn("id").asList());
        int id = split.test().intColumn("id").getInt(0);
        assertEquals(String.valueOf((char) ('a' + id - 1)), split.test().stringColumn("s").get(0), "rows stay whole");
    }

    @Test
    void badSizesAndStratificationFailClearly() {
        assertEquals("TrainTestSplit: testSize: a split fraction must be in (0, 1), found 1.5",
                assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().testSize(1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().testSize(0));
        assertEquals("TrainTestSplit: testSize 10 rows must be fewer than the 10 rows of the table",
                assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().testSize(10).split(numbered(10))).getMessage());
        assertEquals("TrainTestSplit: testSize + trainSize must not exceed 1, found 0.5 + 0.6",
                assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().testSize(0.5).trainSize(0.6)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().testSize(6).trainSize(6).split(numbered(10)));
        assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().stratify("y").shuffle(false));
        Table lonely = Table.create("t", IntColumn.create("y", new int[] {0, 0, 0, 1}));
        assertEquals("TrainTestSplit: every class of 'y' needs at least 2 rows to stratify, found a class with 1",
                assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().stratify("y").split(lonely)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().stratify("z").split(lonely))
                .getMessage().contains("column 'z' not found"));
    }

    @Test
    void aBadSizeNamesItsParameter() {
        assertEquals("TrainTestSplit: testSize: a split fraction must be in (0, 1), found 1.5", assertThrows(
                IllegalArgumentException.class, () -> new TrainTestSplit().testSize(1.5)).getMessage());
        assertEquals("TrainTestSplit: trainSize: a split count must be a whole number of at least 1, found 0.0",
                assertThrows(IllegalArgumentException.class, () -> new TrainTestSplit().trainSize(0)).getMessage());
    }
}
