package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class QuantileTransformerModelTest {

    private static Table table() {
        SplittableRandom random = new SplittableRandom(5);
        return Table.create("t", DoubleColumn.create("a", random.doubles(200).map(v -> Math.exp(4 * v)).toArray()),
                DoubleColumn.create("b", random.doubles(200).map(v -> Math.floor(10 * v) - 3).toArray()));
    }

    private static Table column(String name, double... values) {
        return Table.create("later", DoubleColumn.create(name, values));
    }

    @Test
    void accessorsReturnCopies() {
        QuantileTransformerModel model = new QuantileTransformer().nQuantiles(50).fit(table());
        assertEquals(List.of("a", "b"), model.columns());
        assertEquals(50, model.references().length);
        double first = model.quantiles()[0][0];
        model.quantiles()[0][0] = 99;
        model.references()[1] = 99;
        assertEquals(first, model.quantiles()[0][0]);
        assertEquals(1 / 49.0, model.references()[1]);
    }

    @Test
    void aModelRebuiltFromItsStateTransformsBitForBit() {
        for (QuantileTransformer.OutputDistribution output : QuantileTransformer.OutputDistribution.values()) {
            QuantileTransformer quantile = new QuantileTransformer().nQuantiles(30).outputDistribution(output);
            QuantileTransformerModel model = quantile.fit(table());
            QuantileTransformerModel rebuilt = QuantileTransformerModel.of(quantile, model.schema(), model.columns(),
                    model.quantiles());
            Table out = model.transform(table());
            assertTableIdentical(out, rebuilt.transform(table()));
            assertTableIdentical(model.inverseTransform(out), rebuilt.inverseTransform(out));
        }
    }

    @Test
    void inverseTransformGivesBackValuesInsideTheFittedRange() {
        for (QuantileTransformer.OutputDistribution output : QuantileTransformer.OutputDistribution.values()) {
            QuantileTransformerModel model = new QuantileTransformer().outputDistribution(output).fit(table());
            Table back = model.inverseTransform(model.transform(table()));
            assertArrayEquals(table().doubleColumn("a").asDoubleArray(), back.doubleColumn("a").asDoubleArray(),
                    1e-9, output.toString());
        }
    }

    @Test
    void inverseTransformMapsTheBoundsToTheEndQuantiles() {
        QuantileTransformerModel model = QuantileTransformerModel.of(new QuantileTransformer().nQuantiles(3),
                Schema.of(column("v", 0)), List.of("v"), new double[][] {{-2, 1, 10}});
        assertArrayEquals(new double[] {-2, -2, -0.5, 1, 5.5, 10, 10},
                model.inverseTransform(column("v", -1, 0, 0.25, 0.5, 0.75, 1, 3)).doubleColumn("v").asDoubleArray(),
                1e-15);
        QuantileTransformerModel normal = QuantileTransformerModel.of(new QuantileTransformer().nQuantiles(3)
                .outputDistribution(QuantileTransformer.OutputDistribution.NORMAL), Schema.of(column("v", 0)),
                List.of("v"), new double[][] {{-2, 1, 10}});
        assertArrayEquals(new double[] {-2, 1, 10},
                normal.inverseTransform(column("v", -6, 0, 6)).doubleColumn("v").asDoubleArray(), 1e-15);
    }

    @Test
    void aColumnWithoutValuesAtFitKeepsMissingValuesAndRefusesPresentOnes() {
        Table empty = column("v", Double.NaN, Double.NaN);
        QuantileTransformerModel model = new QuantileTransformer().fit(empty);
        assertTrue(Double.isNaN(model.quantiles()[0][0]));
        assertTrue(model.transform(empty).doubleColumn("v").isMissing(1));
        assertRejected(() -> model.transform(column("v", Double.NaN, 3)), "QuantileTransformerModel.transform",
                "'v'", "row 1", "no value at fit");
    }

    @Test
    void theFactoryRefusesQuantilesItCouldNotHaveFitted() {
        QuantileTransformer quantile = new QuantileTransformer().nQuantiles(3);
        Schema schema = Schema.of(column("v", 0));
        List<String> columns = List.of("v");
        assertRejected(() -> QuantileTransformerModel.of(quantile, schema, columns, new double[][] {{1, 0, 2}}),
                "'v'", "non-decreasing");
        assertRejected(() -> QuantileTransformerModel.of(quantile, schema, columns,
                new double[][] {{1, Double.NaN, 2}}), "'v'");
        assertRejected(() -> QuantileTransformerModel.of(quantile, schema, columns,
                new double[][] {{1, 2, Double.POSITIVE_INFINITY}}), "'v'");
        assertRejected(() -> QuantileTransformerModel.of(quantile, schema, columns, new double[][] {{1, 2, 3, 4}}),
                "'v'", "nQuantiles");
        assertRejected(() -> QuantileTransformerModel.of(quantile, schema, columns, new double[][] {{}}), "'v'");
        assertRejected(() -> QuantileTransformerModel.of(quantile, schema, columns, new double[][] {{1}, {2}}),
                "one array per column");
    }

    @Test
    void aTableWithoutAFittedColumnIsRefusedNamingIt() {
        QuantileTransformerModel model = new QuantileTransformer().fit(table());
        assertRejected(() -> model.transform(table().removeColumns("b")), "'b'");
        assertRejected(() -> model.inverseTransform(table().removeColumns("a")), "'a'");
    }

    @Test
    void printsItsColumnsAndQuantiles() {
        String text = new QuantileTransformer().nQuantiles(10).fit(table()).toString();
        assertTrue(text.startsWith("QuantileTransformerModel on [a, b]: 10 quantiles, from ["), text);
    }
}
