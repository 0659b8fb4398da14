package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.impute.MissingIndicator.Features;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MissingIndicatorTest {

    private static final double NaN = Double.NaN;

    /** x has a gap in row 1, s in row 2; n and flag have none. */
    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", new double[] {1, NaN, 3}),
                IntColumn.create("n", new int[] {4, 5, 6}),
                StringColumn.create("s", "a", "b", ""),
                BooleanColumn.create("flag", true, false, true));
    }

    private static double[] doubles(Table table, String column) {
        return table.doubleColumn(column).asDoubleArray();
    }

    @Test
    void givesIndicatorsToTheColumnsWithGapsAtFitAndOutputsOnlyThem() {
        MissingIndicatorModel model = new MissingIndicator().fit(table());
        assertEquals(List.of("x", "s"), model.columns());
        Table indicators = model.transform(table());
        assertEquals(List.of("x_missing", "s_missing"), indicators.columnNames());
        assertEquals("t", indicators.name());
        assertArrayEquals(new double[] {0, 1, 0}, doubles(indicators, "x_missing"));
        assertArrayEquals(new double[] {0, 0, 1}, doubles(indicators, "s_missing"));
    }

    @Test
    void featuresAllGivesEveryNumericAndStringColumnAnIndicator() {
        Table indicators = new MissingIndicator().features(Features.ALL).fitTransform(table());
        assertEquals(List.of("x_missing", "n_missing", "s_missing"), indicators.columnNames());
        assertArrayEquals(new double[] {0, 0, 0}, doubles(indicators, "n_missing"));
    }

    @Test
    void newGapsFailByDefaultAndAreIgnoredWithoutErrorOnNew() {
        IntColumn n = IntColumn.create("n", new int[] {4, 5, 6});
        n.setMissing(0);
        Table later = table().replaceColumn("n", n);

        IllegalArgumentException fresh = assertThrows(IllegalArgumentException.class,
                () -> new MissingIndicator().fit(table()).transform(later));
        assertEquals("MissingIndicatorModel.transform: column(s) [n] have missing values but had none at fit, so they"
                + " have no indicator column; fit on data with gaps there, use Features.ALL, or errorOnNew(false)"
                + " to ignore them", fresh.getMessage());

        Table ignored = new MissingIndicator().errorOnNew(false).fit(table()).transform(later);
        assertEquals(List.of("x_missing", "s_missing"), ignored.columnNames());
        Table all = new MissingIndicator().features(Features.ALL).fit(table()).transform(later);
        assertArrayEquals(new double[] {1, 0, 0}, doubles(all, "n_missing"));
    }

    @Test
    void columnsNarrowsWhatIsLookedAt() {
        MissingIndicatorModel model = new MissingIndicator().columns("s", "n").fit(table());
        assertEquals(List.of("s"), model.columns());
        Table later = table().replaceColumn("x", DoubleColumn.create("x", new double[] {NaN, NaN, NaN}));
        assertEquals(List.of("s_missing"), model.transform(later).columnNames(), "x is not looked at: no error");
    }

    @Test
    void producesTheSameColumnsAsSimpleImputersIndicator() {
        Table indicators = new MissingIndicator().fitTransform(table());
        Table imputed = new SimpleImputer().strategy(SimpleImputer.Strategy.MOST_FREQUENT).addIndicator(true)
                .fitTransform(table());
        for (String name : indicators.columnNames()) {
            assertArrayEquals(doubles(indicators, name), doubles(imputed, name), name);
        }
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        MissingIndicator defaults = new MissingIndicator();
        assertEquals(Features.MISSING_ONLY, defaults.features());
        assertTrue(defaults.errorOnNew());
        assertEquals(List.of(), defaults.columns());
        MissingIndicator changed = defaults.features(Features.ALL).errorOnNew(false).columns("x");
        assertEquals(new MissingIndicator(Features.ALL, false, List.of("x")), changed);
        assertFalse(changed.errorOnNew());
    }

    @Test
    void inputTableIsNotModified() {
        Table input = table();
        new MissingIndicator().fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("MissingIndicator features must not be null", assertThrows(IllegalArgumentException.class,
                () -> new MissingIndicator().features(null)).getMessage());
        assertEquals("MissingIndicator columns must not be null", assertThrows(IllegalArgumentException.class,
                () -> new MissingIndicator(Features.ALL, true, null)).getMessage());
        assertEquals("MissingIndicator: cannot fit on an empty table (0 rows)", assertThrows(
                IllegalArgumentException.class, () -> new MissingIndicator().fit(table().emptyCopy())).getMessage());
        assertEquals("MissingIndicator: column 'flag' must be numeric or a string column, found BOOLEAN",
                assertThrows(IllegalArgumentException.class,
                        () -> new MissingIndicator().columns("flag").fit(table())).getMessage());
        IllegalArgumentException schema = assertThrows(IllegalArgumentException.class,
                () -> new MissingIndicator().fit(table()).transform(table().removeColumns("flag")));
        assertTrue(schema.getMessage().contains("column 'flag' is missing"), schema.getMessage());
    }
}
