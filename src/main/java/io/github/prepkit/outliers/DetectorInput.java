package io.github.prepkit.outliers;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Tables;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What a detector fits on: the columns it examines and their values as complete rows, row-major (row i,
 * column j at {@code i * columns.size() + j}), every value finite. Also the checks every detector shares.
 *
 * @param columns the columns examined
 * @param rows    their values, row-major
 */
record DetectorInput(List<String> columns, double[] rows) {

    /**
     * The {@code requested} columns of {@code table}, or every numeric column, with their values.
     *
     * @throws IllegalArgumentException if the table has no rows, a requested column is missing or not numeric,
     *                                  no numeric column is left, or a value is missing or infinite
     */
    static DetectorInput of(Table table, List<String> requested, String step) {
        Tables.requireRows(table, step);
        List<String> selected = Columns.select(table, requested, ColumnKind.NUMERIC, step);
        if (selected.isEmpty()) {
            throw new IllegalArgumentException(step + ": no numeric column to examine; the table has columns "
                    + table.columnNames());
        }
        return new DetectorInput(selected, completeRows(table, selected, step));
    }

    /** How many rows there are. */
    int rowCount() {
        return rows.length / columns.size();
    }

    /** The values of column {@code j}, as a new array. */
    double[] column(int j) {
        int width = columns.size();
        double[] values = new double[rowCount()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows[i * width + j];
        }
        return values;
    }

    /**
     * Whether every value of column {@code j} is the same. Exact, unlike a computed variance, which need not be
     * exactly 0 when the mean rounds (seven times 0.1 has mean 0.09999999999999999).
     */
    boolean isConstant(int j) {
        int width = columns.size();
        for (int k = j; k < rows.length; k += width) {
            if (rows[k] != rows[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per column, the power of two that keeps a computation of {@code degree} on its values from overflowing or
     * underflowing (see {@link BinaryScale}); {@link BinaryScale#ONE} for ordinary values.
     */
    BinaryScale[] scales(double degree) {
        BinaryScale[] scales = new BinaryScale[columns.size()];
        for (int j = 0; j < scales.length; j++) {
            scales[j] = BinaryScale.of(BinaryScale.maxAbs(column(j)), degree);
        }
        return scales;
    }

    /** These rows with column j multiplied by {@code scales[j]}; this input itself when every scale is one. */
    DetectorInput scaled(BinaryScale[] scales) {
        if (Arrays.stream(scales).allMatch(BinaryScale::isOne)) {
            return this;
        }
        int width = columns.size();
        double[] scaled = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            scaled[k] = scales[k % width].apply(rows[k]);
        }
        return new DetectorInput(columns, scaled);
    }

    /** Each column's mean. */
    double[] means() {
        int width = columns.size();
        double[] means = new double[width];
        for (int k = 0; k < rows.length; k++) {
            means[k % width] += rows[k];
        }
        for (int j = 0; j < width; j++) {
            means[j] /= rowCount();
        }
        return means;
    }

    /**
     * The values of {@code columns} as one row-major array (see {@link Columns#rowMajor}), all finite.
     *
     * @throws IllegalArgumentException naming the column and row of the first infinite value, or of the first missing
     *                                  value: a detector needs complete rows, so impute (e.g. with KNNImputer) or drop
     *                                  first
     */
    static double[] completeRows(Table table, List<String> columns, String step) {
        double[] rows = Columns.rowMajor(table, columns, step);
        int width = columns.size();
        for (int k = 0; k < rows.length; k++) {
            if (Double.isNaN(rows[k])) {
                throw new IllegalArgumentException(step + ": column '" + columns.get(k % width) + "' has a missing value"
                        + " at row " + k / width + "; outlier detection needs complete, finite rows: impute the missing"
                        + " values first (e.g. with KNNImputer) or drop those rows");
            }
        }
        return rows;
    }

    /**
     * Returns {@code threshold}, or fails unless it is a finite number at least 0.
     *
     * @throws IllegalArgumentException naming the step, the parameter and the value
     */
    static double requireThreshold(double threshold, String step) {
        if (!(threshold >= 0 && threshold < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(step + ": threshold must be a finite number >= 0, found " + threshold);
        }
        return threshold;
    }
}
