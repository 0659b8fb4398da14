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

class StandardScalerModelTest {

    /** n: 2, 4, 6, 8 (mean 5, population variance (9 + 1 + 1 + 9) / 4 = 5); x: 10, 10, 20, 20 (mean 15, std 5). */
    private static Table train() {
        return Table.create("train",
                IntColumn.create("n", new int[] {2, 4, 6, 8}),
                StringColumn.create("name", "a", "b", "c", "d"),
                DoubleColumn.create("x", new double[] {10, 10, 20, 20}));
    }

    private static Table rows(String tableName, int[] n, double[] x) {
        return Table.create(tableName, IntColumn.create("n", n), StringColumn.create("name", new String[n.length]),
                DoubleColumn.create("x", x));
    }

    private static StandardScalerModel model() {
        return new StandardScaler().fit(train());
    }

    @Test
    void accessorsHoldTheFittedMeanAndScaleInColumnOrder() {
        StandardScalerModel model = model();
        assertEquals(List.of("n", "x"), model.columns());
        assertArrayEquals(new double[] {5, 15}, model.mean());
        assertArrayEquals(new double[] {Math.sqrt(5), 5}, model.scale(), 1e-15);
    }

    @Test
    void returnedArraysAreCopiesAndTheColumnListIsUnmodifiable() {
        StandardScalerModel model = model();
        model.mean()[0] = 99;
        model.scale()[1] = 99;
        assertArrayEquals(new double[] {5, 15}, model.mean());
        assertEquals(5, model.scale()[1]);
        assertThrows(UnsupportedOperationException.class, () -> model.columns().add("name"));
    }

    @Test
    void transformScalesRowsNotSeenAtFitWithTheFittedStatistics() {
        // n: (5 - 5) / sqrt 5 = 0, (15 - 5) / sqrt 5 = 2 sqrt 5; x: (0 - 15) / 5 = -3, (40 - 15) / 5 = 5
        Table scaled = model().transform(rows("later", new int[] {5, 15}, new double[] {0, 40}));
        assertArrayEquals(new double[] {0, 2 * Math.sqrt(5)}, scaled.doubleColumn("n").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {-3, 5}, scaled.doubleColumn("x").asDoubleArray(), 1e-12);
    }

    @Test
    void transformKeepsNameAndOrderAndTurnsScaledIntegersIntoDoubles() {
        Table scaled = model().transform(train());
        assertEquals("train", scaled.name());
        assertEquals(List.of("n", "name", "x"), scaled.columnNames());
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.STRING, ColumnType.DOUBLE),
                scaled.columns().stream().map(column -> column.type()).toList());
        assertEquals(List.of("a", "b", "c", "d"), scaled.stringColumn("name").asList());
    }

    @Test
    void aSecondCallGivesTheSameTable() {
        StandardScalerModel model = model();
        assertEquals(model.transform(train()).printAll(), model.transform(train()).printAll());
    }

    @Test
    void aNumericColumnOfAnotherNumericTypeIsAccepted() {
        // n fitted as integers, given as doubles: (7 - 5) / sqrt 5
        Table doubles = rows("t", new int[] {0}, new double[] {15}).replaceColumn("n", DoubleColumn.create("n", 7.0));
        assertEquals(2 / Math.sqrt(5), model().transform(doubles).doubleColumn("n").get(0), 1e-12);
    }

    @Test
    void inverseTransformMapsScaledValuesBackToOriginalUnits() {
        // n: 1 * sqrt 5 + 5; x: -2 * 5 + 15 = 5
        Table back = model().inverseTransform(Table.create("z", DoubleColumn.create("n", 1.0),
                StringColumn.create("name", "q"), DoubleColumn.create("x", -2.0)));
        assertArrayEquals(new double[] {Math.sqrt(5) + 5}, back.doubleColumn("n").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {5}, back.doubleColumn("x").asDoubleArray(), 1e-12);
        assertEquals(List.of("q"), back.stringColumn("name").asList());
    }

    @Test
    void missingValuesStayMissingInBothDirections() {
        Table gaps = rows("t", new int[] {5, 6}, new double[] {Double.NaN, 25});
        StandardScalerModel model = model();
        assertTrue(model.transform(gaps).doubleColumn("x").isMissing(0));
        assertTrue(model.inverseTransform(gaps).doubleColumn("x").isMissing(0));
        assertEquals(2, model.transform(gaps).doubleColumn("x").get(1), 1e-12);
    }

    @Test
    void anAllMissingColumnGetsScaleOneAndStaysMissing() {
        Table empty = Table.create("t", DoubleColumn.create("gone", new double[] {Double.NaN, Double.NaN}));
        StandardScalerModel model = new StandardScaler().fit(empty);
        assertArrayEquals(new double[] {1}, model.scale());
        assertTrue(Double.isNaN(model.mean()[0]));
        assertEquals(2, model.transform(empty).doubleColumn("gone").countMissing());
    }

    @Test
    void irisMeanAndScaleMatchScikitLearn() {
        // StandardScaler().fit(iris.data): mean_ [5.843333333333334, 3.0573333333333337, 3.7580000000000005,
        // 1.1993333333333336], scale_ [0.8253012917851409, 0.4344109677354946, 1.759404065775303, 0.7596926279021594];
        // transform(iris.data[:1]) = [-0.9006811702978088, 1.019004351971607, -1.3402265266227624, -1.3154442950077403]
        Table iris = Columns.without(Datasets.load("iris"), "species");
        StandardScalerModel model = new StandardScaler().fit(iris);
        assertArrayEquals(new double[] {5.843333333333334, 3.0573333333333337, 3.7580000000000005, 1.1993333333333336},
                model.mean(), 1e-12);
        assertArrayEquals(new double[] {0.8253012917851409, 0.4344109677354946, 1.759404065775303, 0.7596926279021594},
                model.scale(), 1e-12);
        Table first = model.transform(iris.first(1));
        assertEquals(-0.9006811702978088, first.doubleColumn("sepal_length_cm").get(0), 1e-12);
        assertEquals(1.019004351971607, first.doubleColumn("sepal_width_cm").get(0), 1e-12);
        assertEquals(-1.3402265266227624, first.doubleColumn("petal_length_cm").get(0), 1e-12);
        assertEquals(-1.3154442950077403, first.doubleColumn("petal_width_cm").get(0), 1e-12);
    }

    @Test
    void transformAndInverseTransformLeaveTheInputAlone() {
        StandardScalerModel model = model();
        assertInputUnchanged(rows("t", new int[] {1, 2}, new double[] {Double.NaN, 3}), model::transform,
                model::inverseTransform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        StandardScalerModel model = model();
        assertRejected(() -> model.inverseTransform(train().removeColumns("x")),
                "StandardScalerModel.inverseTransform: the table does not match", "column 'x' is missing");
        assertRejected(() -> model.transform(train().addColumns(DoubleColumn.create("y", new double[4]))),
                "column 'y' was not seen at fit");
        assertRejected(() -> model.transform(train().replaceColumn("n", StringColumn.create("n", "2", "4", "6", "8"))),
                "column 'n' was INTEGER at fit, found STRING");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        StandardScalerModel model = model();
        StandardScalerModel rebuilt = StandardScalerModel.of(model.estimator(), model.schema(), model.columns(),
                model.mean(), model.scale());
        assertTableIdentical(model.transform(train()), rebuilt.transform(train()));
        assertEquals(new StandardScaler(), rebuilt.estimator());
        assertEquals(model.schema(), rebuilt.schema());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        StandardScalerModel model = model();
        StandardScaler scaler = model.estimator();
        Schema schema = model.schema();
        List<String> columns = List.of("n", "x");
        double[] mean = {5, 15};
        double[] scale = {2, 5};
        assertRejected(() -> StandardScalerModel.of(scaler, schema, columns, new double[] {5}, scale),
                "StandardScalerModel: center must hold 2 values, found 1");
        assertRejected(() -> StandardScalerModel.of(scaler, schema, columns, new double[] {5, Double.NEGATIVE_INFINITY},
                scale), "center must be finite or NaN, found -Infinity at index 1");
        assertRejected(() -> StandardScalerModel.of(scaler, schema, columns, mean, new double[] {2, 0}),
                "the scale of column 'x' must be positive, found 0.0");
        assertRejected(() -> StandardScalerModel.of(scaler, schema, List.of("n", "name"), mean, scale),
                "column 'name' must be numeric, found STRING");
        assertRejected(() -> StandardScalerModel.of(scaler, schema, List.of("n", "z"), mean, scale),
                "column 'z' is not among the fitted columns");
        assertRejected(() -> StandardScalerModel.of(scaler, schema, List.of("x", "n"), mean, scale),
                "the columns parameter [] selects [n, x]");
        assertRejected(() -> StandardScalerModel.of(scaler.withMean(false), schema, columns, mean, scale),
                "column 'n' has center 5.0 and scale 2.0, but the estimator's centering is false");
        assertRejected(() -> StandardScalerModel.of(null, schema, columns, mean, scale), "StandardScalerModel: estimator");
        assertRejected(() -> StandardScalerModel.of(scaler, schema, columns, null, scale), "StandardScalerModel: center");
    }

    @Test
    void itPrintsItsTypeColumnsAndStatistics() {
        assertEquals("StandardScalerModel on [n, x]: mean [5, 15], scale [2.236, 5]", model().toString());
    }
}
