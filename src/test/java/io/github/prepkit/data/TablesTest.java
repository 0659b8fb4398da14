package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    private final Table source = Table.create("t",
            IntColumn.create("a", new int[] {1, 2}), StringColumn.create("b", "x", "y"),
            DoubleColumn.create("c", new double[] {3, 4}));

    @Test
    void replacesColumnsInPlaceWithNoneOneOrSeveral() {
        Table result = Tables.replaceColumns(source, Map.of(
                "a", List.of(),
                "b", List.of(IntColumn.create("b_x", new int[] {1, 0}), IntColumn.create("b_y", new int[] {0, 1}))));
        assertEquals(List.of("b_x", "b_y", "c"), result.columnNames());
        assertEquals("t", result.name());
        assertEquals(List.of("a", "b", "c"), source.columnNames(), "the source keeps its columns");
    }

    @Test
    void copiesTheColumnsItKeeps() {
        Table result = Tables.replaceColumns(source, Map.of());
        assertNotSame(source.column("c"), result.column("c"));
        result.doubleColumn("c").set(0, 99.0);
        assertEquals(3.0, source.doubleColumn("c").get(0));
    }

    @Test
    void requireRowsNamesTheStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.requireRows(source.emptyCopy(), "MinMaxScaler"));
        assertEquals("MinMaxScaler: cannot fit on an empty table (0 rows)", e.getMessage());
    }

    @Test
    void rowsTakesRowsInTheGivenOrderWithRepeats() {
        Table picked = Tables.rows(source, new int[] {1, 0, 1});
        assertEquals(List.of(2, 1, 2), picked.intColumn("a").asList());
        assertEquals(List.of("y", "x", "y"), picked.stringColumn("b").asList());
        assertEquals(2, source.rowCount());
    }
}
