package io.github.prepkit.tree;

import static io.github.prepkit.tree.DecisionTreeClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Schema;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ModelInputsTest {

    private static Table features() {
        return Table.create("f", DoubleColumn.create("x", new double[] {1, 2}), IntColumn.create("k", new int[] {3, 4}));
    }

    @Test
    void convertsFeaturesAndTargets() {
        assertArrayEquals(new double[] {1, 3, 2, 4},
                ModelInputs.fitFeatures(features(), StringColumn.create("y", "a", "b"), "M").values());
        assertEquals(2, ModelInputs.classes(StringColumn.create("y", "b", "a"), "M").count());
        assertArrayEquals(new double[] {5, 6}, ModelInputs.numericTarget(IntColumn.create("y", new int[] {5, 6}), "M"));
        Schema schema = Schema.of(features());
        Table reordered = Table.create("q", IntColumn.create("k", new int[] {9}), DoubleColumn.create("x", new double[] {8}));
        assertArrayEquals(new double[] {8, 9}, ModelInputs.predictFeatures(schema, reordered, "M").values());
    }

    @Test
    void failsNamingTheModelAndTheColumn() {
        assertMessage("M: target column 'y' has 1 values but the features have 2 rows",
                () -> ModelInputs.fitFeatures(features(), StringColumn.create("y", "a"), "M"));
        assertMessage("M: cannot fit on an empty table", () -> ModelInputs.fitFeatures(features().emptyCopy(),
                StringColumn.create("y"), "M"));
        assertMessage("M: target column 'y' needs at least 2 classes to learn from, found only [a]",
                () -> ModelInputs.classes(StringColumn.create("y", "a", "a"), "M"));
        assertMessage("M: target column 'y' must be numeric, found STRING",
                () -> ModelInputs.numericTarget(StringColumn.create("y", "a"), "M"));
        assertMessage("M: target column 'y' has 1 missing value",
                () -> ModelInputs.numericTarget(DoubleColumn.create("y", new double[] {Double.NaN}), "M"));
        assertMessage("M: the table does not match", () -> ModelInputs.predictFeatures(Schema.of(features()),
                features().removeColumns("k"), "M"));
    }
}
