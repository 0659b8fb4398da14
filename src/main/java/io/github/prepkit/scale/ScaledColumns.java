package io.github.prepkit.scale;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** What the scalers' models share: check the schema, map each scaled column's values, rebuild the table. */
final class ScaledColumns {

    /** Rewrites the values of the {@code index}-th scaled column in place. */
    @FunctionalInterface
    interface ColumnMap {
        void apply(int index, double[] values);
    }

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
        schema.check(table, step);
        Map<String, List<DoubleColumn>> scaled = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            double[] values = Columns.finiteValues(table, name, step);
            map.apply(j, values);
            for (int i = 0; i < values.length; i++) {
                if (Double.isInfinite(values[i])) {
                    throw new IllegalArgumentException(step + ": column '" + name + "' maps the value in row " + i
                            + ", " + Columns.values(table, name)[i] + ", beyond the double range (|x| > "
                            + Double.MAX_VALUE + "); it lies too far outside the values seen at fit");
                }
            }
            scaled.put(name, List.of(DoubleColumn.create(name, values)));
        }
        return Tables.replaceColumns(table, scaled);
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
