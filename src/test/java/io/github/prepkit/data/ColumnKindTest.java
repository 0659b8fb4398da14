package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

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
}
