package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeSet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Compares a table with a reference case's expected table, column by column by name. */
public final class TableAssertions {

    private TableAssertions() {
    }

    /**
     * Fails unless both tables have the same column names (in any order) and row count, every numeric
     * column agrees within {@code tolerance} (see {@link Tolerance}; missing matches missing) and every
     * other column agrees exactly, compared as strings.
     */
    public static void assertTableClose(Table expected, Table actual, double tolerance) {
        assertEquals(new TreeSet<>(expected.columnNames()), new TreeSet<>(actual.columnNames()), "column names");
        assertEquals(expected.rowCount(), actual.rowCount(), "row count");
        for (Column<?> want : expected.columns()) {
            Column<?> got = actual.column(want.name());
            for (int row = 0; row < want.size(); row++) {
                String where = "column '" + want.name() + "', row " + row;
                if (want instanceof NumericColumn<?> wantNumbers) {
                    assertTrue(got instanceof NumericColumn<?>, where + ": expected a numeric column, found " + got.type());
                    Tolerance.assertClose(number(wantNumbers, row), number((NumericColumn<?>) got, row), tolerance, where);
                } else {
                    assertEquals(want.getString(row), got.getString(row), where);
                }
            }
        }
    }

    /**
     * Fails unless both tables have the same column names in the same order, the same column types and row count, and
     * the same values: doubles bit for bit (any NaN matches NaN), everything else compared as strings. What a model
     * rebuilt from its state, or loaded from a file, must give.
     */
    public static void assertTableIdentical(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames(), "column names");
        assertEquals(expected.columns().stream().map(Column::type).toList(),
                actual.columns().stream().map(Column::type).toList(), "column types");
        assertEquals(expected.rowCount(), actual.rowCount(), "row count");
        for (Column<?> want : expected.columns()) {
            Column<?> got = actual.column(want.name());
            for (int row = 0; row < want.size(); row++) {
                String where = "column '" + want.name() + "', row " + row;
                if (want instanceof NumericColumn<?> wantNumbers) {
                    double e = number(wantNumbers, row);
                    double a = number((NumericColumn<?>) got, row);
                    assertEquals(Double.doubleToLongBits(e), Double.doubleToLongBits(a), () -> where + ": " + e + " vs " + a);
                } else {
                    assertEquals(want.getString(row), got.getString(row), where);
                }
            }
        }
    }

    private static double number(NumericColumn<?> column, int row) {
        return column.isMissing(row) ? Double.NaN : column.getDouble(row);
    }
}
