package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

class InputsTest {

    @Test
    void sizesMustMatchAndNotBeEmpty() {
        Inputs.sameSize(IntColumn.create("y", 1, 2), IntColumn.create("p", 3, 4));
        assertEquals("labels has 2 values but features has 3: they must have one value per row",
                assertThrows(IllegalArgumentException.class,
                        () -> Inputs.sameSize(IntColumn.create("y", 1, 2), "labels", 3, "features")).getMessage());
        assertEquals("yTrue 'y' is empty: a metric needs values", assertThrows(IllegalArgumentException.class,
                () -> Inputs.sameSize(IntColumn.create("y"), IntColumn.create("p"))).getMessage());
        assertEquals("yPred must not be null", assertThrows(IllegalArgumentException.class,
                () -> Inputs.sameSize(IntColumn.create("y", new int[] {1}), null)).getMessage());
    }

    @Test
    void numbersAreNumericWithoutMissingValues() {
        assertArrayEquals(new double[] {1, 2}, Inputs.numbers(IntColumn.create("y", 1, 2), "yTrue"));
        assertEquals("yPred 'p' must be numeric, found STRING", assertThrows(IllegalArgumentException.class,
                () -> Inputs.numbers(StringColumn.create("p", "1"), "yPred")).getMessage());
        assertEquals("yTrue 'y' has 1 missing value(s); drop or impute them first",
                assertThrows(IllegalArgumentException.class,
                        () -> Inputs.numbers(DoubleColumn.create("y", 1, Double.NaN), "yTrue")).getMessage());
    }

    @Test
    void finiteRejectsInfinityAndNaN() {
        Inputs.finite(new double[] {0, -1e300}, "scores");
        assertEquals("scores must be finite numbers, found Infinity at index 1", assertThrows(IllegalArgumentException.class,
                () -> Inputs.finite(new double[] {0, Double.POSITIVE_INFINITY}, "scores")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Inputs.finite(new double[] {Double.NaN}, "scores"));
    }
}
