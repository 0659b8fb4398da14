package io.github.prepkit.impute;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.MissingIndicator.Features;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MissingIndicatorModelTest {

    private static final double NaN = Double.NaN;

    /** x has a gap in row 0, s in row 2, n none. */
    private static Table train() {
        return Table.create("train",
                DoubleColumn.create("x", new double[] {NaN, 1, 2}),
                IntColumn.create("n", new int[] {1, 2, 3}),
                StringColumn.create("s", "a", "b", ""));
    }

    private static Table later(double[] x, String... s) {
        return Table.create("later", DoubleColumn.create("x", x), IntColumn.create("n", new int[x.length]),
                StringColumn.create("s", s));
    }

    @Test
    void columnsFollowTheOrderTheyWereAskedForAndAreUnmodifiable() {
        MissingIndicatorModel model = new MissingIndicator().columns("s", "n", "x").fit(train());
        assertEquals(List.of("s", "x"), model.columns(), "n had no gap at fit");
        assertEquals(List.of("s_missing", "x_missing"), model.transform(train()).columnNames());
        assertThrows(UnsupportedOperationException.class, () -> model.columns().add("n"));
    }

    @Test
    void transformFlagsTheGapsOfRowsNotSeenAtFitAsDoubles() {
        Table flags = new MissingIndicator().fit(train()).transform(later(new double[] {1, NaN, NaN, 4}, "", "", "c", "d"));
        assertEquals("later", flags.name());
        assertEquals(4, flags.rowCount());
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.DOUBLE),
                flags.columns().stream().map(column -> column.type()).toList());
        assertArrayEquals(new double[] {0, 1, 1, 0}, flags.doubleColumn("x_missing").asDoubleArray());
        assertArrayEquals(new double[] {1, 1, 0, 0}, flags.doubleColumn("s_missing").asDoubleArray());
    }

    @Test
    void aTableWithoutGapsGetsAllZeroFlags() {
        Table flags = new MissingIndicator().fit(train()).transform(later(new double[] {5, 6}, "p", "q"));
        assertArrayEquals(new double[] {0, 0}, flags.doubleColumn("x_missing").asDoubleArray());
        assertArrayEquals(new double[] {0, 0}, flags.doubleColumn("s_missing").asDoubleArray());
    }

    @Test
    void aNewGapFailsNamingItsColumnOnlyWhenTheColumnHasNoIndicator() {
        IntColumn n = IntColumn.create("n", new int[] {1, 2});
        n.setMissing(1);
        Table gapInN = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}), n, StringColumn.create("s", "a", "b"));
        assertRejected(() -> new MissingIndicator().fit(train()).transform(gapInN),
                "MissingIndicatorModel.transform: column(s) [n] have missing values");
        assertArrayEquals(new double[] {0, 1},
                new MissingIndicator().features(Features.ALL).fit(train()).transform(gapInN).doubleColumn("n_missing")
                        .asDoubleArray(), "with ALL, n has an indicator and its new gap is flagged");
    }

    @Test
    void aSecondCallGivesTheSameTable() {
        MissingIndicatorModel model = new MissingIndicator().fit(train());
        Table table = later(new double[] {NaN, 3}, "z", "");
        assertEquals(model.transform(table).printAll(), model.transform(table).printAll());
    }

    @Test
    void aModelWithoutIndicatorColumnsReturnsATableWithoutColumns() {
        // no gap at fit: scikit-learn returns an (n, 0) array; a Tablesaw table without columns has 0 rows
        Table full = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3}));
        MissingIndicatorModel model = new MissingIndicator().fit(full);
        assertEquals(List.of(), model.columns());
        Table flags = model.transform(full);
        assertEquals("t", flags.name());
        assertEquals(0, flags.columnCount());
    }

    @Test
    void transformLeavesTheInputAlone() {
        assertInputUnchanged(later(new double[] {NaN, 3}, "", "y"),
                new MissingIndicator().features(Features.ALL).fit(train())::transform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        MissingIndicatorModel model = new MissingIndicator().fit(train());
        assertRejected(() -> model.transform(train().removeColumns("n")),
                "MissingIndicatorModel.transform: the table does not match", "column 'n' is missing");
        assertRejected(() -> model.transform(train().addColumns(StringColumn.create("t", "", "", ""))),
                "column 't' was not seen at fit");
        assertRejected(() -> model.transform(train().replaceColumn("x", StringColumn.create("x", "", "1", "2"))),
                "column 'x' was DOUBLE at fit, found STRING");
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        IntColumn n = IntColumn.create("n", new int[] {1, 2, 3});
        n.setMissing(2);
        Table gaps = later(new double[] {NaN, 7, NaN}, "", "z", "").replaceColumn("n", n);
        for (MissingIndicator indicator : List.of(new MissingIndicator().errorOnNew(false),
                new MissingIndicator().features(Features.ALL).columns("s", "n"),
                new MissingIndicator().errorOnNew(false).columns("n", "x"))) {
            MissingIndicatorModel model = indicator.fit(train());
            MissingIndicatorModel rebuilt = MissingIndicatorModel.of(model.estimator(), model.schema(),
                    model.selectedColumns(), model.columns());
            assertTableIdentical(model.transform(gaps), rebuilt.transform(gaps));
            assertEquals(indicator, rebuilt.estimator());
        }
        MissingIndicatorModel model = new MissingIndicator().fit(train());
        MissingIndicatorModel rebuilt = MissingIndicatorModel.of(model.estimator(), model.schema(),
                model.selectedColumns(), model.columns());
        assertRejected(() -> rebuilt.transform(gaps), "column(s) [n] have missing values but had none at fit");
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        MissingIndicatorModel model = new MissingIndicator().fit(train());
        MissingIndicator indicator = model.estimator();
        Schema schema = model.schema();
        List<String> selected = List.of("x", "n", "s");
        assertRejected(() -> MissingIndicatorModel.of(indicator, schema, List.of("x", "s"), List.of("x")),
                "MissingIndicatorModel: the columns parameter [] selects [x, n, s] on the fitted columns");
        assertRejected(() -> MissingIndicatorModel.of(indicator, schema, List.of("x", "q"), List.of("x")),
                "MissingIndicatorModel: column 'q' is not among the fitted columns");
        assertRejected(() -> MissingIndicatorModel.of(indicator, schema, selected, List.of("x", "q")),
                "MissingIndicatorModel: columns must hold some of [x, n, s], each once, in their order; 'q' is not among"
                + " them");
        assertRejected(() -> MissingIndicatorModel.of(indicator, schema, selected, List.of("s", "x")),
                "'x' is repeated or out of order");
        assertRejected(() -> MissingIndicatorModel.of(indicator, schema, selected, List.of("x", "x")),
                "'x' is repeated or out of order");
        assertRejected(() -> MissingIndicatorModel.of(indicator.features(Features.ALL), schema, selected,
                List.of("x", "s")), "MissingIndicatorModel: with features ALL every selected column [x, n, s] gets an"
                + " indicator, but the columns are [x, s]");
        assertRejected(() -> MissingIndicatorModel.of(indicator, schema, selected, null),
                "MissingIndicatorModel: columns must not be null");
        assertRejected(() -> MissingIndicatorModel.of(indicator, null, selected, List.of()),
                "MissingIndicatorModel: schema must not be null");
    }

    @Test
    void itPrintsItsTypeSelectedColumnsAndIndicators() {
        assertEquals("MissingIndicatorModel on [x, n, s]: indicators [x, s]",
                new MissingIndicator().fit(train()).toString());
    }
}
