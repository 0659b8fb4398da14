package io.github.prepkit.scale;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.Tables;
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
     */
    static Table map(Table table, Schema schema, List<String> columns, String step, ColumnMap map) {
        schema.check(table, step);
        Map<String, List<DoubleColumn>> scaled = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            double[] values = Columns.values(table, columns.get(j));
            map.apply(j, values);
            scaled.put(columns.get(j), List.of(DoubleColumn.create(columns.get(j), values)));
        }
        return Tables.replaceColumns(table, scaled);
    }

    /**
     * scikit-learn's guard for a range-based scale: a scale below ten machine epsilons (a constant column)
     * becomes 1, so the column is shifted but not blown up.
     */
    static double nonZeroScale(double scale) {
        return scale < 10 * Math.ulp(1.0) ? 1 : scale;
    }
}
