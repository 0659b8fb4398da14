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

class FeatureMatrixTest {

    private final Table table = Table.create("t",
            DoubleColumn.create("a", new double[] {1, 2, 3}),
            IntColumn.create("b", new int[] {4, 5, 6}));

    @Test
    void laysRowsEndToEndInTheGivenColumnOrder() {
        FeatureMatrix matrix = FeatureMatrix.of(table, List.of("b", "a"), "Model");
        assertEquals(List.of("b", "a"), matrix.names());
        assertEquals(3, matrix.rows());
        assertEquals(2, matrix.columns());
        assertArrayEquals(new double[] {4, 1, 5, 2, 6, 3}, matrix.values());
        assertEquals(2.0, matrix.get(1, 1));
    }

    @Test
    void allColumnsInTableOrderByDefault() {
        assertEquals(List.of("a", "b"), FeatureMatrix.of(table, "Model").names());
    }

    @Test
    void rejectsStringAndMissingFeaturesNamingThem() {
        Table withText = table.copy().addColumns(StringColumn.create("c", "x", "y", "z"));
        assertEquals("KNeighborsClassifier: feature column 'c' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(withText, "KNeighborsClassifier")).getMessage());
        Table withGap = Table.create("t", DoubleColumn.create("a", new double[] {1, Double.NaN}));
        assertEquals("Model: feature column 'a' has 1 missing value(s); impute them first (io.github.prepkit.impute)",
                assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(withGap, "Model")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(table, List.of("zz"), "Model"));
    }

    @Test
    void rejectsInfiniteFeaturesNamingColumnAndRow() {
        Table infinite = Table.create("t", DoubleColumn.create("a", new double[] {1, 2}),
                DoubleColumn.create("b", new double[] {3, Double.NEGATIVE_INFINITY}));
        assertEquals("Model: feature column 'b' has an infinite value in row 1",
                assertThrows(IllegalArgumentException.class, () -> FeatureMatrix.of(infinite, "Model")).getMessage());
    }
}
