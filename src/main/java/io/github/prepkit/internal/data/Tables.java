package io.github.prepkit.internal.data;

import io.github.prepkit.data.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Building new tables from old ones without touching the old ones. */
public final class Tables {

    private Tables() {
    }

    /**
     * Fails if {@code table} has no rows, naming the step that needs them.
     *
     * @throws IllegalArgumentException "StandardScaler: cannot fit on an empty table (0 rows)"
     */
    public static void requireRows(Table table, String step) {
        Checks.notNull(table, "table");
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException(step + ": cannot fit on an empty table (0 rows)");
        }
    }

    /**
     * A new table, named like {@code source}, whose columns are those of {@code source} in order, except
     * that each column named in {@code replacements} gives way to the columns mapped to it (none, one,
     * or several, as a one-hot encoder needs). Columns that are not replaced are copied, so the new table
     * shares nothing mutable with {@code source}; the replacement columns are used as they are.
     */
    public static Table replaceColumns(Table source, Map<String, ? extends List<? extends Column<?>>> replacements) {
        Checks.notNull(source, "source");
        Checks.notNull(replacements, "replacements");
        Table result = Table.create(source.name());
        for (Column<?> column : source.columns()) {
            List<? extends Column<?>> replacement = replacements.get(column.name());
            if (replacement == null) {
                result.addColumns(column.copy());
            } else {
                replacement.forEach(result::addColumns);
            }
        }
        return result;
    }

    /**
     * A new table, named like {@code table}, holding its rows at {@code indexes} in that order (an index may
     * repeat). The table itself is not modified. Double and int columns are gathered on primitive arrays (Tablesaw's
     * own {@code subset} boxes every value), other columns through {@code subset}; O(rows x columns).
     */
    public static Table rows(Table table, int[] indexes) {
        Checks.notNull(table, "table");
        Checks.notNull(indexes, "indexes");
        List<Column<?>> columns = new ArrayList<>(table.columnCount());
        for (Column<?> column : table.columns()) {
            columns.add(rows(column, indexes));
        }
        return Table.create(table.name(), columns);
    }

    /**
     * A new column, named like {@code column}, holding its values at {@code indexes} in that order (an index may
     * repeat), as {@link #rows(Table, int[])} gathers each column. The column itself is not modified.
     */
    public static Column<?> rows(Column<?> column, int[] indexes) {
        Checks.notNull(column, "column");
        Checks.notNull(indexes, "indexes");
        if (column instanceof DoubleColumn doubles) {
            double[] values = new double[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                values[i] = doubles.getDouble(indexes[i]);
            }
            return DoubleColumn.create(column.name(), values);
        }
        if (column instanceof IntColumn ints) {
            int[] values = new int[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                values[i] = ints.getInt(indexes[i]);
            }
            return IntColumn.create(column.name(), values);
        }
        return column.subset(indexes);
    }
}
