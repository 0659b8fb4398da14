package io.github.prepkit.data;

import java.util.Arrays;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Typed access to a table's columns by name: a missing column or a column of the wrong type fails
 * with a message naming it and listing what the table has, instead of Tablesaw's bare lookup error.
 */
public final class Columns {

    private Columns() {
    }

    /**
     * The column called {@code name}.
     *
     * @throws IllegalArgumentException if the table has no such column; the message lists the columns it has
     */
    public static Column<?> column(Table table, String name) {
        Checks.notNull(table, "table");
        Checks.notNull(name, "column name");
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("column '" + name + "' not found; the table"
                    + (table.name() == null ? "" : " '" + table.name() + "'")
                    + " has columns " + table.columnNames());
        }
        return table.column(name);
    }

    /**
     * The numeric column called {@code name} (integer, long, short, float or double).
     *
     * @throws IllegalArgumentException if the column is missing or not numeric
     */
    public static NumericColumn<?> numeric(Table table, String name) {
        Column<?> column = column(table, name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column '" + name + "' must be numeric, found "
                    + column.type().name());
        }
        return numeric;
    }

    /**
     * The string column called {@code name}.
     *
     * @throws IllegalArgumentException if the column is missing or not a string column
     */
    public static StringColumn string(Table table, String name) {
        Column<?> column = column(table, name);
        if (column.type() != ColumnType.STRING) {
            throw new IllegalArgumentException("column '" + name + "' must be a string column, found "
                    + column.type().name());
        }
        return (StringColumn) column;
    }

    /**
     * The values of numeric column {@code name} as a new {@code double[]}, with NaN where a value is missing.
     *
     * @throws IllegalArgumentException if the column is missing or not numeric
     */
    public static double[] values(Table table, String name) {
        return numeric(table, name).asDoubleArray();
    }

    /** The values of numeric column {@code name} that are present, in row order: missing values are dropped. */
    public static double[] presentValues(Table table, String name) {
        return Arrays.stream(values(table, name)).filter(v -> !Double.isNaN(v)).toArray();
    }
}
