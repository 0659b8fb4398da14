package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TrainingDataTest {

    private static Table features() {
        return Table.create("f", DoubleColumn.create("x", new double[] {1, 2}), IntColumn.create("k", new int[] {3, 4}));
    }

    private static void assertMessage(String start, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void convertsFeaturesAndTargets() {
        assertArrayEquals(new double[] {1, 3, 2, 4},
                TrainingData.fitFeatures(features(), StringColumn.create("y", "a", "b"), "M").values());
        assertEquals(2, TrainingData.classes(StringColumn.create("y", "b", "a"), "M").count());
        assertArrayEquals(new double[] {5, 6}, TrainingData.numericTarget(IntColumn.create("y", new int[] {5, 6}), "M"));
        Schema schema = Schema.of(features());
        Table reordered = Table.create("q", IntColumn.create("k", new int[] {9}), DoubleColumn.create("x", new double[] {8}));
        assertArrayEquals(new double[] {8, 9}, TrainingData.predictFeatures(schema, reordered, "M").values());
    }

    @Test
    void failsNamingTheModelAndTheColumn() {
        assertMessage("M: needs at least one feature column besides the target",
                () -> TrainingData.fitFeatures(Table.create("t"), StringColumn.create("y"), "M"));
        assertMessage("M: target column 'y' has 1 values but the features have 2 rows",
                () -> TrainingData.fitFeatures(features(), StringColumn.create("y", "a"), "M"));
        assertMessage("M: cannot fit on an empty table", () -> TrainingData.fitFeatures(features().emptyCopy(),
                StringColumn.create("y"), "M"));
        assertMessage("M: target column 'y' needs at least 2 classes to learn from, found only [a]",
                () -> TrainingData.classes(StringColumn.create("y", "a", "a"), "M"));
        assertMessage("M: target column 'y' must be numeric, found STRING",
                () -> TrainingData.numericTarget(StringColumn.create("y", "a"), "M"));
        assertMessage("M: target column 'y' has 1 missing value(s); drop those rows or impute the target first",
                () -> TrainingData.numericTarget(DoubleColumn.create("y", new double[] {Double.NaN}), "M"));
        assertMessage("M: target column 'y' has an infinite value in row 1",
                () -> TrainingData.numericTarget(DoubleColumn.create("y", new double[] {1, Double.POSITIVE_INFINITY}), "M"));
        assertArrayEquals(new double[] {0x1p509, -0x1p509},
                TrainingData.squaredErrorTarget(DoubleColumn.create("y", new double[] {0x1p509, -0x1p509}), "M"));
        assertMessage("M: target column 'y' is too large for squared-error sums: 2 rows x largest magnitude "
                + Math.nextUp(0x1p509) + " exceeds 2^510",
                () -> TrainingData.squaredErrorTarget(DoubleColumn.create("y", new double[] {0, Math.nextUp(0x1p509)}), "M"));
        assertMessage("M: the table does not match", () -> TrainingData.predictFeatures(Schema.of(features()),
                features().removeColumns("k"), "M"));
        assertEquals("target must not be null", assertThrows(IllegalArgumentException.class,
                () -> TrainingData.fitFeatures(features(), null, "M")).getMessage());
        assertMessage("M: the target column 'x' is also among the features, so the model would learn from the answer;"
                + " pass the features without it (fit(data, \"x\") takes it out)",
                () -> TrainingData.fitFeatures(features(), features().column("x"), "M"));
    }
}
