package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FunctionTransformerModelTest {

    private static final FunctionTransformer SQUARE = new FunctionTransformer().func(x -> x * x)
            .inverseFunc(Math::sqrt);

    private static Table table(double... x) {
        return Table.create("t", DoubleColumn.create("x", x), StringColumn.create("s", new String[x.length]));
    }

    @Test
    void itRemembersTheColumnsAndAppliesTheFunctionsToALaterTable() {
        FunctionTransformerModel model = SQUARE.fit(table(1, 2));
        assertEquals(List.of("x"), model.columns());
        assertArrayEquals(new double[] {9, 0.25}, model.transform(table(-3, 0.5)).doubleColumn("x").asDoubleArray());
        assertArrayEquals(new double[] {3, 0.5}, model.inverseTransform(table(9, 0.25)).doubleColumn("x").asDoubleArray());
    }

    @Test
    void transformLeavesTheInputAlone() {
        FunctionTransformerModel model = SQUARE.fit(table(1, 2));
        assertInputUnchanged(table(4, Double.NaN), model::transform, model::inverseTransform);
    }

    @Test
    void aMissingOrExtraColumnFailsNamingIt() {
        FunctionTransformerModel model = SQUARE.fit(table(1, 2));
        assertRejected(() -> model.transform(table(1).removeColumns("s")), "FunctionTransformerModel.transform",
                "column 's' is missing");
        assertRejected(() -> model.inverseTransform(table(1).addColumns(DoubleColumn.create("y", 1.0))),
                "FunctionTransformerModel.inverseTransform", "column 'y' was not seen at fit");
    }

    @Test
    void ofRebuildsTheModelAndRejectsColumnsTheEstimatorWouldNotSelect() {
        FunctionTransformerModel model = SQUARE.fit(table(1, 2));
        FunctionTransformerModel rebuilt = FunctionTransformerModel.of(model.estimator(), model.schema(), model.columns());
        assertTableIdentical(model.transform(table(5, -1)), rebuilt.transform(table(5, -1)));
        Schema schema = model.schema();
        assertRejected(() -> FunctionTransformerModel.of(SQUARE, schema, List.of()), "selects [x]");
        assertRejected(() -> FunctionTransformerModel.of(SQUARE.columns("s"), schema, List.of("s")),
                "column 's' must be numeric, found STRING");
    }

    @Test
    void itPrintsItsTypeColumnsAndWhichFunctionsItHolds() {
        assertEquals("FunctionTransformerModel on [x]: func given, inverseFunc given", SQUARE.fit(table(1)).toString());
        assertEquals("FunctionTransformerModel on [x]: func identity, inverseFunc identity",
                new FunctionTransformer().fit(table(1)).toString());
    }
}
