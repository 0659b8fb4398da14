package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FeatureColumnsTest {

    private final Table table = Table.create("t",
            DoubleColumn.create("a", new double[] {1, 2, 3}),
            IntColumn.create("b", new int[] {4, 5, 6}));

    @Test
    void holdsEachColumnInTableOrder() {
        FeatureColumns columns = FeatureColumns.of(table, "Model");
        assertEquals(List.of("a", "b"), columns.names());
        assertEquals(3, columns.rows());
        assertEquals(2, columns.columns());
        assertArrayEquals(new double[] {1, 2, 3}, columns.column(0));
        assertArrayEquals(new double[] {4, 5, 6}, columns.column(1));
    }

    @Test
    void keepsTheRangesAndSumsOfItsCheck() {
        FeatureColumns columns = FeatureColumns.of(table, "Model");
        assertArrayEquals(new double[] {6, 15}, columns.sums());
        assertEquals(1, columns.ranges().low(0));
        assertEquals(6, columns.ranges().magnitude(1));
    }

    @Test
    void acceptsFiniteValuesWhoseSumOverflows() {
        Table huge = Table.create("t", DoubleColumn.create("a", new double[] {Double.MAX_VALUE, Double.MAX_VALUE}));
        FeatureColumns columns = FeatureColumns.of(huge, "Model");
        assertEquals(Double.POSITIVE_INFINITY, columns.sums()[0], "the sum overflows; the values are finite");
        assertEquals(Double.MAX_VALUE, columns.ranges().low(0));
    }

    @Test
    void failsAsFeatureMatrixDoesWordForWord() {
        Table withText = table.copy().addColumns(StringColumn.create("c", "x", "y", "z"));
        // NaN in a later row of the first column, infinity in a later column: FeatureMatrix names the infinity first
        Table gapThenInfinity = Table.create("t", DoubleColumn.create("a", new double[] {1, Double.NaN}),
                DoubleColumn.create("b", new double[] {Double.POSITIVE_INFINITY, 2}));
        // NaN in row 1 of the first column and in row 0 of the second: the first in row-major order is named
        Table twoGaps = Table.create("t", DoubleColumn.create("a", new double[] {1, Double.NaN}),
                DoubleColumn.create("b", new double[] {Double.NaN, 2}));
        for (Table bad : List.of(withText, gapThenInfinity, twoGaps)) {
            String expected = assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(bad, "Model"))
                    .getMessage();
            assertEquals(expected, assertThrows(IllegalArgumentException.class,
                    () -> FeatureColumns.of(bad, "Model")).getMessage());
        }
        assertEquals("Model: feature column 'b' has 1 missing value(s); impute them first (io.github.prepkit.impute)",
                assertThrows(IllegalArgumentException.class, () -> FeatureColumns.of(twoGaps, "Model")).getMessage());
    }
}
