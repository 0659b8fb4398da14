package io.github.prepkit.featureselection;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** What every selector's model shares: which considered columns it keeps, and a table with only those left. */
final class KeptColumns {

    private KeptColumns() {
    }

    /** The names of {@code columns} whose {@code support} is true, in their order. */
    static List<String> selected(List<String> columns, boolean[] support) {
        List<String> kept = new ArrayList<>();
        for (int j = 0; j < support.length; j++) {
            if (support[j]) {
                kept.add(columns.get(j));
            }
        }
        return List.copyOf(kept);
    }

    /**
     * A new table holding {@code table}'s columns in their order, less the considered {@code columns} whose
     * {@code support} is false; the kept columns are copied unchanged.
     *
     * @param nanAllowed whether a missing value in a considered column is accepted (as scikit-learn's
     *                   {@code VarianceThreshold}) or refused (as its univariate selectors, whose transform refuses NaN)
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or if a
     *                                  considered column has an infinite value (or a missing one, unless allowed),
     *                                  naming the step, the column and the row
     */
    static Table keep(Table table, Schema schema, List<String> columns, boolean[] support, String step,
            boolean nanAllowed) {
        Checks.notNull(table, "table");
        double[][] values = SelectedColumns.read(table, schema, columns, step);
        if (!nanAllowed) {
            SelectedColumns.requirePresent(values, columns, step, "the scores were computed without missing values;"
                    + " impute them first (io.github.prepkit.impute)");
        }
        Map<String, List<Column<?>>> dropped = new HashMap<>();
        for (int j = 0; j < support.length; j++) {
            if (!support[j]) {
                dropped.put(columns.get(j), List.of());
            }
        }
        return Tables.replaceColumns(table, dropped);
    }
}
