package io.github.prepkit.scale;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MaxAbsScalerTest {

    /** x: largest magnitude 4 (from -4); k: all 0, scale 1. */
    private static Table table() {
        return Table.create("t", DoubleColumn.create("x", new double[] {-4, 2, 1}),
                StringColumn.create("name", "a", "b", "c"), IntColumn.create("k", new int[] {0, 0, 0}));
    }

    @Test
    void dividesEachColumnByItsLargestMagnitude() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(table());
        assertArrayEquals(new double[] {4, 0}, model.maxAbs());
        assertArrayEquals(new double[] {4, 1}, model.scale(), "a column of zeros gets scale 1");
        Table scaled = model.transform(table());
        assertArrayEquals(new double[] {-1, 0.5, 0.25}, scaled.doubleColumn("x").asDoubleArray());
        assertArrayEquals(new double[] {0, 0, 0}, scaled.doubleColumn("k").asDoubleArray());
        assertEquals(List.of("x", "name", "k"), scaled.columnNames());
        assertEquals(ColumnType.DOUBLE, scaled.column("k").type());
    }

    @Test
    void aMagnitudeBelowTenMachineEpsilonsGetsScaleOneAsInScikitLearn() {
        // MaxAbsScaler().fit([[1e-16], [-2e-16]]).scale_ is [1.]: _handle_zeros_in_scale
        Table tiny = Table.create("t", DoubleColumn.create("x", new double[] {1e-16, -2e-16}));
        MaxAbsScalerModel model = new MaxAbsScaler().fit(tiny);
        assertArrayEquals(new double[] {2e-16}, model.maxAbs());
        assertArrayEquals(new double[] {1}, model.scale());
        assertArrayEquals(new double[] {1e-16, -2e-16}, model.transform(tiny).doubleColumn("x").asDoubleArray());
        // ten machine epsilons and more are scaled
        Table small = Table.create("t", DoubleColumn.create("x", new double[] {1e-14, -5e-15}));
        assertArrayEquals(new double[] {1, -0.5}, new MaxAbsScaler().fitTransform(small).doubleColumn("x").asDoubleArray());
    }

    @Test
    void missingValuesAreIgnoredAtFitAndStayMissing() {
        Table gaps = Table.create("t", DoubleColumn.create("x", new double[] {Double.NaN, -2, 1}),
                DoubleColumn.create("none", new double[] {Double.NaN, Double.NaN, Double.NaN}));
        MaxAbsScalerModel model = new MaxAbsScaler().fit(gaps);
        assertEquals(2, model.maxAbs()[0]);
        assertTrue(Double.isNaN(model.maxAbs()[1]), "no value at fit: NaN, as scikit-learn's nanmax");
        Table scaled = model.transform(gaps);
        assertArrayEquals(new double[] {Double.NaN, -1, 0.5}, scaled.doubleColumn("x").asDoubleArray());
        assertEquals(3, scaled.column("none").countMissing());
    }

    @Test
    void columnsNarrowsTheScaledColumnsAndOthersPassThrough() {
        Table scaled = new MaxAbsScaler().columns("x").fitTransform(table());
        assertEquals(ColumnType.INTEGER, scaled.column("k").type());
        assertArrayEquals(new double[] {-1, 0.5, 0.25}, scaled.doubleColumn("x").asDoubleArray());
    }

    @Test
    void inverseTransformRestoresTheOriginal() {
        MaxAbsScalerModel model = new MaxAbsScaler().fit(table());
        TableAssertions.assertTableClose(table(), model.inverseTransform(model.transform(table())), 0);
    }

    @Test
    void extremeMagnitudesScaleWithoutOverflow() {
        Table huge = Table.create("t", DoubleColumn.create("x", new double[] {-Double.MAX_VALUE, 1e308, Double.MIN_VALUE}));
        assertArrayEquals(new double[] {-1, 1e308 / Double.MAX_VALUE, Double.MIN_VALUE / Double.MAX_VALUE},
                new MaxAbsScaler().fitTransform(huge).doubleColumn("x").asDoubleArray());
    }

    @Test
    void theInputIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        MaxAbsScaler scaler = new MaxAbsScaler();
        scaler.columns("x").fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(List.of(), scaler.columns());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertRejected(() -> new MaxAbsScaler().fit(table().emptyCopy()), "MaxAbsScaler: cannot fit on an empty table");
        assertRejected(() -> new MaxAbsScaler().columns("name").fit(table()),
                "MaxAbsScaler: column 'name' must be numeric, found STRING");
        assertRejected(() -> new MaxAbsScaler().columns("x", "x"), "column 'x' is listed twice");
        Extremes.assertRefusesInfinity(() -> new MaxAbsScaler().fit(Extremes.withValue(table(), "x", 1,
                Double.NEGATIVE_INFINITY)), "MaxAbsScaler", "x", 1);
    }
}
