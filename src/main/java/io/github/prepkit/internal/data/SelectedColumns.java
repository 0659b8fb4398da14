package io.github.prepkit.internal.data;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * What a fitted step that rewrites some numeric columns value by value does around its arithmetic: check the table
 * against the fitted schema, read the columns' values, and put the new values back in their place.
 */
public final class SelectedColumns {

    private SelectedColumns() {
    }

    /**
     * The values of {@code columns}, one array per column (NaN where a value is missing), once {@code table} has been
     * checked to have exactly the fitted columns.
     *
     * @param step names the step in messages, e.g. {@code "BinarizerModel.transform"}
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or
     *                                  naming the step, the column and the row of an infinite value
     */
    public static double[][] read(Table table, Schema schema, List<String> columns, String step) {
        Checks.notNull(schema, "schema");
        Checks.notNull(columns, "columns");
        Checks.notNull(step, "step");
        schema.check(table, step);
        double[][] values = new double[columns.size()][];
        for (int j = 0; j < values.length; j++) {
            values[j] = Columns.finiteValues(table, columns.get(j), step);
        }
        return values;
    }

    /**
     * Fails at the first missing value of {@code values} (the arrays of {@link #read}), for a step that cannot skip
     * one, as scikit-learn's "Input contains NaN".
     *
     * @param why what the step would need the value for and what to do, ending the message
     * @throws IllegalArgumentException naming the step, the column and the row (counted from 0)
     */
    public static void requirePresent(double[][] values, List<String> columns, String step, String why) {
        Checks.notNull(values, "values");
        Checks.notNull(columns, "columns");
        Checks.notNull(step, "step");
        Checks.notNull(why, "why");
        for (int j = 0; j < values.length; j++) {
            for (int i = 0; i < values[j].length; i++) {
                if (Double.isNaN(values[j][i])) {
                    throw new IllegalArgumentException(step + ": column '" + columns.get(j)
                            + "' has a missing value in row " + i + "; " + why);
                }
            }
        }
    }

    /**
     * A new table in which each of {@code columns} is replaced, in its place, by a double column of the same name
     * holding {@code values[j]}; other columns are copied.
     */
    public static Table replace(Table table, List<String> columns, double[][] values) {
        Checks.notNull(columns, "columns");
        Checks.notNull(values, "values");
        Map<String, List<DoubleColumn>> replaced = new HashMap<>();
        for (int j = 0; j < values.length; j++) {
            replaced.put(columns.get(j), List.of(DoubleColumn.create(columns.get(j), values[j])));
        }
        return Tables.replaceColumns(table, replaced);
    }
}
