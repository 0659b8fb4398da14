package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

class StringLevelsTest {

    @Test
    void levelsAreTheDistinctPresentStringsSortedWithTheirCounts() {
        Levels levels = Levels.fit(StringColumn.create("c", "b", "a", "", "b", "B"));
        assertEquals(List.of("B", "a", "b"), levels.names(), "String.compareTo order: upper case first, as Python sorts");
        assertEquals(1, levels.count(0));
        assertEquals(1, levels.count(1));
        assertEquals(2, levels.count(2));
    }

    @Test
    void indexesFindEachRowsLevelAndTellMissingFromUnknown() {
        Levels levels = Levels.fit(StringColumn.create("c", "b", "a", "b"));
        int[] indexes = levels.indexes(StringColumn.create("c", "a", "", "z", "b"));
        assertArrayEquals(new int[] {0, Levels.MISSING, Levels.UNKNOWN, 1}, indexes);
        assertEquals("z", levels.nameAt(StringColumn.create("c", "a", "z"), 1));
    }

    @Test
    void aLevelOverwrittenInTheColumnIsNoLongerALevel() {
        StringColumn column = StringColumn.create("c", "a", "b", "b");
        column.set(0, "b");
        Levels levels = Levels.fit(column);
        assertEquals(List.of("b"), levels.names());
        assertEquals(3, levels.count(0));
    }

    @Test
    void anAllMissingColumnHasNoLevel() {
        Levels levels = Levels.fit(StringColumn.create("c", "", ""));
        assertEquals(List.of(), levels.names());
        assertArrayEquals(new int[] {Levels.MISSING, Levels.UNKNOWN}, levels.indexes(StringColumn.create("c", "", "a")));
    }
}
