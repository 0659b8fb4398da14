package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class PowerTransformerModelTest {

    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("a", new double[] {0.3, 0.9, 1.4, 2.2, 3.8, 6.1, 12.0, Double.NaN}),
                DoubleColumn.create("b", new double[] {-4, -2, -1, 0, 1, 2, 3, 5}));
    }

    private static Table column(String name, double... values) {
        return Table.create("later", DoubleColumn.create(name, values));
    }

    @Test
    void accessorsReturnCopiesOfTheFittedState() {
        PowerTransformerModel model = new PowerTransformer().fit(table());
        assertEquals(List.of("a", "b"), model.columns());
        double lambda = model.lambdas()[0];
        model.lambdas()[0] = 99;
        model.mean()[0] = 99;
        model.scale()[0] = 99;
        assertEquals(lambda, model.lambdas()[0]);
        assertTrue(model.scale()[0] != 99 && model.mean()[0] != 99);
    }

    @Test
    void aModelRebuiltFromItsStateTransformsBitForBit() {
        PowerTransformer power = new PowerTransformer();
        PowerTransformerModel model = power.fit(table());
        PowerTransformerModel rebuilt = PowerTransformerModel.of(power, model.schema(), model.columns(),
                model.lambdas(), model.mean(), model.scale());
        Table out = model.transform(table());
        assertTableIdentical(out, rebuilt.transform(table()));
        assertTableIdentical(model.inverseTransform(out), rebuilt.inverseTransform(out));
    }

    @Test
    void transformIsThePowerTransformThenTheStandardization() {
        PowerTransformerModel model = PowerTransformerModel.of(new PowerTransformer().columns("b"),
                Schema.of(column("b", 1)), List.of("b"), new double[] {0.5}, new double[] {2}, new double[] {4});
        // Yeo-Johnson at 0.5: x = 3 gives (2 - 1) / 0.5 = 2; x = -3 gives -((4^1.5 - 1) / 1.5) = -14 / 3
        double[] out = model.transform(column("b", 3, -3, Double.NaN)).doubleColumn("b").asDoubleArray();
        assertEquals((2 - 2) / 4.0, out[0], 1e-15);
        assertEquals((-14 / 3.0 - 2) / 4, out[1], 1e-15);
        assertTrue(Double.isNaN(out[2]));
        double[] back = model.inverseTransform(column("b", out[0], out[1])).doubleColumn("b").asDoubleArray();
        assertArrayEquals(new double[] {3, -3}, back, 1e-12);
    }

    @Test
    void inverseTransformUndoesTransform() {
        for (PowerTransformer.Method method : PowerTransformer.Method.values()) {
            Table positive = table().selectColumns("a");
            PowerTransformerModel model = new PowerTransformer().method(method).fit(positive);
            Table back = model.inverseTransform(model.transform(positive));
            assertArrayEquals(positive.doubleColumn("a").asDoubleArray(), back.doubleColumn("a").asDoubleArray(),
                    1e-12);
        }
    }

    @Test
    void aValueWhoseTransformOverflowsIsRefusedNamingTheColumnAndRow() {
        PowerTransformerModel model = PowerTransformerModel.of(new PowerTransformer().standardize(false),
                Schema.of(column("b", 1)), List.of("b"), new double[] {3}, new double[] {0}, new double[] {1});
        assertRejected(() -> model.transform(column("b", 1, 1e200)), "PowerTransformerModel.transform", "'b'",
                "row 1", "1.0E200");
    }

    @Test
    void aValueOutsideTheInversesDomainIsRefused() {
        PowerTransformerModel model = PowerTransformerModel.of(
                new PowerTransformer().method(PowerTransformer.Method.BOX_COX).standardize(false),
                Schema.of(column("b", 1)), List.of("b"), new double[] {0.3}, new double[] {0}, new double[] {1});
        // (y lambda + 1)^(1 / lambda) has no real value for y = -4: -0.2 to the power 10 / 3 is NaN
        assertRejected(() -> model.inverseTransform(column("b", 1, -4)), "PowerTransformerModel.inverseTransform",
                "'b'", "row 1");
    }

    @Test
    void theFactoryRefusesAStateItCouldNotHaveFitted() {
        PowerTransformer power = new PowerTransformer();
        Schema schema = Schema.of(table());
        List<String> columns = List.of("a", "b");
        assertRejected(() -> PowerTransformerModel.of(power, schema, columns, new double[] {1, Double.NaN},
                new double[2], new double[] {1, 1}), "lambdas");
        assertRejected(() -> PowerTransformerModel.of(power, schema, columns, new double[] {1},
                new double[2], new double[] {1, 1}), "lambdas");
        assertRejected(() -> PowerTransformerModel.of(power, schema, columns, new double[] {1, 1},
                new double[2], new double[] {1, -1}), "scale");
        assertRejected(() -> PowerTransformerModel.of(power.standardize(false), schema, columns, new double[] {1, 1},
                new double[] {0, 3}, new double[] {1, 1}), "'b'");
        assertRejected(() -> PowerTransformerModel.of(power, schema, List.of("a"), new double[] {1},
                new double[1], new double[] {1}), "PowerTransformerModel");
    }

    @Test
    void aTableWithoutAFittedColumnIsRefusedNamingIt() {
        PowerTransformerModel model = new PowerTransformer().fit(table());
        assertRejected(() -> model.transform(table().removeColumns("b")), "'b'");
        assertRejected(() -> model.inverseTransform(table().removeColumns("a")), "'a'");
    }

    @Test
    void printsItsColumnsAndLambdas() {
        String text = new PowerTransformer().fit(table()).toString();
        assertTrue(text.startsWith("PowerTransformerModel on [a, b]: lambdas ["), text);
    }
}
