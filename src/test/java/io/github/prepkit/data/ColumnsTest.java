package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ColumnsTest {

    private final Table table = Table.create("t",
            IntColumn.create("count", new int[] {3, 1, 4}),
            DoubleColumn.create("weight", new double[] {1.5, Double.NaN, 2.5}),
            StringColumn.create("name", "a", "b", "c"));

    @Test
    void findsColumnsByNameAndType() {
        assertSame(table.column("count"), Columns.column(table, "count"));
        assertSame(table.column("weight"), Columns.numeric(table, "weight"));
        assertSame(table.column("name"), Columns.string(table, "name"));
    }

    @Test
    void valuesAreDoublesWithNaNForMissing() {
        Table withMissingInt = table.copy();
        withMissingInt.intColumn("count").setMissing(1);
        assertArrayEquals(new double[] {3, Double.NaN, 4}, Columns.values(withMissingInt, "count"));
        assertArrayEquals(new double[] {1.5, Double.NaN, 2.5}, Columns.values(table, "weight"));
        assertArrayEquals(new double[] {1.5, 2.5}, Columns.presentValues(table, "weight"));
    }

    @Test
    void valuesAreACopy() {
        double[] values = Columns.values(table, "weight");
        values[0] = 99;
        assertEquals(1.5, table.doubleColumn("weight").get(0));
    }

    @Test
    void missingColumnFailsNamingItAndListingTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Columns.numeric(table, "price"));
        assertEquals("column 'price' not found; the table 't' has columns [count, weight, name]", e.getMessage());
    }

    @Test
    void wrongTypeFailsNamingColumnAndType() {
        IllegalArgumentException numeric = assertThrows(IllegalArgumentException.class, () -> Columns.numeric(table, "name"));
        assertEquals("column 'name' must be numeric, found STRING", numeric.getMessage());
        IllegalArgumentException string = assertThrows(IllegalArgumentException.class, () -> Columns.string(table, "count"));
        assertEquals("column 'count' must be a string column, found INTEGER", string.getMessage());
    }

    @Test
    void nullTableFailsClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Columns.values(null, "x"));
        assertEquals("table must not be null", e.getMessage());
    }

    @Test
    void selectDefaultsToEveryColumnOfTheKindInTableOrder() {
        assertEquals(List.of("count", "weight"), Columns.select(table, List.of(), ColumnKind.NUMERIC, "Step"));
        assertEquals(List.of("name"), Columns.select(table, List.of(), ColumnKind.STRING, "Step"));
    }

    @Test
    void selectKeepsTheRequestedColumnsAndChecksThem() {
        assertEquals(List.of("weight"), Columns.select(table, List.of("weight"), ColumnKind.NUMERIC, "Step"));
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> Columns.select(table, List.of("name"), ColumnKind.NUMERIC, "StandardScaler"));
        assertEquals("StandardScaler: column 'name' must be numeric, found STRING", wrongKind.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Columns.select(table, List.of("size"), ColumnKind.NUMERIC, "StandardScaler"));
        assertEquals("StandardScaler: column 'size' not found; the table has columns [count, weight, name]",
                missing.getMessage());
    }

    @Test
    void rowMajorLaysRowsEndToEnd() {
        assertArrayEquals(new double[] {3, 1.5, 1, Double.NaN, 4, 2.5},
                Columns.rowMajor(table, List.of("count", "weight"), "Step"));
    }

    @Test
    void finiteValuesAndRowMajorRefuseInfinityNamingTheStepTheColumnAndTheRow() {
        Table infinite = table.copy();
        infinite.doubleColumn("weight").set(2, Double.NEGATIVE_INFINITY);
        assertEquals("Step: column 'weight' has an infinite value in row 2", assertThrows(IllegalArgumentException.class,
                () -> Columns.finiteValues(infinite, "weight", "Step")).getMessage());
        assertEquals("Step: column 'weight' has an infinite value in row 2", assertThrows(IllegalArgumentException.class,
                () -> Columns.rowMajor(infinite, List.of("count", "weight"), "Step")).getMessage());
        assertArrayEquals(new double[] {3, 1, 4}, Columns.finiteValues(table, "count", "Step"));
    }

    @Test
    void withoutDropsOneColumnAndLeavesTheTableAlone() {
        Table rest = Columns.without(table, "weight");
        assertEquals(List.of("count", "name"), rest.columnNames());
        assertEquals(List.of("count", "weight", "name"), table.columnNames());
        assertThrows(IllegalArgumentException.class, () -> Columns.without(table, "nope"));
    }

    @Test
    void missingStringsCountEvenWhenSetAfterTheColumnWasBuilt() {
        StringColumn names = StringColumn.create("s", "a", "b", "c", "");
        names.setMissing(0);
        names.set(1, "");
        assertEquals(true, Columns.isMissing(names, 0));
        assertEquals(true, Columns.isMissing(names, 1));
        assertEquals(false, Columns.isMissing(names, 2));
        assertEquals(3, Columns.countMissing(names));
        assertEquals(1, Columns.countMissing(DoubleColumn.create("d", new double[] {1, Double.NaN})));
    }
}
