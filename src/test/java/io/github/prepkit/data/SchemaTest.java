package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
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
}
