package io.github.prepkit.scale;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MinMaxScalerModelTest {

    /**
     * Fitted to (-1, 1), width 2. x: min 2, max 10, so scale 2 / 8 = 0.25 and min -1 - 2 * 0.25 = -1.5;
     * k: constant 7, so scale 2 (the range width) and min -1 - 7 * 2 = -15.
     */
    private static MinMaxScaler scaler() {
        return new MinMaxScaler().featureRange(-1, 1);
    }

    private static Table table(double[] x, int[] k) {
        return Table.create("t", DoubleColumn.create("x", x), StringColumn.create("s", new String[x.length]),
                IntColumn.create("k", k));
    }

    private static Table train() {
        return table(new double[] {2, 4, 10}, new int[] {7, 7, 7});
    }

    @Test
    void accessorsHoldTheFittedExtremesAndTheDerivedScaleAndMin() {
        MinMaxScalerModel model = scaler().fit(train());
        assertEquals(List.of("x", "k"), model.columns());
        assertArrayEquals(new double[] {2, 7}, model.dataMin());
        assertArrayEquals(new double[] {10, 7}, model.dataMax());
        assertArrayEquals(new double[] {0.25, 2}, model.scale());
        assertArrayEquals(new double[] {-1.5, -15}, model.min());
    }

    @Test
    void returnedArraysAreCopiesAndTheColumnListIsUnmodifiable() {
        MinMaxScalerModel model = scaler().fit(train());
        model.dataMin()[0] = 0;
        model.dataMax()[0] = 0;
        model.scale()[0] = 0;
        model.min()[0] = 0;
        assertEquals(2, model.dataMin()[0]);
        assertEquals(10, model.dataMax()[0]);
        assertEquals(0.25, model.scale()[0]);
        assertEquals(-1.5, model.min()[0]);
        assertThrows(UnsupportedOperationException.class, () -> model.columns().remove(0));
    }

    @Test
    void aConstantColumnIsShiftedToTheLowEndAndScaledByTheRangeWidth() {
        // k: 7 * 2 - 15 = -1 (the low end); a later 8 gives 8 * 2 - 15 = 1
        Table scaled = scaler().fit(train()).transform(table(new double[] {2, 2}, new int[] {7, 8}));
        assertArrayEquals(new double[] {-1, 1}, scaled.doubleColumn("k").asDoubleArray());
    }

    @Test
    void transformMapsRowsNotSeenAtFitOutsideTheRangeUnlessClipped() {
        // x: 20 * 0.25 - 1.5 = 3.5, 0 * 0.25 - 1.5 = -1.5, 6 * 0.25 - 1.5 = 0
        Table later = table(new double[] {20, 0, 6}, new int[] {7, 7, 7});
        assertArrayEquals(new double[] {3.5, -1.5, 0},
                scaler().fit(train()).transform(later).doubleColumn("x").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {1, -1, 0},
                scaler().clip(true).fit(train()).transform(later).doubleColumn("x").asDoubleArray(), 1e-15);
    }

    @Test
    void transformKeepsTheTableShapeAndTurnsScaledIntegersIntoDoubles() {
        Table scaled = scaler().fit(train()).transform(train());
        assertEquals("t", scaled.name());
        assertEquals(List.of("x", "s", "k"), scaled.columnNames());
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.STRING, ColumnType.DOUBLE),
                scaled.columns().stream().map(column -> column.type()).toList());
    }

    @Test
    void inverseTransformUndoesScaleAndMinButNotTheClipping() {
        // x: (3.5 + 1.5) / 0.25 = 20 even for a clipping model; k: (0 + 15) / 2 = 7.5
        MinMaxScalerModel clipping = scaler().clip(true).fit(train());
        Table back = clipping.inverseTransform(table(new double[] {3.5}, new int[] {0}));
        assertEquals(20, back.doubleColumn("x").get(0), 1e-12);
        assertEquals(7.5, back.doubleColumn("k").get(0), 1e-12);
    }

    @Test
    void aSecondCallGivesTheSameTableAndGapsStayMissing() {
        MinMaxScalerModel model = scaler().fit(train());
        Table gaps = table(new double[] {Double.NaN, 4}, new int[] {7, 7});
        assertEquals(model.transform(gaps).printAll(), model.transform(gaps).printAll());
        assertTrue(model.transform(gaps).doubleColumn("x").isMissing(0));
        assertTrue(model.inverseTransform(gaps).doubleColumn("x").isMissing(0));
    }

    @Test
    void irisExtremesScaleAndMinMatchScikitLearn() {
        // MinMaxScaler().fit(iris.data): data_min_ [4.3, 2.0, 1.0, 0.1], data_max_ [7.9, 4.4, 6.9, 2.5],
        // scale_ [0.27777777777777773, 0.41666666666666663, 0.1694915254237288, 0.4166666666666667],
        // min_ [-1.1944444444444442, -0.8333333333333333, -0.1694915254237288, -0.04166666666666667];
        // transform(iris.data[:1]) = [0.2222222222222221, 0.625, 0.06779661016949151, 0.04166666666666667]
        Table iris = Columns.without(Datasets.load("iris"), "species");
        MinMaxScalerModel model = new MinMaxScaler().fit(iris);
        assertArrayEquals(new double[] {4.3, 2.0, 1.0, 0.1}, model.dataMin());
        assertArrayEquals(new double[] {7.9, 4.4, 6.9, 2.5}, model.dataMax());
        assertArrayEquals(new double[] {0.27777777777777773, 0.41666666666666663, 0.1694915254237288, 0.4166666666666667},
                model.scale(), 1e-12);
        assertArrayEquals(new double[] {-1.1944444444444442, -0.8333333333333333, -0.1694915254237288, -0.04166666666666667},
                model.min(), 1e-12);
        Table first = model.transform(iris.first(1));
        assertEquals(0.2222222222222221, first.doubleColumn("sepal_length_cm").get(0), 1e-12);
        assertEquals(0.625, first.doubleColumn("sepal_width_cm").get(0), 1e-12);
        assertEquals(0.06779661016949151, first.doubleColumn("petal_length_cm").get(0), 1e-12);
        assertEquals(0.04166666666666667, first.doubleColumn("petal_width_cm").get(0), 1e-12);
    }

    @Test
    void transformLeavesTheInputAlone() {
        MinMaxScalerModel model = scaler().clip(true).fit(train());
        assertInputUnchanged(table(new double[] {1, Double.NaN}, new int[] {3, 4}), model::transform,
                model::inverseTransform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        MinMaxScalerModel model = scaler().fit(train());
        assertRejected(() -> model.inverseTransform(train().removeColumns("s")),
                "MinMaxScalerModel.inverseTransform: the table does not match", "column 's' is missing");
        assertRejected(() -> model.transform(train().addColumns(StringColumn.create("note", "a", "b", "c"))),
                "column 'note' was not seen at fit");
        assertRejected(() -> model.transform(train().replaceColumn("x", StringColumn.create("x", "2", "4", "10"))),
                "MinMaxScalerModel.transform", "column 'x' was DOUBLE at fit, found STRING");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsExtremes() {
        MinMaxScalerModel model = scaler().clip(true).fit(train());
        MinMaxScalerModel rebuilt = MinMaxScalerModel.of(model.estimator(), model.schema(), model.columns(),
                model.dataMin(), model.dataMax());
        Table later = table(new double[] {-5, 3, 40}, new int[] {1, 7, 9});
        assertTableIdentical(model.transform(later), rebuilt.transform(later));
        assertArrayEquals(model.scale(), rebuilt.scale());
        assertArrayEquals(model.min(), rebuilt.min());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        MinMaxScalerModel model = scaler().fit(train());
        Schema schema = model.schema();
        List<String> columns = List.of("x", "k");
        assertRejected(() -> MinMaxScalerModel.of(scaler(), schema, columns, new double[] {2, 8}, new double[] {10, 7}),
                "MinMaxScalerModel: column 'k' has dataMin 8.0 and dataMax 7.0");
        assertRejected(() -> MinMaxScalerModel.of(scaler(), schema, columns, new double[] {2, Double.NaN},
                new double[] {10, 7}), "column 'k' has dataMin NaN and dataMax 7.0");
        assertRejected(() -> MinMaxScalerModel.of(scaler(), schema, columns, new double[] {2, 7},
                new double[] {Double.POSITIVE_INFINITY, 7}), "dataMax must be finite or NaN, found Infinity at index 0");
        assertRejected(() -> MinMaxScalerModel.of(scaler(), schema, columns, new double[] {2, 7, 1},
                new double[] {10, 7}), "dataMin must hold 2 values, found 3");
        assertRejected(() -> MinMaxScalerModel.of(scaler(), schema, List.of("x", "s"), new double[] {2, 7},
                new double[] {10, 7}), "column 's' must be numeric, found STRING");
    }

    @Test
    void itPrintsItsTypeColumnsAndExtremes() {
        assertEquals("MinMaxScalerModel on [x, k]: dataMin [2, 7], dataMax [10, 7]", scaler().fit(train()).toString());
    }
}
