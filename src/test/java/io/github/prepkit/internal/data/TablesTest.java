package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

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

    @Test
    void aColumnsRowsComeInTheGivenOrderWithRepeats() {
        StringColumn labels = StringColumn.create("y", "a", "b", "c");
        Column<?> picked = Tables.rows(labels, new int[] {2, 0, 2});
        assertEquals(List.of("c", "a", "c"), picked.asList());
        assertEquals("y", picked.name());
        assertNotSame(labels, picked);
        assertEquals(List.of("a", "b", "c"), labels.asList(), "the column is not modified");
    }

    @Test
    void rowsKeepsTypesAndMissingValuesOfEveryKindOfColumn() {
        Table gaps = Table.create("g", IntColumn.create("i", new int[] {7, 8}), DoubleColumn.create("d", new double[] {Double.NaN, 1.5}),
                StringColumn.create("s", "", "z"), LongColumn.create("l", new long[] {5, 6}));
        gaps.intColumn("i").setMissing(0);
        Table picked = Tables.rows(gaps, new int[] {0, 1, 0});
        assertEquals(List.of("i", "d", "s", "l"), picked.columnNames());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.STRING, ColumnType.LONG), picked.types());
        assertEquals(2, picked.intColumn("i").countMissing());
        assertEquals(8, picked.intColumn("i").getInt(1));
        assertEquals(2, picked.doubleColumn("d").countMissing());
        assertEquals(1.5, picked.doubleColumn("d").getDouble(1));
        assertEquals(List.of("", "z", ""), picked.stringColumn("s").asList());
        assertEquals(List.of(5L, 6L, 5L), picked.longColumn("l").asList());
        picked.doubleColumn("d").set(1, 9.0);
        assertEquals(1.5, gaps.doubleColumn("d").getDouble(1), "the source is not shared");
    }
}
