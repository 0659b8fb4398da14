package io.github.prepkit.internal.data;

import io.github.prepkit.data.Columns;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Feature columns as one row-major {@code double[]}, the layout every model computes on: the value of row
 * {@code i}, feature {@code j} is at {@code i * columns() + j}. Built once per fit or predict; every feature must be
 * numeric, present and finite, since a model cannot guess a missing value (impute it first).
 */
public final class FeatureMatrix {

    private final List<String> names;
    private final int rows;
    private final double[] values;

    private FeatureMatrix(List<String> names, int rows, double[] values) {
        this.names = names;
        this.rows = rows;
        this.values = values;
    }

    /**
     * The columns {@code names} of {@code table}, in that order.
     *
     * @param step names the model in error messages, e.g. {@code "KNeighborsClassifier"}
     * @throws IllegalArgumentException naming a column that is missing, not numeric, or has a missing or infinite value
     */
    public static FeatureMatrix of(Table table, List<String> names, String step) {
        Checks.notNull(table, "features");
        Checks.notNull(names, "feature names");
        for (String name : names) {
            try {
                Columns.numeric(table, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(step + ": feature " + e.getMessage(), e);
            }
        }
        double[] values = Columns.rowMajor(table, names, step, "feature column");
        for (int k = 0; k < values.length; k++) {
            if (Double.isNaN(values[k])) {
                String name = names.get(k % names.size());
                throw missingValues(step, name, table.column(name).countMissing());
            }
        }
        return new FeatureMatrix(List.copyOf(names), table.rowCount(), values);
    }

    /**
     * The failure {@link #of(Table, List, String)} raises for the first missing value (in row-major order), in column
     * {@code column}, which has {@code missing} of them.
     */
    public static IllegalArgumentException missingValues(String step, String column, long missing) {
        return new IllegalArgumentException(step + ": feature column '" + column + "' has " + missing
                + " missing value(s); impute them first (io.github.prepkit.impute)");
    }

    /** Every column of {@code table}, in table order; see {@link #of(Table, List, String)}. */
    public static FeatureMatrix of(Table table, String step) {
        return of(Checks.notNull(table, "features"), table.columnNames(), step);
    }

    /** The feature names, in column order. */
    public List<String> names() {
        return names;
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of features. */
    public int columns() {
        return names.size();
    }

    /** The value at row {@code i}, feature {@code j}. */
    public double get(int i, int j) {
        return values[i * names.size() + j];
    }

    /**
     * The row-major values themselves, not a copy, so that hot loops read them directly: callers must not
     * modify the array.
     */
    public double[] values() {
        return values;
    }
}
