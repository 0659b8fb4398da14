package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class SplitTest {

    private static Table numbered(String name, int from, int to) {
        return Table.create(name, IntColumn.create("id", IntStream.range(from, to).toArray()));
    }

    @Test
    void accessorsGiveBackTheTablesItWasMadeOf() {
        Table train = numbered("train", 0, 3);
        Table test = numbered("test", 3, 4);
        Split split = new Split(train, test);
        assertSame(train, split.train());
        assertSame(test, split.test());
    }

    @Test
    void aMissingPartFailsNamingIt() {
        Table part = numbered("part", 0, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Split(null, part)).getMessage().contains("train"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Split(part, null)).getMessage().contains("test"));
    }

    @Test
    void twoSplitsAreEqualOnlyWhenTheyHoldTheSameTableObjects() {
        // Tablesaw's Table has no value equality, so neither has Split: equal contents are not enough
        Table train = numbered("train", 0, 3);
        Table test = numbered("test", 3, 4);
        Split split = new Split(train, test);
        assertEquals(new Split(train, test), split);
        assertEquals(new Split(train, test).hashCode(), split.hashCode());
        assertNotEquals(new Split(train.copy(), test), split);
        assertNotEquals(new Split(test, train), split, "the parts are not interchangeable");
    }

    @Test
    void theSplitTrainTestSplitReturnsHoldsNewTablesOfTheSourcesColumns() {
        // no shuffle, test size 2 of 5: rows 0-2 train, rows 3-4 test
        Table source = numbered("source", 0, 5);
        Split split = new TrainTestSplit().shuffle(false).testSize(2).split(source);
        assertEquals(List.of(0, 1, 2), split.train().intColumn("id").asList());
        assertEquals(List.of(3, 4), split.test().intColumn("id").asList());
        assertEquals("source", split.train().name());
        split.train().intColumn("id").set(0, 99);
        split.test().intColumn("id").set(0, 99);
        assertEquals(List.of(0, 1, 2, 3, 4), source.intColumn("id").asList(), "changing a part leaves the source alone");
    }
}
