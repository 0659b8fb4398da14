package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void notNullReturnsTheValue() {
        String value = "x";
        assertSame(value, Checks.notNull(value, "value"));
    }

    @Test
    void notNullNamesTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.notNull(null, "heights"));
        assertEquals("heights must not be null", e.getMessage());
    }

    @Test
    void columnNamesCopiesAValidList() {
        List<String> names = new ArrayList<>(List.of("a", "b"));
        List<String> copy = Checks.columnNames(names, "Step");
        names.add("c");
        assertEquals(List.of("a", "b"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
    }

    @Test
    void columnNamesRejectsNullNullNamesAndRepeats() {
        assertEquals("Step columns must not be null", assertThrows(IllegalArgumentException.class,
                () -> Checks.columnNames(null, "Step")).getMessage());
        List<String> withNull = Arrays.asList("a", null);
        assertEquals("Step: columns must not contain null, found [a, null]", assertThrows(
                IllegalArgumentException.class, () -> Checks.columnNames(withNull, "Step")).getMessage());
        assertEquals("Step: column 'a' is listed twice in columns [a, b, a]", assertThrows(
                IllegalArgumentException.class, () -> Checks.columnNames(List.of("a", "b", "a"), "Step")).getMessage());
    }

    @Test
    void lengthReturnsAnArrayOfTheLengthAndNamesAnyOther() {
        double[] doubles = {1, 2};
        int[] ints = {1};
        assertSame(doubles, Checks.length(doubles, 2, "M: mean"));
        assertSame(ints, Checks.length(ints, 1, "M: codes"));
        assertEquals("M: mean must hold 3 values, found 2",
                assertThrows(IllegalArgumentException.class, () -> Checks.length(doubles, 3, "M: mean")).getMessage());
        assertEquals("M: codes must hold 0 values, found 1",
                assertThrows(IllegalArgumentException.class, () -> Checks.length(ints, 0, "M: codes")).getMessage());
        assertEquals("M: mean must not be null",
                assertThrows(IllegalArgumentException.class, () -> Checks.length((double[]) null, 1, "M: mean")).getMessage());
    }

    @Test
    void finiteRefusesInfinityAndNaNUnlessAllowed() {
        double[] gap = {1, Double.NaN};
        assertSame(gap, Checks.finite(gap, true, "M: mean"));
        assertEquals("M: mean must be finite, found NaN at index 1",
                assertThrows(IllegalArgumentException.class, () -> Checks.finite(gap, false, "M: mean")).getMessage());
        assertEquals("M: mean must be finite or NaN, found -Infinity at index 0", assertThrows(IllegalArgumentException.class,
                () -> Checks.finite(new double[] {Double.NEGATIVE_INFINITY}, true, "M: mean")).getMessage());
        assertSame(gap, Checks.finite(gap, 2, true, "M: mean"));
        assertEquals("M: mean must hold 3 values, found 2",
                assertThrows(IllegalArgumentException.class, () -> Checks.finite(gap, 3, true, "M: mean")).getMessage());
        assertEquals("M: mean must be finite, found NaN at index 1",
                assertThrows(IllegalArgumentException.class, () -> Checks.finite(gap, 2, false, "M: mean")).getMessage());
    }

    @Test
    void noInfinityNamesTheStepTheColumnAndTheRowAndLetsNaNPass() {
        Checks.noInfinity(new double[] {1, Double.NaN}, List.of("a", "b"), "Step", "column");
        double[] matrix = {1, Double.NaN, 2, Double.NEGATIVE_INFINITY};
        assertEquals("Step: column 'b' has an infinite value in row 1", assertThrows(IllegalArgumentException.class,
                () -> Checks.noInfinity(matrix, List.of("a", "b"), "Step", "column")).getMessage());
    }

    @Test
    void finiteSquaresGivenTheRangesRefusesWhatItRefusesWithout() {
        double[][] values = {{1, 2, 3}, {1e200, -1e200, 1e200}};
        List<String> names = List.of("a", "b");
        String without = assertThrows(IllegalArgumentException.class,
                () -> Checks.finiteSquares(values, names, "Model", "feature column")).getMessage();
        assertEquals(without, assertThrows(IllegalArgumentException.class, () -> Checks.finiteSquares(values,
                ColumnRanges.ofColumns(values), names, "Model", "feature column")).getMessage());
        assertTrue(without.startsWith("Model: feature column 'b' is too large"), without);
        double[][] ordinary = {values[0]};
        Checks.finiteSquares(ordinary, ColumnRanges.ofColumns(ordinary), List.of("a"), "Model", "feature column");
    }
}
