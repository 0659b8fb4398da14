package io.github.prepkit.scale;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.Extremes;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MaxAbsScalerModelTest {

    private static Table table(double[] x, int[] k) {
        return Table.create("t", DoubleColumn.create("x", x), StringColumn.create("s", new String[x.length]),
                IntColumn.create("k", k));
    }

    /** x: max abs 8; k: max abs 3. */
    private static Table train() {
        return table(new double[] {2, -8, 4}, new int[] {-3, 1, 2});
    }

    @Test
    void accessorsHoldTheMaxAbsAndScaleAsCopies() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(train());
        assertEquals(List.of("x", "k"), model.columns());
        assertArrayEquals(new double[] {8, 3}, model.maxAbs());
        assertArrayEquals(new double[] {8, 3}, model.scale());
        model.maxAbs()[0] = 0;
        model.scale()[0] = 0;
        assertEquals(8, model.maxAbs()[0]);
        assertEquals(8, model.scale()[0]);
        assertThrows(UnsupportedOperationException.class, () -> model.columns().remove(0));
    }

    @Test
    void aLaterTableIsScaledByTheFittedMagnitudes() {
        Table later = table(new double[] {16, -1}, new int[] {6, 0});
        Table scaled = new MaxAbsScaler().fit(train()).transform(later);
        assertArrayEquals(new double[] {2, -0.125}, scaled.doubleColumn("x").asDoubleArray());
        assertArrayEquals(new double[] {2, 0}, scaled.doubleColumn("k").asDoubleArray());
    }

    @Test
    void aValueMappedBeyondTheDoubleRangeIsRefused() {
        Table small = Table.create("t", DoubleColumn.create("x", new double[] {1e-13}));
        MaxAbsScalerModel model = new MaxAbsScaler().fit(small);
        assertRejected(() -> model.transform(Table.create("t", DoubleColumn.create("x", new double[] {0, 1e300}))),
                "MaxAbsScalerModel.transform: column 'x' maps the value in row 1");
    }

    @Test
    void infinityAtTransformIsRefusedNamingTheColumnAndRow() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(train());
        Extremes.assertRefusesInfinity(() -> model.transform(Extremes.withValue(train(), "x", 2, Double.POSITIVE_INFINITY)),
                "MaxAbsScalerModel.transform", "x", 2);
    }

    @Test
    void transformLeavesTheInputAlone() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(train());
        assertInputUnchanged(table(new double[] {1, Double.NaN}, new int[] {3, 4}), model::transform,
                model::inverseTransform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(train());
        assertRejected(() -> model.transform(train().removeColumns("s")), "MaxAbsScalerModel.transform",
                "column 's' is missing");
        assertRejected(() -> model.inverseTransform(train().replaceColumn("x", StringColumn.create("x", "2", "4", "10"))),
                "MaxAbsScalerModel.inverseTransform", "column 'x' was DOUBLE at fit, found STRING");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsMaxAbs() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(train());
        MaxAbsScalerModel rebuilt = MaxAbsScalerModel.of(model.estimator(), model.schema(), model.columns(),
                model.maxAbs());
        Table later = table(new double[] {-5, 3, 40}, new int[] {1, 7, 9});
        assertTableIdentical(model.transform(later), rebuilt.transform(later));
        assertArrayEquals(model.scale(), rebuilt.scale());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        Schema schema = new MaxAbsScaler().fit(train()).schema();
        List<String> columns = List.of("x", "k");
        MaxAbsScaler scaler = new MaxAbsScaler();
        assertRejected(() -> MaxAbsScalerModel.of(scaler, schema, columns, new double[] {8, -3}),
                "MaxAbsScalerModel: the maxAbs of column 'k' must be at least 0, found -3.0");
        assertRejected(() -> MaxAbsScalerModel.of(scaler, schema, columns, new double[] {Double.POSITIVE_INFINITY, 3}),
                "maxAbs must be finite or NaN, found Infinity at index 0");
        assertRejected(() -> MaxAbsScalerModel.of(scaler, schema, columns, new double[] {8}),
                "maxAbs must hold 2 values, found 1");
        assertRejected(() -> MaxAbsScalerModel.of(scaler, schema, List.of("x", "s"), new double[] {8, 3}),
                "column 's' must be numeric, found STRING");
        assertRejected(() -> MaxAbsScalerModel.of(scaler.columns("x"), schema, columns, new double[] {8, 3}),
                "selects [x]");
    }

    @Test
    void itPrintsItsTypeColumnsMaxAbsAndScale() {
        assertEquals("MaxAbsScalerModel on [x, k]: maxAbs [8, 3], scale [8, 3]",
                new MaxAbsScaler().fit(train()).toString());
    }
}
