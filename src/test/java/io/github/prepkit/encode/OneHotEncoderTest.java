package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.TableAssertions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Expected tables computed by hand and checked against pandas 1.5.3's get_dummies on the same data. */
class OneHotEncoderTest {

    static Table table() {
        return Table.create("t",
                IntColumn.create("id", 1, 2, 3, 4, 5),
                StringColumn.create("color", "red", "blue", "red", "green", ""),
                DoubleColumn.create("n", 3, 1, 3, 2.5, Double.NaN),
                IntColumn.create("k", 10, 2, 10, 2, 2));
    }

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void encodesEveryStringColumnInItsPlaceByDefault() {
        Table encoded = new OneHotEncoder().fitTransform(table());
        assertEquals(List.of("id", "color_blue", "color_green", "color_red", "n", "k"), encoded.columnNames());
        assertEquals(ColumnType.INTEGER, encoded.column("color_red").type());
        assertArrayEquals(new int[] {0, 1, 0, 0, 0}, encoded.intColumn("color_blue").asIntArray());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0}, encoded.intColumn("color_green").asIntArray());
        assertArrayEquals(new int[] {1, 0, 1, 0, 0}, encoded.intColumn("color_red").asIntArray(), "missing: all zeros");
        assertArrayEquals(table().doubleColumn("n").asDoubleArray(), encoded.doubleColumn("n").asDoubleArray());
        assertArrayEquals(table().intColumn("k").asIntArray(), encoded.intColumn("k").asIntArray());
    }

    @Test
    void namedNumericColumnsAreEncodedByValueInNumberOrder() {
        Table encoded = new OneHotEncoder().columns("n", "k").fitTransform(table());
        assertEquals(List.of("id", "color", "n_1", "n_2.5", "n_3", "k_2", "k_10"), encoded.columnNames(),
                "pandas writes n_1.0 and n_3.0 for a double column; whole numbers lose the fraction here");
        assertArrayEquals(new int[] {1, 0, 1, 0, 0}, encoded.intColumn("n_3").asIntArray());
        assertArrayEquals(new int[] {0, 1, 0, 1, 1}, encoded.intColumn("k_2").asIntArray());
        assertEquals(table().stringColumn("color").asList(), encoded.stringColumn("color").asList());
    }

    @Test
    void dropFirstAndDummyNaAsPandas() {
        // pandas: get_dummies(df, columns=["color", "n"], drop_first=True, dummy_na=True)
        Table encoded = new OneHotEncoder().columns("color", "n").dropFirst(true).dummyNa(true).fitTransform(table());
        assertEquals(List.of("id", "color_green", "color_red", "color_nan", "n_2.5", "n_3", "n_nan", "k"),
                encoded.columnNames());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1}, encoded.intColumn("color_nan").asIntArray());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0}, encoded.intColumn("color_green").asIntArray());
        assertArrayEquals(new int[] {1, 0, 1, 0, 0}, encoded.intColumn("color_red").asIntArray());
        assertArrayEquals(new int[] {0, 0, 0, 1, 0}, encoded.intColumn("n_2.5").asIntArray());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1}, encoded.intColumn("n_nan").asIntArray());
    }

    @Test
    void aSingleLevelColumnWithDropFirstDisappears() {
        Table single = Table.create("t", StringColumn.create("c", "a", "a"), IntColumn.create("x", 1, 2));
        assertEquals(List.of("x"), new OneHotEncoder().dropFirst(true).fitTransform(single).columnNames());
    }

    @Test
    void infrequentLevelsAreGroupedIntoOneColumn() {
        Table encoded = new OneHotEncoder().minFrequency(2).fitTransform(table());
        assertEquals(List.of("id", "color_red", "color_infrequent", "n", "k"), encoded.columnNames());
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, encoded.intColumn("color_infrequent").asIntArray());
    }

    @Test
    void aTableWithoutStringColumnsIsCopiedUnchanged() {
        Table numbers = table().removeColumns("color");
        Table encoded = new OneHotEncoder().fitTransform(numbers);
        TableAssertions.assertTableClose(numbers, encoded, 0);
        assertEquals(List.of(), new OneHotEncoder().fit(numbers).columns());
    }

    @Test
    void oneRowIsEnough() {
        Table encoded = new OneHotEncoder().fitTransform(table().first(1));
        assertEquals(List.of("id", "color_red", "n", "k"), encoded.columnNames());
        assertArrayEquals(new int[] {1}, encoded.intColumn("color_red").asIntArray());
    }

    @Test
    void theInputTableIsNotModified() {
        Table input = table();
        new OneHotEncoder().columns("color", "k").dummyNa(true).fitTransform(input);
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(table().columnNames(), input.columnNames());
    }

    @Test
    void hasScikitLearnsAndPandasDefaultsAndFluentCopies() {
        OneHotEncoder defaults = new OneHotEncoder();
        assertEquals(List.of(), defaults.columns());
        assertFalse(defaults.dropFirst());
        assertFalse(defaults.dummyNa());
        assertEquals(HandleUnknown.ERROR, defaults.handleUnknown());
        assertEquals(0, defaults.minFrequency());
        OneHotEncoder changed = defaults.columns("color").dropFirst(true).dummyNa(true)
                .handleUnknown(HandleUnknown.IGNORE).minFrequency(0.05);
        assertEquals(new OneHotEncoder(List.of("color"), true, true, HandleUnknown.IGNORE, 0.05), changed);
        assertEquals(new OneHotEncoder(), defaults, "the receiver is unchanged");
        assertEquals(3, defaults.minFrequency(3).minFrequency(), "an int count widens to the same parameter");
    }

    @Test
    void invalidParametersFailAtConstructionNamingThem() {
        String allowed = "OneHotEncoder: minFrequency must be 0 (off), a fraction in (0, 1) or a whole count >= 1, found ";
        for (double bad : new double[] {-1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals(allowed + bad, message(() -> new OneHotEncoder().minFrequency(bad)));
        }
        assertEquals("OneHotEncoder: column 'color' is listed twice in columns [color, size, color]",
                message(() -> new OneHotEncoder().columns("color", "size", "color")));
        assertEquals("handleUnknown must not be null", message(() -> new OneHotEncoder().handleUnknown(null)));
        assertEquals("columns must not be null", message(() -> new OneHotEncoder().columns((String[]) null)));
        assertEquals("OneHotEncoder: columns must not contain null, found [a, null]", message(() -> new OneHotEncoder().columns("a", null)));
    }

    @Test
    void badTablesFailNamingTheProblem() {
        assertEquals("OneHotEncoder: cannot fit on an empty table (0 rows)",
                message(() -> new OneHotEncoder().fit(table().emptyCopy())));
        assertEquals("table must not be null", message(() -> new OneHotEncoder().fit(null)));
        assertTrue(message(() -> new OneHotEncoder().columns("size").fit(table()))
                .startsWith("OneHotEncoder: column 'size' not found; the table has columns [id, color, n, k]"));
        Table withDates = table().addColumns(DateColumn.create("day", Arrays.asList(new LocalDate[5])));
        assertEquals("OneHotEncoder: column 'day' must be numeric or a string column, found LOCAL_DATE",
                message(() -> new OneHotEncoder().columns("color", "day").fit(withDates)));
    }

    @Test
    void levelsThatDifferOnlyInCaseOrSpacesFailAtFitNamingBothDummies() {
        Table colours = Table.create("t", StringColumn.create("color", "Red", "red", "blue"));
        assertEquals("OneHotEncoderModel: the dummy columns 'color_Red' and 'color_red' would be one column to Tablesaw,"
                + " which ignores case and surrounding spaces in names; make the levels differ by more than that"
                + " (normalise the text before encoding)", message(() -> new OneHotEncoder().fit(colours)));
        Table spaced = Table.create("t", StringColumn.create("color", "a", "a ", "b"));
        assertTrue(message(() -> new OneHotEncoder().fit(spaced)).contains("'color_a' and 'color_a '"));
    }

    @Test
    void aDummyNameTakenByAnotherColumnFails() {
        Table clash = table().addColumns(IntColumn.create("color_red", 0, 0, 0, 0, 0));
        assertEquals("OneHotEncoderModel: the dummy column 'color_red' of column 'color' would take the name of column"
                + " 'color_red' (Tablesaw ignores case and surrounding spaces in names); rename that column",
                message(() -> new OneHotEncoder().fit(clash)));
        Table upper = table().addColumns(IntColumn.create("Color_Red ", 0, 0, 0, 0, 0));
        assertTrue(message(() -> new OneHotEncoder().fit(upper)).contains("would take the name of column 'Color_Red'"));
        Table nanLevel = Table.create("t", StringColumn.create("c", "nan", "a", ""));
        assertTrue(message(() -> new OneHotEncoder().dummyNa(true).fit(nanLevel)).contains("'c_nan'"));
        assertEquals(List.of("c_a", "c_nan"), new OneHotEncoder().fit(nanLevel).dummyColumns("c"),
                "without dummyNa the level \"nan\" is an ordinary level");
    }
}
