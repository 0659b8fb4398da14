package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Model;
import io.github.prepkit.persist.ModelFileException;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.reference.LogRecords;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FunctionTransformerTest {

    private static Table table() {
        return Table.create("t", DoubleColumn.create("x", new double[] {0, Math.E - 1, Double.NaN, -1}),
                StringColumn.create("name", "a", "b", "c", "d"), IntColumn.create("k", new int[] {1, 2, 3, 4}));
    }

    private static double[] column(Table table, String name) {
        return table.doubleColumn(name).asDoubleArray();
    }

    @Test
    void theFunctionIsAppliedToEveryValueAndTheInverseUndoesIt() {
        FunctionTransformerModel model = new FunctionTransformer().func(Math::log1p).inverseFunc(Math::expm1)
                .fit(table());
        Table out = model.transform(table());
        // np.log1p([0, e - 1, nan, -1]) = [0, 1, nan, -inf]: a missing value goes in as NaN, -inf comes out as it is
        assertArrayEquals(new double[] {0, Math.log1p(Math.E - 1), Double.NaN, Double.NEGATIVE_INFINITY}, column(out, "x"));
        assertArrayEquals(new double[] {Math.log1p(1), Math.log1p(2), Math.log1p(3), Math.log1p(4)}, column(out, "k"));
        assertEquals(List.of("x", "name", "k"), out.columnNames());
        assertEquals(ColumnType.DOUBLE, out.column("k").type());
        Table back = model.inverseTransform(model.transform(table().dropRows(3)));
        TableAssertions.assertTableClose(table().dropRows(3), back, 1e-15);
    }

    @Test
    void infinityGoesToTheFunctionAsScikitLearnsDefaultPassesIt() {
        Table infinite = Table.create("t", DoubleColumn.create("x", new double[] {Double.POSITIVE_INFINITY, 2}));
        DoubleUnaryOperator clean = x -> Double.isInfinite(x) ? 0 : x;
        assertArrayEquals(new double[] {0, 2}, column(new FunctionTransformer().func(clean).fitTransform(infinite), "x"));
    }

    @Test
    void withoutFunctionsItIsTheIdentityBothWays() {
        FunctionTransformer identity = new FunctionTransformer();
        assertNull(identity.func());
        assertNull(identity.inverseFunc());
        FunctionTransformerModel model = identity.fit(table());
        assertArrayEquals(column(table(), "x"), column(model.transform(table()), "x"));
        assertArrayEquals(new double[] {1, 2, 3, 4}, column(model.inverseTransform(table()), "k"));
    }

    @Test
    void columnsNarrowsTheTransformedColumnsAndOthersPassThrough() {
        Table out = new FunctionTransformer().func(x -> 10 * x).columns("k").fitTransform(table());
        assertArrayEquals(new double[] {10, 20, 30, 40}, column(out, "k"));
        assertArrayEquals(column(table(), "x"), column(out, "x"));
    }

    @Test
    void fitWarnsWhenTheInverseDoesNotUndoTheFunctionAsScikitLearnsCheckInverse() {
        List<LogRecord> records = logged(() -> new FunctionTransformer().func(x -> 2 * x).inverseFunc(x -> x)
                .fit(table()));
        assertEquals(1, records.size());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertTrue(records.get(0).getMessage().contains("not strictly inverse of each other (column 'x', row 1"),
                records.get(0).getMessage());
        // a true inverse (missing values skipped), checkInverse(false), or no inverse function: no warning
        assertEquals(List.of(), logged(() -> new FunctionTransformer().func(Math::log1p).inverseFunc(Math::expm1)
                .fit(table())));
        assertEquals(List.of(), logged(() -> new FunctionTransformer().func(x -> 2 * x).inverseFunc(x -> x)
                .checkInverse(false).fit(table())));
        assertEquals(List.of(), logged(() -> new FunctionTransformer().func(x -> 2 * x).fit(table())));
    }

    private static List<LogRecord> logged(Supplier<FunctionTransformerModel> fit) {
        try (LogRecords records = LogRecords.of(FunctionTransformer.class)) {
            fit.get();
            return records.list();
        }
    }

    @Test
    void aModelHoldingAFunctionCannotBeSavedAndSaysWhy() {
        FunctionTransformerModel model = new FunctionTransformer().func(Math::sqrt).fit(table());
        IllegalArgumentException e = assertRejected(() -> ModelFiles.toBytes(model), "/estimator/params/func",
                "not user code such as a lambda");
        assertFalse(e instanceof ModelFileException, "a bad argument, not a bad file");
        Model grouped = new ColumnTransformer().add("log", List.of("x"), new FunctionTransformer().inverseFunc(Math::exp))
                .remainder(ColumnTransformer.Remainder.PASSTHROUGH).fit(table());
        assertRejected(() -> ModelFiles.toBytes(grouped), "inverseFunc", "not user code such as a lambda");
    }

    @Test
    void theIdentityIsSavedAndLoaded() {
        FunctionTransformerModel model = new FunctionTransformer().checkInverse(false).columns("k").fit(table());
        FunctionTransformerModel loaded = ModelFiles.fromBytes(ModelFiles.toBytes(model), FunctionTransformerModel.class);
        assertEquals(model.estimator(), loaded.estimator());
        assertTableIdentical(model.transform(table()), loaded.transform(table()));
    }

    @Test
    void theInputIsNotModifiedAndFluentMethodsCopy() {
        Table input = table();
        FunctionTransformer identity = new FunctionTransformer();
        identity.func(x -> -x).inverseFunc(x -> -x).checkInverse(false).columns("x").fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(new FunctionTransformer(null, null, true, List.of()), identity);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertRejected(() -> new FunctionTransformer().func(null), "FunctionTransformer: func must not be null");
        assertRejected(() -> new FunctionTransformer().inverseFunc(null), "FunctionTransformer: inverseFunc must not be"
                + " null");
        assertRejected(() -> new FunctionTransformer().fit(table().emptyCopy()), "FunctionTransformer: cannot fit on an"
                + " empty table");
        assertRejected(() -> new FunctionTransformer().columns("name").fit(table()),
                "FunctionTransformer: column 'name' must be numeric, found STRING");
    }
}
