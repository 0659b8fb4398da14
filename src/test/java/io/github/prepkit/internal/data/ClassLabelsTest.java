package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

class ClassLabelsTest {

    @Test
    void stringClassesAreSortedAlphabetically() {
        ClassLabels labels = ClassLabels.of(StringColumn.create("species", "virginica", "setosa", "virginica", "versicolor"), "M");
        assertEquals(List.of("setosa", "versicolor", "virginica"), labels.names());
        assertEquals(3, labels.count());
        assertArrayEquals(new int[] {2, 0, 2, 1}, labels.codes());
    }

    @Test
    void numericClassesAreSortedNumerically() {
        ClassLabels labels = ClassLabels.of(IntColumn.create("y", new int[] {10, 2, 2, 1}), "M");
        assertEquals(List.of("1", "2", "10"), labels.names());
        assertArrayEquals(new int[] {2, 1, 1, 0}, labels.codes());
    }

    @Test
    void decodeGivesAColumnOfTheTargetsTypeAndName() {
        ClassLabels ints = ClassLabels.of(IntColumn.create("y", new int[] {10, 2, 1}), "M");
        Column<?> decoded = ints.classes().decode(new int[] {0, 2, 2});
        assertEquals(ColumnType.INTEGER, decoded.type());
        assertEquals("y", decoded.name());
        assertEquals(List.of(1, 10, 10), decoded.asList());
        Column<?> doubles = ClassLabels.of(DoubleColumn.create("d", new double[] {-1, 3}), "M").classes().decode(new int[] {1});
        assertEquals(List.of(3.0), doubles.asList());
        Column<?> strings = ClassLabels.of(StringColumn.create("s", "b", "a"), "M").classes().decode(new int[] {1, 0});
        assertEquals(List.of("b", "a"), strings.asList());
    }

    @Test
    void aContinuousTargetIsRefusedAsScikitLearnRefusesIt() {
        assertEquals("M: target column 'price' holds continuous values (2.5 at row 1), what scikit-learn calls an unknown"
                + " label type 'continuous'; classes are text, integers or whole numbers: bin or round the target, or"
                + " use a regressor", assertThrows(IllegalArgumentException.class,
                () -> ClassLabels.of(DoubleColumn.create("price", 1, 2.5, 3), "M")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClassLabels.of(DoubleColumn.create("y", 1, Double.POSITIVE_INFINITY), "M"));
        assertThrows(IllegalArgumentException.class, () -> ClassLabels.of(FloatColumn.create("y", 0f, 0.25f), "M"));
        assertEquals(2, ClassLabels.of(DoubleColumn.create("y", 0, 1, 1), "M").count(), "whole numbers are classes");
        assertEquals(3, ClassLabels.of(IntColumn.create("y", 7, 8, 1000), "M").count(), "integers always are");
    }

    @Test
    void rejectsMissingTargetsAndEmptyColumns() {
        StringColumn withGap = StringColumn.create("label", "a", "", "b");
        assertEquals("Model: target column 'label' has 1 missing value(s); drop those rows or impute the target first",
                assertThrows(IllegalArgumentException.class, () -> ClassLabels.of(withGap, "Model")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassLabels.of(IntColumn.create("y"), "Model"));
    }

    @Test
    void aTargetValueSetMissingLaterIsStillRejected() {
        StringColumn target = StringColumn.create("label", "a", "b", "c");
        target.setMissing(1);
        assertThrows(IllegalArgumentException.class, () -> ClassLabels.of(target, "Model"));
    }
}
