package io.github.prepkit.internal.data;

import io.github.prepkit.data.Columns;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Every column of a feature table as its own {@code double[]}, for the models that compute column by column (the
 * Gram matrices of least squares and Newton's method): the arrays Tablesaw gives, without the interleaving of
 * {@link FeatureMatrix}, and with its checks and messages.
 */
public final class FeatureColumns {

    private FeatureColumns() {
    }

    /**
     * The columns of {@code table}, in table order, {@code rowCount()} values each.
     *
     * @param step names the model in error messages, e.g. {@code "LinearRegression"}
     * @throws IllegalArgumentException as {@link FeatureMatrix#of(Table, String)}: naming a column that is not
     *                                  numeric, or has an infinite value, or (the first in row order) a missing value
     */
    public static double[][] of(Table table, String step) {
        Checks.notNull(table, "features");
        List<String> names = table.columnNames();
        for (String name : names) {
            try {
                Columns.numeric(table, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(step + ": feature " + e.getMessage(), e);
            }
        }
        double[][] columns = new double[names.size()][];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = Columns.values(table, names.get(j));
        }
        int firstMissingRow = Integer.MAX_VALUE;
        int firstMissingColumn = -1;
        for (int j = 0; j < columns.length; j++) {
            if (allFinite(columns[j])) {
                continue;
            }
            Checks.noInfinity(columns[j], List.of(names.get(j)), step, "feature column");
            int missing = firstNaN(columns[j], firstMissingRow);
            if (missing < firstMissingRow) {
                firstMissingRow = missing;
                firstMissingColumn = j;
            }
        }
        if (firstMissingColumn >= 0) {
            String name = names.get(firstMissingColumn);
            throw FeatureMatrix.missingValues(step, name, table.column(name).countMissing());
        }
        return columns;
    }

    /** Whether no value is NaN or infinite: one comparison per value, the usual case's whole cost. */
    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first NaN of {@code values} before {@code limit}, or {@code limit} if there is none. */
    private static int firstNaN(double[] values, int limit) {
        int end = Math.min(limit, values.length);
        for (int i = 0; i < end; i++) {
            if (Double.isNaN(values[i])) {
                return i;
            }
        }
        return limit;
    }
}
