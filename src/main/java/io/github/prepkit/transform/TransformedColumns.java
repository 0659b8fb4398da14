package io.github.prepkit.transform;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** What the power and quantile models share: check the schema, map each column's values, refuse a lost value. */
final class TransformedColumns {

    /** Rewrites the values of the {@code index}-th transformed column in place; NaN stands for a missing value. */
    @FunctionalInterface
    interface ColumnMap {
        void apply(int index, double[] values);
    }

    private TransformedColumns() {
    }

    /**
     * A new table in which each of {@code columns} is replaced by a double column holding its values after
     * {@code map}; other columns are copied. Missing values stay missing.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if a
     *                                  value is infinite; or if {@code map} takes a present value to NaN or infinity
     *                                  (beyond the double range, or outside the function's domain); naming the column
     *                                  and row
     */
    static Table map(Table table, Schema schema, List<String> columns, String step, ColumnMap map) {
        schema.check(table, step);
        return replace(table, columns, step, j -> {
            double[] values = Columns.finiteValues(table, columns.get(j), step);
            map.apply(j, values);
            return values;
        });
    }

    /**
     * A new table in which each of {@code columns} is replaced by a double column holding {@code values.apply(j)}
     * for the j-th; other columns are copied.
     *
     * @throws IllegalArgumentException if a value present in {@code table} has no finite image, naming the step, the
     *                                  column and the row
     */
    static Table replace(Table table, List<String> columns, String step, IntFunction<double[]> values) {
        Map<String, List<DoubleColumn>> mapped = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            double[] column = values.apply(j);
            requireFinite(column, table, name, step);
            mapped.put(name, List.of(DoubleColumn.create(name, column)));
        }
        return Tables.replaceColumns(table, mapped);
    }

    /**
     * Checks that every value present in column {@code name} of {@code table} has a finite image in {@code mapped}.
     *
     * @throws IllegalArgumentException naming the step, the column, the row and the value otherwise
     */
    static void requireFinite(double[] mapped, Table table, String name, String step) {
        for (int i = 0; i < mapped.length; i++) {
            if (!Double.isFinite(mapped[i]) && !Columns.isMissing(table.column(name), i)) {
                throw new IllegalArgumentException(step + ": column '" + name + "' maps the value in row " + i + ", "
                        + Columns.values(table, name)[i] + ", to " + mapped[i] + ": its image is beyond the double range"
                        + " or undefined (the value lies too far out for the fitted transform)");
            }
        }
    }
}
