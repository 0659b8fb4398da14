package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

class ColumnKindTest {

    private final IntColumn numbers = IntColumn.create("n");
    private final StringColumn strings = StringColumn.create("s");
    private final DateColumn dates = DateColumn.create("d", LocalDate.of(2024, 1, 1));

    @Test
    void acceptsItsKindOnly() {
        assertTrue(ColumnKind.NUMERIC.accepts(numbers));
        assertFalse(ColumnKind.NUMERIC.accepts(strings));
        assertTrue(ColumnKind.STRING.accepts(strings));
        assertFalse(ColumnKind.STRING.accepts(numbers));
        assertTrue(ColumnKind.NUMERIC_OR_STRING.accepts(numbers));
        assertTrue(ColumnKind.NUMERIC_OR_STRING.accepts(strings));
        assertFalse(ColumnKind.NUMERIC_OR_STRING.accepts(dates));
    }

    @Test
    void acceptsTypesAsItAcceptsColumns() {
        for (ColumnKind kind : ColumnKind.values()) {
            for (Column<?> column : List.of(numbers, strings, dates, IntColumn.create("i"), LongColumn.create("l"),
                    FloatColumn.create("f"), ShortColumn.create("s"), BooleanColumn.create("b"))) {
                assertEquals(kind.accepts(column), kind.accepts(column.type()), kind + " " + column.type());
            }
        }
        assertTrue(ColumnKind.NUMERIC.accepts(ColumnType.LONG));
        assertFalse(ColumnKind.NUMERIC.accepts(ColumnType.BOOLEAN));
    }
}
