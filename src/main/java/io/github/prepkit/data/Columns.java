package io.github.prepkit.data;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * Typed access to a table's columns by name: a missing column or a column of the wrong type fails
 * with a message naming it and listing what the table has, instead of Tablesaw's bare lookup error.
 */
public final class Columns {

    /** Rows filled at a time by {@link #rowMajor}, so the block being written stays in cache while each column is read. */
    private static final int ROW_BLOCK = 1024;

    private Columns() {
    }

    /**
     * {@code name} as Tablesaw tells column names apart: without surrounding spaces (a column's name is trimmed when
     * it is made) and ignoring case. Two names of the same key cannot both be columns of one table.
     */
    public static String nameKey(String name) {
        Checks.notNull(name, "column name");
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The column called exactly {@code name}. Tablesaw itself ignores case (and surrounding spaces) when it looks a
     * name up; prepkit does not, so {@code "Species"} never finds {@code species} by accident.
     *
     * @param table the table
     * @param name  the exact column name
     * @return the column itself, not a copy
     * @throws IllegalArgumentException if the table has no such column; the message lists the columns it has, or
     *                                  names the one whose name differs only in case
     */
    public static Column<?> column(Table table, String name) {
        Checks.notNull(table, "table");
        Checks.notNull(name, "column name");
        if (!table.columnNames().contains(name)) {
            String which = table.name() == null ? "the table" : "the table '" + table.name() + "'";
            throw new IllegalArgumentException("column '" + name + "' not found; " + which + Schema.nearMiss(
                    table.columnNames(), name).map(other -> " has '" + other + "', whose name differs only in case"
                    + " or spaces (names match exactly)").orElse(" has columns " + table.columnNames()));
        }
        return table.column(name);
    }

    /**
     * The numeric column called {@code name} (integer, long, short, float or double).
     *
     * @param table the table
     * @param name  the exact column name
     * @return the column itself, not a copy
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
     * @param table the table
     * @param name  the exact column name
     * @return the column itself, not a copy
     * @throws IllegalArgumentException if the column is missing or not a string column
     */
    public static StringColumn string(Table table, String name) {
        Column<?> column = column(table, name);
        if (!column.type().equals(ColumnType.STRING)) {
            throw new IllegalArgumentException("column '" + name + "' must be a string column, found "
                    + column.type().name());
        }
        return (StringColumn) column;
    }

    /**
     * The values of numeric column {@code name} as a new {@code double[]}, with NaN where a value is missing.
     *
     * @param table the table
     * @param name  the exact column name
     * @return one value per row
     * @throws IllegalArgumentException if the column is missing or not numeric
     */
    public static double[] values(Table table, String name) {
        return numeric(table, name).asDoubleArray();
    }

    /**
     * The values of numeric column {@code name} as a new {@code double[]}, with NaN where a value is missing, for a
     * step that computes on them: an infinite value fails (see {@link Checks#noInfinity}).
     *
     * @param step names the step in the message, e.g. {@code "StandardScaler"}
     * @throws IllegalArgumentException if the column is missing or not numeric, or naming the step, the column and
     *                                  the row of its first infinite value
     */
    public static double[] finiteValues(Table table, String name, String step) {
        double[] values = values(table, name);
        Checks.noInfinity(values, List.of(name), step, "column");
        return values;
    }

    /** The values of numeric column {@code name} that are present, in row order: missing values are dropped. */
    public static double[] presentValues(Table table, String name) {
        return Arrays.stream(values(table, name)).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * The columns a step works on: the {@code requested} ones if any, each checked to exist (by its exact name) and be
     * of {@code kind}; otherwise every column of the table that is of {@code kind}, in table order. The rule of
     * {@link Schema#select}, which a fitted model's validating factory checks again.
     *
     * @param step names the step in error messages, e.g. {@code "StandardScaler"}
     * @throws IllegalArgumentException naming a requested column that is missing or of another kind
     */
    public static List<String> select(Table table, List<String> requested, ColumnKind kind, String step) {
        Checks.notNull(table, "table");
        Checks.notNull(kind, "column kind");
        return Schema.of(table).select(requested, kind, step);
    }

    /**
     * The numeric columns {@code names} as one row-major array: row {@code i}, column {@code j} is at
     * {@code i * names.size() + j}; NaN where a value is missing. This is the layout the distance kernels use. An
     * infinite value fails, as in {@link #finiteValues}.
     *
     * @param step names the step in the message
     * @throws IllegalArgumentException if a column is missing or not numeric, or naming the step, the column and the
     *                                  row of the first infinite value
     */
    public static double[] rowMajor(Table table, List<String> names, String step) {
        return rowMajor(table, names, step, "column");
    }

    /** {@link #rowMajor(Table, List, String)}, calling the columns {@code what} in the message. */
    public static double[] rowMajor(Table table, List<String> names, String step, String what) {
        Checks.notNull(table, "table");
        Checks.notNull(names, "column names");
        int rows = table.rowCount();
        int width = names.size();
        double[][] columns = new double[width][];
        for (int j = 0; j < width; j++) {
            columns[j] = values(table, names.get(j));
            Checks.noInfinity(columns[j], List.of(names.get(j)), step, what);
        }
        double[] matrix = new double[rows * width];
        for (int start = 0; start < rows; start += ROW_BLOCK) {
            int end = Math.min(rows, start + ROW_BLOCK);
            for (int j = 0; j < width; j++) {
                double[] column = columns[j];
                for (int i = start; i < end; i++) {
                    matrix[i * width + j] = column[i];
                }
            }
        }
        return matrix;
    }

    /**
     * A new table holding every column of {@code table} but {@code name}, in order. The columns are shared,
     * not copied: use it to read, never to modify.
     *
     * @param table the table, not modified
     * @param name  the exact name of the column to leave out
     * @return a new table sharing the other columns
     * @throws IllegalArgumentException if the table has no such column
     */
    public static Table without(Table table, String name) {
        column(table, name);
        return Table.create(table.name(), table.columns().stream().filter(c -> !c.name().equals(name)).toList());
    }

    /**
     * Whether {@code row} of {@code column} is missing: NaN in a number column, the empty string in a string
     * column. Unlike Tablesaw 0.44's own {@code StringColumn.isMissing}, also true for a value set empty after
     * the column was built ({@code setMissing(row)}, {@code set(row, "")}), which Tablesaw does not count.
     */
    public static boolean isMissing(Column<?> column, int row) {
        return column instanceof StringColumn strings
                ? StringColumnType.valueIsMissing(strings.get(row)) : column.isMissing(row);
    }

    /** How many values of {@code column} are missing, as {@link #isMissing} tells. */
    public static int countMissing(Column<?> column) {
        Checks.notNull(column, "column");
        int count = 0;
        for (int row = 0; row < column.size(); row++) {
            count += isMissing(column, row) ? 1 : 0;
        }
        return count;
    }
}
