package io.github.prepkit.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MinMaxScalerTest {

    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", new double[] {1, 2, 4, 8, 100}),
                StringColumn.create("name", "a", "b", "c", "d", "e"),
                IntColumn.create("k", new int[] {7, 7, 7, 7, 7}));
    }

    private static Table x(double... values) {
        return Table.create("t", DoubleColumn.create("x", values), StringColumn.create("name", new String[values.length]),
                IntColumn.create("k", new int[values.length]));
    }

    @Test
    void mapsMinimumAndMaximumToTheRangeEnds() {
        MinMaxScalerModel model = new MinMaxScaler().fit(table());
        assertArrayEquals(new double[] {1, 7}, model.dataMin());
        assertArrayEquals(new double[] {100, 7}, model.dataMax());
        Table scaled = model.transform(table());
        assertArrayEquals(new double[] {0, 1 / 99.0, 3 / 99.0, 7 / 99.0, 1}, scaled.doubleColumn("x").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0}, scaled.doubleColumn("k").asDoubleArray(), "constant column: shifted only");
        assertEquals(List.of("x", "name", "k"), scaled.columnNames());
    }

    @Test
    void featureRangeAndClipMatchScikitLearn() {
        // MinMaxScaler(feature_range=(-1, 1), clip=True) on [1, 2, 4, 8, 100]: scale_ 0.02020202, min_ -1.02020202,
        // transform([200, -5, 50]) = [1, -1, -0.01010101]
        MinMaxScalerModel model = new MinMaxScaler().featureRange(-1, 1).clip(true).columns("x").fit(table());
        assertArrayEquals(new double[] {2 / 99.0}, model.scale(), 1e-12);
        assertArrayEquals(new double[] {-1 - 2 / 99.0}, model.min(), 1e-12);
        assertArrayEquals(new double[] {1, -1, -1 / 99.0},
                model.transform(x(200, -5, 50)).doubleColumn("x").asDoubleArray(), 1e-12);
        MinMaxScalerModel unclipped = new MinMaxScaler().columns("x").fit(table());
        assertEquals(199 / 99.0, unclipped.transform(x(200, 1, 1)).doubleColumn("x").get(0), 1e-12);
    }

    @Test
    void missingValuesAreIgnoredAtFitAndStayMissing() {
        Table withGap = Table.create("t", DoubleColumn.create("x", new double[] {Double.NaN, 0, 10}));
        Table scaled = new MinMaxScaler().clip(true).fitTransform(withGap);
        assertArrayEquals(new double[] {Double.NaN, 0, 1}, scaled.doubleColumn("x").asDoubleArray());
    }

    @Test
    void anAllMissingColumnStaysMissing() {
        Table empty = Table.create("t", DoubleColumn.create("x", new double[] {Double.NaN, Double.NaN}));
        MinMaxScalerModel model = new MinMaxScaler().fit(empty);
        assertTrue(Double.isNaN(model.dataMin()[0]));
        assertEquals(2, model.transform(empty).column("x").countMissing());
    }

    @Test
    void inverseTransformRestoresTheOriginal() {
        MinMaxScalerModel model = new MinMaxScaler().featureRange(-3, 5).fit(table());
        TableAssertions.assertTableClose(table(), model.inverseTransform(model.transform(table())), 1e-12);
    }

    @Test
    void inputTableIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        MinMaxScaler scaler = new MinMaxScaler();
        scaler.featureRange(2, 3).fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(0.0, scaler.featureRangeLow());
        assertEquals(1.0, scaler.featureRangeHigh());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("MinMaxScaler: featureRange must be finite with low < high, found (1.0, 1.0)",
                assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().featureRange(1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().featureRange(2, 1));
        assertEquals("MinMaxScaler: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().fit(table().emptyCopy())).getMessage());
        assertEquals("MinMaxScaler: column 'name' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> new MinMaxScaler().columns("name").fit(table())).getMessage());
        MinMaxScalerModel model = new MinMaxScaler().fit(table());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> model.transform(table().addColumns(DoubleColumn.create("extra", 5))));
        assertTrue(schema.getMessage().contains("column 'extra' was not seen at fit"), schema.getMessage());
    }
}
