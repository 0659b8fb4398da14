package io.github.prepkit.scale;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Divides numeric columns by their largest absolute value seen at fit, as scikit-learn's {@code MaxAbsScaler}, so each
 * lands in [-1, 1] without being shifted (zeros stay zeros, which keeps sparse data sparse). A column whose largest
 * magnitude is below ten machine epsilons (a column of zeros) gets scale 1, as scikit-learn decides. Missing values
 * are ignored at fit and stay missing; a column with no value at fit has a NaN scale and stays all missing. By default
 * every numeric column is scaled; {@link #columns(String...)} narrows it and other columns pass through unchanged.
 *
 * @param columns the columns to scale; empty means every numeric column
 */
public record MaxAbsScaler(List<String> columns) implements Transformer<MaxAbsScalerModel> {

    private static final String STEP = "MaxAbsScaler";

    /** Validates and freezes the column list. */
    public MaxAbsScaler {
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: every numeric column. */
    public MaxAbsScaler() {
        this(List.of());
    }

    /** A copy that scales only the named columns; with no name, every numeric column. */
    public MaxAbsScaler columns(String... columns) {
        return new MaxAbsScaler(Checks.asList("columns", columns));
    }

    /**
     * Learns each column's largest absolute value, ignoring missing values.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a value is
     *                                  infinite, naming the column and row (scikit-learn refuses infinity too)
     */
    @Override
    public MaxAbsScalerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        double[] maxAbs = new double[selected.size()];
        for (int j = 0; j < maxAbs.length; j++) {
            double max = Double.NaN; // stays NaN while no value is present
            for (double v : Columns.finiteValues(table, selected.get(j), STEP)) {
                if (!Double.isNaN(v) && !(Math.abs(v) <= max)) {
                    max = Math.abs(v);
                }
            }
            maxAbs[j] = max;
        }
        return MaxAbsScalerModel.of(this, Schema.of(table), selected, maxAbs);
    }
}
