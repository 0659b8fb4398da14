package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import io.github.prepkit.encode.KBinsDiscretizer.Encode;
import io.github.prepkit.encode.KBinsDiscretizer.Strategy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KBinsDiscretizerModelTest {

    private static final KBinsDiscretizer UNIFORM = new KBinsDiscretizer().nBins(2).strategy(Strategy.UNIFORM);

    private static Table train() {
        return KBinsDiscretizerTest.table();
    }

    private static Table rows(double[] x, int[] y) {
        String[] labels = new String[x.length];
        Arrays.fill(labels, "a");
        return Table.create("rows", DoubleColumn.create("x", x), StringColumn.create("label", labels),
                IntColumn.create("y", y));
    }

    @Test
    void valuesOutsideTheFittedRangeFallInTheEndBins() {
        KBinsDiscretizerModel model = UNIFORM.encode(Encode.ORDINAL).fit(train());
        Table binned = model.transform(rows(new double[] {-100, 4.5, 4.4999, 1e300}, new int[] {-1, 45, 44, 1000}));
        assertArrayEquals(new double[] {0, 1, 0, 1}, binned.doubleColumn("x").asDoubleArray(), "edges 0, 4.5, 9");
        assertArrayEquals(new double[] {0, 1, 0, 1}, binned.doubleColumn("y").asDoubleArray());
        assertEquals(ColumnType.DOUBLE, binned.column("y").type());
    }

    @Test
    void inverseTransformGivesTheBinCentres() {
        KBinsDiscretizerModel ordinal = UNIFORM.encode(Encode.ORDINAL).fit(train());
        Table back = ordinal.inverseTransform(ordinal.transform(train()));
        assertArrayEquals(new double[] {2.25, 2.25, 2.25, 2.25, 2.25, 6.75, 6.75, 6.75, 6.75, 6.75},
                back.doubleColumn("x").asDoubleArray());
        assertEquals(List.of("x", "label", "y"), back.columnNames());
        KBinsDiscretizerModel oneHot = UNIFORM.fit(train());
        assertTableIdentical(back, oneHot.inverseTransform(oneHot.transform(train())));
    }

    @Test
    void aConstantColumnHasOneBinAndNoCentre() {
        Table constant = Table.create("c", DoubleColumn.create("k", 3, 3, 3), DoubleColumn.create("v", 1, 2, 3));
        KBinsDiscretizerModel model = new KBinsDiscretizer().nBins(3).fit(constant);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, model.binEdges("k"));
        assertEquals(List.of("k_0"), model.binColumns("k"));
        assertArrayEquals(new int[] {1, 1, 1}, model.transform(constant).intColumn("k_0").asIntArray());
        assertTrue(Double.isNaN(model.inverseTransform(model.transform(constant)).doubleColumn("k").getDouble(0)),
                "(-Infinity + Infinity) / 2, as scikit-learn");
    }

    @Test
    void inverseTransformRefusesWhatIsNoBin() {
        KBinsDiscretizerModel ordinal = UNIFORM.encode(Encode.ORDINAL).fit(train());
        Table codes = ordinal.transform(train());
        codes.doubleColumn("x").set(4, 2);
        assertRejected(() -> ordinal.inverseTransform(codes), "column 'x' has code 2.0 at row 4", "from 0 to 1");
        KBinsDiscretizerModel oneHot = UNIFORM.fit(train());
        Table dummies = oneHot.transform(train());
        dummies.intColumn("y_0").set(7, 1);
        assertRejected(() -> oneHot.inverseTransform(dummies), "[y_0, y_1] of column 'y'", "row 7");
        assertRejected(() -> oneHot.inverseTransform(dummies.removeColumns("x_1")), "'x_1'");
    }

    @Test
    void transformRefusesMissingAndInfiniteValues() {
        KBinsDiscretizerModel model = UNIFORM.fit(train());
        assertRejected(() -> model.transform(rows(new double[] {1, Double.NaN}, new int[] {1, 2})),
                "KBinsDiscretizerModel.transform: column 'x' has a missing value in row 1");
        assertRejected(() -> model.transform(rows(new double[] {1, 2}, new int[] {1, 2}).removeColumns("y")), "'y'");
    }

    @Test
    void exposesItsEdgesAsCopies() {
        KBinsDiscretizerModel model = UNIFORM.fit(train());
        assertEquals(List.of("x", "y"), model.columns());
        assertArrayEquals(new double[] {0, 4.5, 9}, model.binEdges()[0]);
        model.binEdges()[0][1] = 100;
        model.binEdges("x")[1] = 100;
        assertArrayEquals(new double[] {0, 45, 90}, model.binEdges("y"));
        assertArrayEquals(new int[] {2, 2}, model.nBins());
        assertEquals(List.of("y_0", "y_1"), model.binColumns("y"));
        assertRejected(() -> model.binEdges("label"), "column 'label' was not binned");
        assertEquals(Schema.of(train()), model.schema());
        assertEquals(UNIFORM, model.estimator());
        assertEquals("KBinsDiscretizerModel on [x, y]: nBins [2, 2], strategy UNIFORM, encode ONEHOT", model.toString());
    }

    @Test
    void rebuildsFromItsEdgesAndRefusesEdgesNoFitMakes() {
        KBinsDiscretizerModel model = UNIFORM.fit(train());
        KBinsDiscretizerModel rebuilt = KBinsDiscretizerModel.of(UNIFORM, model.schema(), model.columns(),
                List.of(model.binEdges()));
        assertTableIdentical(model.transform(train()), rebuilt.transform(train()));
        Schema schema = model.schema();
        List<String> columns = model.columns();
        assertRejected(() -> KBinsDiscretizerModel.of(UNIFORM, schema, columns, List.of(new double[] {0, 9},
                new double[] {90, 0})), "binEdges of column 'y'", "increasing");
        assertRejected(() -> KBinsDiscretizerModel.of(UNIFORM, schema, columns, List.of(new double[] {0, 3, 6, 9},
                new double[] {0, 90})), "binEdges of column 'x' must be 2 to 3");
        assertRejected(() -> KBinsDiscretizerModel.of(UNIFORM, schema, columns, List.of(new double[] {0, Double.NaN},
                new double[] {0, 90})), "binEdges of column 'x'");
        assertRejected(() -> KBinsDiscretizerModel.of(UNIFORM, schema, columns, List.of(new double[] {0, 9})),
                "one array per column");
        assertRejected(() -> KBinsDiscretizerModel.of(UNIFORM, schema, List.of("x"), List.of(new double[] {0, 9})),
                "[x, y]");
    }
}
