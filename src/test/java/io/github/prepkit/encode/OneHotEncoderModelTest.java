package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.LogRecords;
import io.github.prepkit.reference.TableAssertions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class OneHotEncoderModelTest {

    /** Training table: color red, blue, red, green, missing; k 10, 2, 10, 2, 2. */
    private static Table train() {
        return OneHotEncoderTest.table();
    }

    /** A test table of the training schema with the given colors and k (as doubles); id and n are zeros. */
    private static Table test(String[] colors, double[] k) {
        int[] ids = new int[colors.length];
        double[] n = new double[colors.length];
        return Table.create("test", IntColumn.create("id", ids), StringColumn.create("color", colors),
                DoubleColumn.create("n", n), DoubleColumn.create("k", k));
    }

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void aTestTableGetsTheTrainingColumnsWhateverLevelsItHolds() {
        OneHotEncoderModel model = new OneHotEncoder().columns("color", "k").fit(train());
        Table encoded = model.transform(test(new String[] {"red", "red"}, new double[] {10, 10}));
        assertEquals(List.of("id", "color_blue", "color_green", "color_red", "n", "k_2", "k_10"), encoded.columnNames());
        assertArrayEquals(new int[] {0, 0}, encoded.intColumn("color_blue").asIntArray());
        assertArrayEquals(new int[] {1, 1}, encoded.intColumn("color_red").asIntArray());
        assertArrayEquals(new int[] {1, 1}, encoded.intColumn("k_10").asIntArray(), "k fitted as int, read as double");
    }

    @Test
    void remembersTheLevelsAsScikitLearnsCategories() {
        OneHotEncoderModel model = new OneHotEncoder().columns("color", "n").minFrequency(2).fit(train());
        assertEquals(List.of("color", "n"), model.columns());
        assertEquals(Map.of("color", List.of("blue", "green", "red"), "n", List.of("1", "2.5", "3")), model.categories());
        assertEquals(List.of("color", "n"), List.copyOf(model.categories().keySet()), "table order");
        assertEquals(List.of("1", "2.5", "3"), model.levels("n"));
        assertEquals(List.of("blue", "green"), model.infrequentLevels("color"));
        assertEquals(List.of("color_red", "color_infrequent"), model.dummyColumns("color"));
        assertThrows(UnsupportedOperationException.class, () -> model.categories().put("x", List.of()));
        assertThrows(UnsupportedOperationException.class, () -> model.levels("color").add("x"));
        assertEquals("OneHotEncoderModel: column 'id' was not encoded; the encoded columns are [color, n]",
                message(() -> model.levels("id")));
    }

    @Test
    void anUnseenLevelFailsByDefaultNamingColumnLevelAndRow() {
        OneHotEncoderModel model = new OneHotEncoder().columns("color", "k").fit(train());
        assertEquals("OneHotEncoderModel.transform: column 'color' has level 'purple' at row 1, not seen at fit "
                + "(levels seen: [blue, green, red]); use handleUnknown(IGNORE) to encode unseen levels as all zeros",
                message(() -> model.transform(test(new String[] {"red", "purple"}, new double[] {2, 2}))));
        assertTrue(message(() -> model.transform(test(new String[] {"red", ""}, new double[] {2, 7})))
                .contains("column 'k' has level '7' at row 1"), "a missing color is not unknown");
    }

    @Test
    void ignoreEncodesAnUnseenLevelAsAllZerosNotAsInfrequent() {
        OneHotEncoderModel model = new OneHotEncoder().handleUnknown(HandleUnknown.IGNORE).minFrequency(2).fit(train());
        Table encoded = model.transform(test(new String[] {"purple", "blue", "red"}, new double[] {2, 2, 2}));
        assertArrayEquals(new int[] {0, 0, 1}, encoded.intColumn("color_red").asIntArray());
        assertArrayEquals(new int[] {0, 1, 0}, encoded.intColumn("color_infrequent").asIntArray(),
                "blue was infrequent at fit; purple is unknown");
    }

    @Test
    void ignoreWithADroppedColumnWarnsAsScikitLearn() {
        try (LogRecords logged = LogRecords.of(OneHotEncoderModel.class)) {
            OneHotEncoder ignore = new OneHotEncoder().handleUnknown(HandleUnknown.IGNORE);
            Table unseen = test(new String[] {"red", "purple", "pink"}, new double[] {2, 2, 2});
            ignore.fit(train()).transform(unseen);
            assertEquals(List.of(), logged.list(), "no column dropped: all zeros is unambiguous");
            Table encoded = ignore.dropFirst(true).fit(train()).transform(unseen);
            assertEquals(List.of("id", "color_green", "color_red", "n", "k"), encoded.columnNames());
            assertArrayEquals(new int[] {1, 0, 0}, encoded.intColumn("color_red").asIntArray());
            List<LogRecord> records = logged.list();
            assertEquals(1, records.size());
            assertEquals(Level.WARNING, records.get(0).getLevel());
            assertEquals("OneHotEncoderModel.transform: column 'color' has 2 row(s) with a level not seen at fit "
                    + "(first: 'purple'); they are encoded as all zeros, like the dropped column 'color_blue'",
                    records.get(0).getMessage());
        }
    }

    @Test
    void aLongLevelListIsShortenedInTheMessage() {
        String[] many = new String[30];
        for (int i = 0; i < many.length; i++) {
            many[i] = String.format("l%02d", i);
        }
        OneHotEncoderModel model = new OneHotEncoder().fit(Table.create("t", StringColumn.create("c", many)));
        String error = message(() -> model.transform(Table.create("t", StringColumn.create("c", "zz"))));
        assertTrue(error.contains("(levels seen: [l00, l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, "
                + "l14, l15, l16, l17, l18, l19, ... (30 levels)])"), error);
    }

    @Test
    void anEmptyTestTableGetsTheDummyColumnsWithNoRow() {
        Table encoded = new OneHotEncoder().fit(train()).transform(train().emptyCopy());
        assertEquals(List.of("id", "color_blue", "color_green", "color_red", "n", "k"), encoded.columnNames());
        assertEquals(0, encoded.rowCount());
    }

    @Test
    void aTestTableWithOtherColumnsFailsNamingThem() {
        OneHotEncoderModel model = new OneHotEncoder().fit(train());
        String extra = message(() -> model.transform(train().addColumns(IntColumn.create("extra", 1, 2, 3, 4, 5))));
        assertTrue(extra.startsWith("OneHotEncoderModel.transform: the table does not match the one seen at fit: "
                + "column 'extra' was not seen at fit"), extra);
        assertTrue(message(() -> model.transform(train().removeColumns("k"))).contains("column 'k' is missing"));
        Table colorAsNumber = train().replaceColumn("color", DoubleColumn.create("color", 1, 2, 3, 4, 5));
        assertTrue(message(() -> model.transform(colorAsNumber)).contains("column 'color' was STRING at fit, found DOUBLE"));
    }

    @Test
    void transformDoesNotModifyItsInput() {
        OneHotEncoderModel model = new OneHotEncoder().columns("color", "n").dummyNa(true).fit(train());
        Table input = train();
        model.transform(input);
        TableAssertions.assertTableClose(train(), input, 0);
        assertEquals(train().columnNames(), input.columnNames());
    }

    @Test
    void fittingTwiceGivesTheSameEncoding() {
        OneHotEncoder encoder = new OneHotEncoder().columns("color", "k").minFrequency(0.3);
        TableAssertions.assertTableClose(encoder.fitTransform(train()), encoder.fitTransform(train()), 0);
        assertEquals(encoder.fit(train()).categories(), encoder.fit(train()).categories());
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        OneHotEncoder ignore = new OneHotEncoder().handleUnknown(HandleUnknown.IGNORE);
        Table known = test(new String[] {"red", "", "green", "blue"}, new double[] {2, 10, Double.NaN, 2});
        Table unseen = test(new String[] {"red", "", "purple", "blue"}, new double[] {2, 7, Double.NaN, 10});
        for (OneHotEncoder encoder : List.of(new OneHotEncoder(), ignore.columns("color", "n", "k").dropFirst(true)
                .dummyNa(true), ignore.columns("color", "k").minFrequency(2), ignore.columns("n", "color")
                .minFrequency(0.3).dummyNa(true).dropFirst(true))) {
            OneHotEncoderModel model = encoder.fit(train());
            OneHotEncoderModel rebuilt = OneHotEncoderModel.of(model.estimator(), model.schema(), model.categories(),
                    model.infrequentLevels());
            Table table = encoder.handleUnknown() == HandleUnknown.IGNORE ? unseen : known;
            assertTableIdentical(model.transform(table), rebuilt.transform(table));
            assertEquals(encoder, rebuilt.estimator());
            assertEquals(model.toString(), rebuilt.toString());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        OneHotEncoderModel model = new OneHotEncoder().columns("color", "k").minFrequency(2).fit(train());
        OneHotEncoder encoder = model.estimator();
        Schema schema = model.schema();
        Map<String, List<String>> levels = model.categories();
        Map<String, List<String>> infrequent = model.infrequentLevels();
        assertEquals(Map.of("color", List.of("blue", "green"), "k", List.of()), infrequent);
        Map<String, List<String>> kFirst = new LinkedHashMap<>();
        kFirst.put("k", List.of("2", "10"));
        kFirst.put("color", List.of("blue", "green", "red"));
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, kFirst, infrequent),
                "OneHotEncoderModel: the columns parameter [color, k] selects [color, k] on the fitted columns, but the"
                + " state is for [k, color]");
        assertRejected(() -> OneHotEncoderModel.of(new OneHotEncoder(), schema, levels, infrequent),
                "OneHotEncoderModel: column 'k' must be a string column, found INTEGER");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, levels, Map.of("color", List.of())),
                "OneHotEncoderModel: infrequentLevels must have the columns of categories [color, k], found [color]");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, with(levels, "color", List.of("red", "blue")),
                infrequent), "OneHotEncoderModel: levels of column 'color': level 'blue' must not be empty");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, with(levels, "color", List.of("", "blue")),
                infrequent), "levels of column 'color': level ''");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, with(levels, "k", List.of("2", "10.0")),
                infrequent), "OneHotEncoderModel: levels of column 'k': level '10.0' must be a number");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, with(levels, "k", null), infrequent),
                "OneHotEncoderModel: levels of column 'k' must not be null");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, levels, with(infrequent, "color",
                List.of("purple"))), "OneHotEncoderModel: infrequentLevels of column 'color' must hold some of"
                + " [blue, green, red], each once, in their order; 'purple' is not among them");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, levels, with(infrequent, "color",
                List.of("green", "blue"))), "'blue' is repeated or out of order");
        assertRejected(() -> OneHotEncoderModel.of(encoder.minFrequency(0), schema, levels, infrequent),
                "OneHotEncoderModel: infrequentLevels of column 'color' must be empty: minFrequency 0.0 groups no"
                + " level, found [blue, green]");
        Map<String, List<String>> nanLevel = with(levels, "color", List.of("blue", "nan"));
        assertRejected(() -> OneHotEncoderModel.of(encoder.dummyNa(true), schema, nanLevel, with(infrequent, "color",
                List.of())), "OneHotEncoderModel: the dummy columns 'color_nan' and 'color_nan' would be one column");
        assertRejected(() -> OneHotEncoderModel.of(encoder, schema, levels, null),
                "OneHotEncoderModel: infrequentLevels must not be null");
    }

    /** A copy of {@code map} with {@code key} mapped to {@code value}, which may be null. */
    private static Map<String, List<String>> with(Map<String, List<String>> map, String key, List<String> value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    @Test
    void itPrintsItsTypeColumnsAndLevels() {
        assertEquals("OneHotEncoderModel on [color]: levels [color=[blue, green, red]]",
                new OneHotEncoder().fit(train()).toString());
        assertEquals("OneHotEncoderModel on [color, k]: levels [color=[blue, green, red], k=[2, 10]], infrequentLevels"
                + " [color=[blue, green]]",
                new OneHotEncoder().columns("color", "k").minFrequency(2).fit(train()).toString());
    }
}
