package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;

class NumericLevelsTest {

    /** The levels fit finds in {@code column}. */
    private static Levels fit(NumericColumn<?> column) {
        return Levels.of(Levels.tally(column).names(), true, "test");
    }

    @Test
    void levelsAreTheDistinctPresentValuesInNumberOrder() {
        Levels.Tally tally = Levels.tally(DoubleColumn.create("x", 10, 2, 2, -0.0, 0.0, Double.NaN, 2.5));
        assertEquals(List.of("0", "2", "2.5", "10"), tally.names(), "2 before 10; -0.0 is 0");
        assertArrayEquals(new int[] {2, 2, 1, 1}, tally.counts());
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
        Levels levels = fit(IntColumn.create("k", 10, 2, 10));
        int[] indexes = levels.indexes(DoubleColumn.create("k", 2.0, Double.NaN, 7, 10, 2.5));
        assertArrayEquals(new int[] {0, Levels.MISSING, Levels.UNKNOWN, 1, Levels.UNKNOWN}, indexes);
        assertEquals("7", levels.nameAt(DoubleColumn.create("k", new double[] {7}), 0));
    }

    @Test
    void aMissingIntegerIsMissingNotALevel() {
        IntColumn withGap = IntColumn.create("k", 1, 1).appendMissing();
        Levels levels = fit(withGap);
        assertEquals(List.of("1"), levels.names());
        assertArrayEquals(new int[] {0, 0, Levels.MISSING}, levels.indexes(withGap));
    }

    @Test
    void levelNamesReadBackAsTheSameNumbers() {
        DoubleColumn values = DoubleColumn.create("x", 0.1, 1e15, -3, 1.0 / 3, Double.NEGATIVE_INFINITY, 2e-300);
        Levels levels = fit(values);
        assertEquals(List.of("-Infinity", "-3", "2.0E-300", "0.1", "0.3333333333333333", "1.0E15"), levels.names());
        assertArrayEquals(new int[] {3, 5, 1, 4, 0, 2}, levels.indexes(values));
    }

    @Test
    void levelsThatFitCannotNameAreRejected() {
        assertRejected(() -> Levels.of(List.of("2", "10", "3"), true, "M: levels of column 'k'"),
                "M: levels of column 'k': level '3' must be a number other than NaN, written as fit writes it, and"
                        + " greater than the level before it, found [2, 10, 3]");
        assertRejected(() -> Levels.of(List.of("2", "2"), true, "M"), "level '2'");
        assertRejected(() -> Levels.of(List.of("3.0"), true, "M"), "level '3.0'");
        assertRejected(() -> Levels.of(List.of("-0"), true, "M"), "level '-0'");
        assertRejected(() -> Levels.of(List.of("NaN"), true, "M"), "level 'NaN'");
        assertRejected(() -> Levels.of(List.of("red"), true, "M"), "level 'red'");
        assertRejected(() -> Levels.of(Arrays.asList("1", null), true, "M"), "M: level 1 must not be null");
        assertRejected(() -> Levels.of(null, true, "M"), "M must not be null");
    }
}
