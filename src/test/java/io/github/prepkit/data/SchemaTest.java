package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.scale.StandardScaler;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SchemaTest {

    private final Table fitted = Table.create("train",
            DoubleColumn.create("x", new double[] {1}), StringColumn.create("color", "red"));
    private final Schema schema = Schema.of(fitted);

    @Test
    void remembersNamesInOrder() {
        assertEquals(List.of("x", "color"), schema.names());
    }

    @Test
    void acceptsTheSameColumnsInAnyOrderAndAnyNumericType() {
        assertDoesNotThrow(() -> schema.check(fitted, "Step"));
        Table reordered = Table.create("test", StringColumn.create("color", "blue"), IntColumn.create("x", new int[] {2}));
        assertDoesNotThrow(() -> schema.check(reordered, "Step"));
    }

    @Test
    void namesMissingExtraAndMistypedColumns() {
        Table other = Table.create("test", StringColumn.create("x", "a"), DoubleColumn.create("size", new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> schema.check(other, "Step"));
        assertEquals("Step: the table does not match the one seen at fit: column 'x' was DOUBLE at fit, found STRING;"
                + " column 'color' is missing; column 'size' was not seen at fit (fitted on [x, color])", e.getMessage());
    }

    @Test
    void equalSchemasForEqualColumns() {
        assertEquals(schema, Schema.of(fitted.copy()));
        assertNotEquals(schema, Schema.of(fitted.selectColumns("x")));
    }

    @Test
    void aDoubleColumnBuiltBeforeTablesawsTypesLoadStillTakesOtherNumericTypes() throws Exception {
        // Tablesaw holds two DOUBLE type objects when a DoubleColumn is created before ColumnType is first loaded,
        // which only a fresh JVM shows: the check must compare types with equals, not ==
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", classPath, FreshJvm.class.getName()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    /** Fits a schema on a DoubleColumn before anything else of Tablesaw loads, then checks a LongColumn against it. */
    static final class FreshJvm {

        public static void main(String[] args) {
            Schema schema = Schema.of(Table.create("train", DoubleColumn.create("a", new double[] {1})));
            schema.check(Table.create("test", LongColumn.create("a", 7L)), "FreshJvm");
        }
    }

    @Test
    void isBuiltFromNamesAndTypesAndGivesThemBack() {
        Schema built = Schema.of(List.of("x", "color"), List.of(ColumnType.DOUBLE, ColumnType.STRING));
        assertEquals(schema, built);
        assertEquals(List.of(ColumnType.DOUBLE, ColumnType.STRING), built.types());
        assertEquals(ColumnType.STRING, built.type("color"));
        assertEquals(2, built.size());
        assertTrue(built.contains("x"));
        assertFalse(built.contains("X"), "names are exact");
        assertEquals("[x: DOUBLE, color: STRING]", built.toString());
        assertThrows(IllegalArgumentException.class, () -> built.type("size"));
    }

    @Test
    void badNamesAndTypesFailNamingThem() {
        assertEquals("Schema: 2 names but 1 types", assertThrows(IllegalArgumentException.class,
                () -> Schema.of(List.of("a", "b"), List.of(ColumnType.DOUBLE))).getMessage());
        assertEquals("Schema: column names 'Age' and 'age' are the same to Tablesaw, which ignores case and"
                + " surrounding spaces",
                assertThrows(IllegalArgumentException.class, () -> Schema.of(List.of("Age", "age"),
                        List.of(ColumnType.DOUBLE, ColumnType.DOUBLE))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schema.of(Arrays.asList("a", null),
                List.of(ColumnType.DOUBLE, ColumnType.DOUBLE)));
        assertEquals("schema type of column 'a' must not be null", assertThrows(IllegalArgumentException.class,
                () -> Schema.of(List.of("a"), Arrays.asList((ColumnType) null))).getMessage());
    }

    @Test
    void requireSelectedAcceptsWhatTheColumnsParameterSelects() {
        Schema three = Schema.of(List.of("a", "s", "b"), List.of(ColumnType.INTEGER, ColumnType.STRING, ColumnType.DOUBLE));
        assertEquals(List.of("a", "b"), three.requireSelected(List.of(), List.of("a", "b"), ColumnKind.NUMERIC, "M"));
        assertEquals(List.of("b"), three.requireSelected(List.of("b"), List.of("b"), ColumnKind.NUMERIC, "M"));
        assertEquals("M: the columns parameter [] selects [a, b] on the fitted columns, but the state is for [b]",
                assertThrows(IllegalArgumentException.class,
                        () -> three.requireSelected(List.of(), List.of("b"), ColumnKind.NUMERIC, "M")).getMessage());
        assertEquals("M: column 's' must be numeric, found STRING", assertThrows(IllegalArgumentException.class,
                () -> three.requireSelected(List.of("s"), List.of("s"), ColumnKind.NUMERIC, "M")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> three.requireSelected(List.of("z"), List.of("z"), ColumnKind.NUMERIC, "M")).getMessage()
                .startsWith("M: column 'z' is not among the fitted columns"));
    }

    @Test
    void selectMatchesNamesExactlyAndSaysSoWhenOnlyTheCaseDiffers() {
        assertEquals(List.of("x"), schema.select(List.of(), ColumnKind.NUMERIC, "M"));
        assertEquals(List.of("color", "x"), schema.select(List.of("color", "x"), ColumnKind.NUMERIC_OR_STRING, "M"));
        assertEquals("M: column 'X' not found; the table has 'x', whose name differs only in case or spaces (names match exactly)",
                assertThrows(IllegalArgumentException.class,
                        () -> schema.select(List.of("X"), ColumnKind.NUMERIC, "M")).getMessage());
        assertEquals("StandardScaler: column 'X' not found; the table has 'x', whose name differs only in case or spaces"
                + " (names match exactly)", assertThrows(IllegalArgumentException.class,
                () -> new StandardScaler().columns("X").fit(fitted)).getMessage());
    }

    @Test
    void checkMatchesNamesExactlyAndSaysSoWhenOnlyTheCaseDiffers() {
        Table upper = Table.create("t", DoubleColumn.create("X", new double[] {1}), StringColumn.create("color", "red"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> schema.check(upper, "M"));
        assertEquals("M: the table does not match the one seen at fit: column 'x' is missing (the table has 'X', whose"
                + " name differs only in case or spaces); column 'X' was not seen at fit (fitted on [x, color])", e.getMessage());
    }
}
