package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** VarianceThreshold on tables computed by hand; scikit-learn's own numbers are in the reference cases. */
class VarianceThresholdTest {

    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("a", 1, 2, 3, 4),
                StringColumn.create("name", "w", "x", "y", "z"),
                DoubleColumn.create("constant", 0.1, 0.1, 0.1, 0.1),
                DoubleColumn.create("gaps", 1, Double.NaN, 3, Double.NaN),
                DoubleColumn.create("empty", Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }

    @Test
    void dropsConstantAndEmptyColumnsAndPassesTextThrough() {
        VarianceThresholdModel model = new VarianceThreshold().fit(table());
        assertEquals(List.of("a", "constant", "gaps", "empty"), model.columns());
        assertArrayEquals(new double[] {1.25, 0, 1, Double.NaN}, model.variances());
        assertArrayEquals(new boolean[] {true, false, true, false}, model.support());
        assertEquals(List.of("a", "gaps"), model.selected());
        Table out = model.transform(table());
        assertEquals(List.of("a", "name", "gaps"), out.columnNames());
        assertTrue(out.doubleColumn("gaps").isMissing(1), "missing values are kept");
    }

    @Test
    void aThresholdKeepsOnlyWiderColumnsAndTheInputIsUntouched() {
        Table input = table();
        Table before = input.copy();
        Table out = new VarianceThreshold().threshold(1).fitTransform(input);
        assertEquals(List.of("a", "name"), out.columnNames());
        assertEquals(before.toString(), input.toString());
    }

    @Test
    void namedColumnsNarrowTheChoice() {
        VarianceThresholdModel model = new VarianceThreshold().columns("constant", "a").fit(table());
        assertEquals(List.of("constant", "a"), model.columns(), "in the order named");
        assertEquals(List.of("a", "name", "gaps", "empty"), model.transform(table()).columnNames());
    }

    @Test
    void noColumnAboveTheThresholdFailsAsScikitLearn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new VarianceThreshold().threshold(5).fit(table()));
        assertTrue(e.getMessage().contains("threshold 5.0"), e.getMessage());
    }

    @Test
    void badParametersAndStatesAreRefusedNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new VarianceThreshold(-0.5, List.of()))
                .getMessage().contains("threshold"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new VarianceThreshold().threshold(
                Double.POSITIVE_INFINITY)).getMessage().contains("threshold"));
        Schema schema = Schema.of(table());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VarianceThresholdModel.of(new VarianceThreshold()
                .columns("a"), schema, List.of("a"), new double[] {-1})).getMessage().contains("'a'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> VarianceThresholdModel.of(new VarianceThreshold()
                .columns("a"), schema, List.of("a"), new double[] {1, 2})).getMessage().contains("variances"));
    }

    @Test
    void theRangeReplacesARoundedVarianceAtThresholdZero() {
        Table tiny = Table.create("t", DoubleColumn.create("c", 0.1, 0.1, 0.1), DoubleColumn.create("b", 1, 2, 4));
        assertEquals(0.0, new VarianceThreshold().fit(tiny).variances()[0]);
        assertEquals("VarianceThresholdModel on [c, b]: variances [0, 1.556], selected [b]",
                new VarianceThreshold().fit(tiny).toString());
    }
}
