package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
