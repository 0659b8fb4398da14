package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

class StringLevelsTest {

    /** The levels fit finds in {@code column}. */
    private static Levels fit(StringColumn column) {
        return Levels.of(Levels.tally(column).names(), false, "test");
    }

    @Test
    void levelsAreTheDistinctPresentStringsSortedWithTheirCounts() {
        Levels.Tally tally = Levels.tally(StringColumn.create("c", "b", "a", "", "b", "B"));
        assertEquals(List.of("B", "a", "b"), tally.names(), "String.compareTo order: upper case first, as Python sorts");
        assertArrayEquals(new int[] {1, 1, 2}, tally.counts());
    }

    @Test
    void indexesFindEachRowsLevelAndTellMissingFromUnknown() {
        Levels levels = fit(StringColumn.create("c", "b", "a", "b"));
        int[] indexes = levels.indexes(StringColumn.create("c", "a", "", "z", "b"));
        assertArrayEquals(new int[] {0, Levels.MISSING, Levels.UNKNOWN, 1}, indexes);
        assertEquals("z", levels.nameAt(StringColumn.create("c", "a", "z"), 1));
    }

    @Test
    void aLevelOverwrittenInTheColumnIsNoLongerALevel() {
        StringColumn column = StringColumn.create("c", "a", "b", "b");
        column.set(0, "b");
        Levels.Tally tally = Levels.tally(column);
        assertEquals(List.of("b"), tally.names());
        assertArrayEquals(new int[] {3}, tally.counts());
    }

    @Test
    void anAllMissingColumnHasNoLevel() {
        Levels levels = fit(StringColumn.create("c", "", ""));
        assertEquals(List.of(), levels.names());
        assertArrayEquals(new int[] {Levels.MISSING, Levels.UNKNOWN}, levels.indexes(StringColumn.create("c", "", "a")));
    }

    @Test
    void levelsThatFitCannotNameAreRejected() {
        assertRejected(() -> Levels.of(List.of("b", "a"), false, "M: levels of column 'c'"),
                "M: levels of column 'c': level 'a' must not be empty (the missing value) and must sort after the level"
                        + " before it, found [b, a]");
        assertRejected(() -> Levels.of(List.of("a", "a"), false, "M"), "level 'a'");
        assertRejected(() -> Levels.of(List.of("", "a"), false, "M"), "level ''");
        assertRejected(() -> Levels.of(Arrays.asList("a", null), false, "M"), "M: level 1 must not be null");
    }
}
