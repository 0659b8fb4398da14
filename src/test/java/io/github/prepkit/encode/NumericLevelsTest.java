package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;

class NumericLevelsTest {

    @Test
    void levelsAreTheDistinctPresentValuesInNumberOrder() {
        Levels levels = Levels.fit(DoubleColumn.create("x", 10, 2, 2, -0.0, 0.0, Double.NaN, 2.5));
        assertEquals(List.of("0", "2", "2.5", "10"), levels.names(), "2 before 10; -0.0 is 0");
        assertEquals(2, levels.count(0));
        assertEquals(2, levels.count(1));
        assertEquals(1, levels.count(2));
        assertEquals(1, levels.count(3));
    }

    @Test
    void wholeNumbersAreNamedWithoutAFraction() {
        assertEquals("3", NumericLevels.name(3.0));
        assertEquals("-12", NumericLevels.name(-12.0));
        assertEquals("0", NumericLevels.name(-0.0));
        assertEquals("2.5", NumericLevels.name(2.5));
        assertEquals("0.1", NumericLevels.name(0.1));
        assertEquals("1.0E15", NumericLevels.name(1e15));
        assertEquals("Infinity", NumericLevels.name(Double.POSITIVE_INFINITY));
    }

    @Test
    void indexesCompareValuesAsDoublesWhateverTheNumericType() {
        Levels levels = Levels.fit(IntColumn.create("k", 10, 2, 10));
        int[] indexes = levels.indexes(DoubleColumn.create("k", 2.0, Double.NaN, 7, 10, 2.5));
        assertArrayEquals(new int[] {0, Levels.MISSING, Levels.UNKNOWN, 1, Levels.UNKNOWN}, indexes);
        assertEquals("7", levels.nameAt(DoubleColumn.create("k", new double[] {7}), 0));
    }

    @Test
    void aMissingIntegerIsMissingNotALevel() {
        IntColumn withGap = IntColumn.create("k", 1, 1).appendMissing();
        Levels levels = Levels.fit(withGap);
        assertEquals(List.of("1"), levels.names());
        assertArrayEquals(new int[] {0, 0, Levels.MISSING}, levels.indexes(withGap));
    }
}
