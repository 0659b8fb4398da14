package io.github.prepkit.impute;

import io.github.prepkit.data.Columns;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The missing-value indicator columns shared by {@link MissingIndicatorModel} and {@link SimpleImputerModel}'s
 * {@code addIndicator}: column {@code <column>_missing} holds 1.0 where the value is missing and 0.0 elsewhere,
 * as the 0/1 floats scikit-learn stacks after the imputed features.
 */
final class IndicatorColumns {

    private IndicatorColumns() {
    }

    /** The name of {@code column}'s indicator: {@code <column>_missing}. */
    static String name(String column) {
        return column + "_missing";
    }

    /** The columns among {@code names} with at least one missing value in {@code table}, in the order given. */
    static List<String> withMissing(Table table, List<String> names) {
        return names.stream().filter(name -> Columns.countMissing(Columns.column(table, name)) > 0).toList();
    }

    /**
     * Fails at the first infinite value of the numeric columns among {@code names}: the indicators do not depend on
     * the values, but scikit-learn's {@code MissingIndicator} refuses infinity as every numeric step does.
     *
     * @throws IllegalArgumentException naming the step, the column and the row
     */
    static void requireNoInfinity(Table table, List<String> names, String step) {
        for (String name : names) {
            if (Columns.column(table, name) instanceof NumericColumn<?>) {
                Columns.finiteValues(table, name, step);
            }
        }
    }

    /** The indicator column of {@code table}'s column {@code name}: 1.0 where it is missing, 0.0 elsewhere. */
    static DoubleColumn of(Table table, String name) {
        Column<?> column = Columns.column(table, name);
        double[] flags = new double[column.size()];
        for (int row = 0; row < flags.length; row++) {
            flags[row] = Columns.isMissing(column, row) ? 1.0 : 0.0;
        }
        return DoubleColumn.create(name(name), flags);
    }
}
