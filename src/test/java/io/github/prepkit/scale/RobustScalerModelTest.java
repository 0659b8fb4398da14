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
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class RobustScalerModelTest {

    /**
     * x: 1, 2, 3, 4, 100 (median 3, quartiles 2 and 4 by linear interpolation: IQR 2);
     * n: 10, 20, 30, 40, 50 (median 30, quartiles 20 and 40: IQR 20).
     */
    private static Table train() {
        return Table.create("train",
                BooleanColumn.create("flag", true, false, true, false, true),
                DoubleColumn.create("x", new double[] {1, 2, 3, 4, 100}),
                IntColumn.create("n", new int[] {10, 20, 30, 40, 50}));
    }

    private static Table rows(double[] x, int[] n) {
        return Table.create("later", BooleanColumn.create("flag", new boolean[x.length]), DoubleColumn.create("x", x),
                IntColumn.create("n", n));
    }

    private static RobustScalerModel model() {
        return new RobustScaler().fit(train());
    }

    @Test
    void accessorsHoldTheMedianAndTheInterquartileRangeInColumnOrder() {
        RobustScalerModel model = model();
        assertEquals(List.of("x", "n"), model.columns());
        assertArrayEquals(new double[] {3, 30}, model.center());
        assertArrayEquals(new double[] {2, 20}, model.scale());
    }

    @Test
    void returnedArraysAreCopiesAndTheColumnListIsUnmodifiable() {
        RobustScalerModel model = model();
        model.center()[0] = -1;
        model.scale()[0] = -1;
        assertArrayEquals(new double[] {3, 30}, model.center());
        assertArrayEquals(new double[] {2, 20}, model.scale());
        assertThrows(UnsupportedOperationException.class, () -> model.columns().set(0, "flag"));
    }

    @Test
    void transformScalesRowsNotSeenAtFit() {
        // x: (3 - 3) / 2 = 0, (-7 - 3) / 2 = -5; n: (30 - 30) / 20 = 0, (35 - 30) / 20 = 0.25
        Table scaled = model().transform(rows(new double[] {3, -7}, new int[] {30, 35}));
        assertArrayEquals(new double[] {0, -5}, scaled.doubleColumn("x").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {0, 0.25}, scaled.doubleColumn("n").asDoubleArray(), 1e-15);
        assertEquals("later", scaled.name());
        assertEquals(List.of("flag", "x", "n"), scaled.columnNames());
        assertEquals(ColumnType.DOUBLE, scaled.column("n").type(), "a scaled integer column comes out as doubles");
        assertEquals(ColumnType.BOOLEAN, scaled.column("flag").type());
    }

    @Test
    void withoutCenteringOnlyTheScaleIsApplied() {
        // center 0, so x / 2 and n / 20
        RobustScalerModel model = new RobustScaler().withCentering(false).fit(train());
        Table scaled = model.transform(rows(new double[] {3}, new int[] {30}));
        assertEquals(1.5, scaled.doubleColumn("x").get(0), 1e-15);
        assertEquals(1.5, scaled.doubleColumn("n").get(0), 1e-15);
    }

    @Test
    void inverseTransformMapsBackWithScaleThenCenter() {
        // x: 0.5 * 2 + 3 = 4; n: -1 * 20 + 30 = 10
        Table back = model().inverseTransform(rows(new double[] {0.5}, new int[] {-1}));
        assertEquals(4, back.doubleColumn("x").get(0), 1e-15);
        assertEquals(10, back.doubleColumn("n").get(0), 1e-15);
    }

    @Test
    void aSecondCallGivesTheSameTable() {
        RobustScalerModel model = model();
        Table later = rows(new double[] {Double.NaN, 8}, new int[] {1, 2});
        assertEquals(model.transform(later).printAll(), model.transform(later).printAll());
        assertTrue(model.transform(later).doubleColumn("x").isMissing(0), "missing stays missing");
    }

    @Test
    void irisCenterAndScaleMatchScikitLearn() {
        // RobustScaler().fit(iris.data): center_ [5.8, 3.0, 4.35, 1.3], scale_ [1.3, 0.5, 3.5, 1.5];
        // transform(iris.data[:1]) = [-0.5384615384615383, 1.0, -0.8428571428571429, -0.7333333333333334]
        Table iris = Columns.without(Datasets.load("iris"), "species");
        RobustScalerModel model = new RobustScaler().fit(iris);
        assertArrayEquals(new double[] {5.8, 3.0, 4.35, 1.3}, model.center(), 1e-12);
        assertArrayEquals(new double[] {1.3, 0.5, 3.5, 1.5}, model.scale(), 1e-12);
        Table first = model.transform(iris.first(1));
        assertArrayEquals(new double[] {-0.5384615384615383, 1.0, -0.8428571428571429, -0.7333333333333334},
                new double[] {first.doubleColumn(0).get(0), first.doubleColumn(1).get(0), first.doubleColumn(2).get(0),
                        first.doubleColumn(3).get(0)}, 1e-12);
    }

    @Test
    void transformLeavesTheInputAlone() {
        RobustScalerModel model = model();
        assertInputUnchanged(rows(new double[] {5, Double.NaN}, new int[] {7, 8}), model::transform,
                model::inverseTransform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        RobustScalerModel model = model();
        assertRejected(() -> model.transform(train().removeColumns("flag")),
                "RobustScalerModel.transform: the table does not match", "column 'flag' is missing");
        assertRejected(() -> model.inverseTransform(train().addColumns(IntColumn.create("z", new int[5]))),
                "RobustScalerModel.inverseTransform", "column 'z' was not seen at fit");
        assertRejected(() -> model.transform(train().replaceColumn("flag", DoubleColumn.create("flag", new double[5]))),
                "column 'flag' was BOOLEAN at fit, found DOUBLE");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        RobustScalerModel model = model();
        RobustScalerModel rebuilt = RobustScalerModel.of(model.estimator(), model.schema(), model.columns(),
                model.center(), model.scale());
        assertTableIdentical(model.transform(train()), rebuilt.transform(train()));
        assertTableIdentical(model.inverseTransform(train()), rebuilt.inverseTransform(train()));
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        RobustScalerModel model = model();
        Schema schema = model.schema();
        List<String> columns = List.of("x", "n");
        assertRejected(() -> RobustScalerModel.of(new RobustScaler(), schema, columns, new double[] {3, 30},
                new double[] {-2, 20}), "RobustScalerModel: the scale of column 'x' must be positive, found -2.0");
        assertRejected(() -> RobustScalerModel.of(new RobustScaler().columns("n"), schema, columns,
                new double[] {3, 30}, new double[] {2, 20}), "the columns parameter [n] selects [n]");
        assertRejected(() -> RobustScalerModel.of(new RobustScaler().withScaling(false), schema, columns,
                new double[] {3, 30}, new double[] {2, 20}), "scaling false");
        assertRejected(() -> RobustScalerModel.of(new RobustScaler(), schema, List.of("flag"), new double[] {0},
                new double[] {1}), "column 'flag' must be numeric, found BOOLEAN");
    }

    @Test
    void itPrintsItsTypeColumnsAndStatistics() {
        assertEquals("RobustScalerModel on [x, n]: center [3, 30], scale [2, 20]", model().toString());
    }
}
