package io.github.prepkit.scale;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.SelectedColumns;
import java.util.List;
import tech.tablesaw.api.Table;

/** What the scalers' models share: check the schema, map each scaled column's values, rebuild the table. */
final class ScaledColumns {

    /** Rewrites {@code values[from, to)} of the {@code index}-th scaled column in place. */
    @FunctionalInterface
    interface ColumnMap {
        void apply(int index, double[] values, int from, int to);
    }

    /** Rows mapped and then checked at a time, so that the check reads them from the cache. */
    private static final int BLOCK = 4096;

    private ScaledColumns() {
    }

    /**
     * A new table in which each of {@code columns} is replaced by a double column holding its values after
     * {@code map}; other columns are copied.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if a
     *                                  value is infinite; or if {@code map} takes a finite value beyond the double
     *                                  range, where no finite answer exists; naming the column and row
     */
    static Table map(Table table, Schema schema, List<String> columns, String step, ColumnMap map) {
        return map(table, columns, step, SelectedColumns.read(table, schema, columns, step), map);
    }

    /**
     * {@link #map(Table, Schema, List, String, ColumnMap)} of {@code values}, the columns already read from
     * {@code table} and checked (they are mapped in place).
     */
    static Table map(Table table, List<String> columns, String step, double[][] values, ColumnMap map) {
        for (int j = 0; j < values.length; j++) {
            for (int from = 0; from < values[j].length; from += BLOCK) {
                int to = Math.min(values[j].length, from + BLOCK);
                map.apply(j, values[j], from, to);
                requireFinite(table, columns, step, j, values[j], from, to);
            }
        }
        return SelectedColumns.replace(table, columns, values);
    }

    /** Fails at the first infinite value of {@code mapped[from, to)}: column j mapped a finite value out of range. */
    private static void requireFinite(Table table, List<String> columns, String step, int j, double[] mapped, int from,
            int to) {
        for (int i = from; i < to; i++) {
            if (Double.isInfinite(mapped[i])) {
                throw new IllegalArgumentException(step + ": column '" + columns.get(j) + "' maps the value in row " + i
                        + ", " + Columns.values(table, columns.get(j))[i] + ", beyond the double range (|x| > "
                        + Double.MAX_VALUE + "); it lies too far outside the values seen at fit");
            }
        }
    }

    /**
     * scikit-learn's guard for a range-based scale: a scale below ten machine epsilons (a constant column)
     * becomes 1, so the column is shifted but not blown up.
     */
    static double nonZeroScale(double scale) {
        return isConstant(scale) ? 1 : scale;
    }

    /** Whether a range-based scale is that of a constant column: below ten machine epsilons, as scikit-learn decides. */
    static boolean isConstant(double scale) {
        return scale < 10 * Math.ulp(1.0);
    }
}
