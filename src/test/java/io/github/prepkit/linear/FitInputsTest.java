package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FitInputsTest {

    @Test
    void featuresBecomeARowMajorMatrix() {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2), IntColumn.create("b", 3, 4));
        assertArrayEquals(new double[] {1, 3, 2, 4}, FitInputs.features(table, "Step").values());
    }

    @Test
    void featuresNeedAColumnAndARow() {
        LinearRegressionTest.assertMessage("Step: cannot fit without a feature column",
                () -> FitInputs.features(Table.create("t"), "Step"));
        LinearRegressionTest.assertMessage("Step: cannot fit on an empty table (0 rows)",
                () -> FitInputs.features(Table.create("t", DoubleColumn.create("a")), "Step"));
    }

    @Test
    void aNumericTargetComesOutAsDoubles() {
        assertArrayEquals(new double[] {1, 2}, FitInputs.numericTarget(IntColumn.create("y", 1, 2), 2, "Step"));
    }

    @Test
    void badTargetsFailNamingTheColumn() {
        LinearRegressionTest.assertMessage("Step: target column 'y' has 2 values but the features have 3 rows",
                () -> FitInputs.requireSize(IntColumn.create("y", 1, 2), 3, "Step"));
        LinearRegressionTest.assertMessage("Step: target column 'y' must be numeric, found STRING",
                () -> FitInputs.numericTarget(StringColumn.create("y", "a"), 1, "Step"));
        LinearRegressionTest.assertMessage("Step: target column 'y' has 1 missing value(s); drop those rows or impute"
                + " the target first", () -> FitInputs.numericTarget(DoubleColumn.create("y", Double.NaN), 1, "Step"));
        assertEquals("target must not be null", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> FitInputs.requireSize(null, 1, "Step")).getMessage());
    }
}
