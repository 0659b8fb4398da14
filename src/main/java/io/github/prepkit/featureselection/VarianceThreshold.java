package io.github.prepkit.featureselection;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Drops the numeric columns whose variance does not exceed {@code threshold}, as scikit-learn's
 * {@code VarianceThreshold}: the population variance of the present values (numpy's {@code nanvar}), and with
 * threshold 0 the smaller of it and the column's range, so that a constant column has variance exactly 0. A column
 * without any present value has variance NaN and is dropped. By default every numeric column is considered;
 * {@link #columns(String...)} narrows it; other columns pass through.
 *
 * @param threshold the variance a column must exceed to be kept (default 0: drops constant columns); finite, at least 0
 * @param columns   the columns considered; empty means every numeric column
 */
public record VarianceThreshold(double threshold, List<String> columns) implements Transformer<VarianceThresholdModel> {

    private static final String STEP = "VarianceThreshold";

    /** Validates the threshold and freezes the column list. */
    public VarianceThreshold {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException(STEP + ": threshold must be finite and at least 0, found " + threshold);
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: threshold 0 (only constant columns are dropped), every numeric column. */
    public VarianceThreshold() {
        this(0, List.of());
    }

    /** A copy that keeps the columns whose variance exceeds {@code threshold}. */
    public VarianceThreshold threshold(double threshold) {
        return new VarianceThreshold(threshold, columns);
    }

    /** A copy that considers only the named columns; with no name, every numeric column. */
    public VarianceThreshold columns(String... columns) {
        return new VarianceThreshold(threshold, Checks.asList("columns", columns));
    }

    /**
     * Learns each considered column's variance, ignoring missing values.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, a value is
     *                                  infinite (naming the column and row), or no column's variance exceeds the
     *                                  threshold (scikit-learn raises "No feature in X meets the variance threshold")
     */
    @Override
    public VarianceThresholdModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        double[] variances = new double[selected.size()];
        for (int j = 0; j < variances.length; j++) {
            variances[j] = variance(Columns.finiteValues(table, selected.get(j), STEP));
        }
        return VarianceThresholdModel.of(this, Schema.of(table), selected, variances);
    }

    /**
     * numpy's {@code nanvar} of {@code values} (sum of the present values in turn, divided by their count; then the mean
     * square deviation), replaced with threshold 0 by the range where that is smaller, as scikit-learn's
     * {@code nanmin} of the two (a column with a missing value has range NaN, so keeps its variance).
     */
    private double variance(double[] values) {
        double sum = 0;
        int count = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean missing = false;
        for (double v : values) {
            if (Double.isNaN(v)) {
                missing = true;
            } else {
                sum += v;
                count++;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double mean = sum / count;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                squares += d * d;
            }
        }
        double variance = squares / count;
        return threshold == 0 && !missing ? Math.min(variance, max - min) : variance;
    }
}
