package io.github.prepkit.internal.data;

import io.github.prepkit.data.Columns;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Feature columns as one {@code double[]} per column, for a computation that goes column by column (the k-means
 * fit lays the points out in blocks of columns; least squares and Newton's method build Gram matrices by column
 * tiles): {@link FeatureMatrix}'s checks without its row-major transpose,
 * which costs as much as a pass of the computation. Every feature must be numeric, present and finite; the failures
 * are {@link FeatureMatrix}'s, word for word.
 * <p>
 * The check is the pass of {@link ColumnRanges#ofColumns(double[][], double[])}, kept with the columns for the
 * computation that scales or centres them next: a column whose sum is finite has no missing or infinite value, so
 * only a column whose sum is not (a bad value, or a sum beyond the double range) is scanned value by value.
 */
public final class FeatureColumns {

    private final List<String> names;
    private final int rows;
    private final double[][] columns;
    private final ColumnRanges ranges;
    private final double[] sums;

    private FeatureColumns(List<String> names, int rows, double[][] columns, ColumnRanges ranges, double[] sums) {
        this.names = names;
        this.rows = rows;
        this.columns = columns;
        this.ranges = ranges;
        this.sums = sums;
    }

    /**
     * Every column of {@code table}, in table order.
     *
     * @param step names the model in error messages, e.g. {@code "KMeans"}
     * @throws IllegalArgumentException as {@link FeatureMatrix#of(Table, String)}: naming a column that is not
     *                                  numeric, or has a missing or infinite value
     */
    public static FeatureColumns of(Table table, String step) {
        List<String> names = Checks.notNull(table, "features").columnNames();
        double[][] columns = new double[names.size()][];
        for (int j = 0; j < columns.length; j++) {
            try {
                columns[j] = Columns.values(table, names.get(j));
            } catch (IllegalArgumentException e) {
                // FeatureMatrix checks every column's type before any value: it names the first column not numeric
                throw failure(table, step);
            }
        }
        double[] sums = new double[columns.length];
        ColumnRanges ranges = ColumnRanges.ofColumns(columns, sums);
        for (int j = 0; j < columns.length; j++) {
            if (!Double.isFinite(sums[j]) && !allFinite(columns[j])) {
                throw failure(table, step);
            }
        }
        return new FeatureColumns(List.copyOf(names), table.rowCount(), columns, ranges, sums);
    }

    /** FeatureMatrix's failure for a table this class found at fault (the rare path, so the cost does not matter). */
    private static IllegalArgumentException failure(Table table, String step) {
        try {
            FeatureMatrix.of(table, step);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new IllegalStateException(step + ": FeatureMatrix accepted a table FeatureColumns refused");
    }

    private static boolean allFinite(double[] values) {
        boolean finite = true;
        for (double v : values) {
            finite &= v - v == 0; // NaN for NaN and for an infinity
        }
        return finite;
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

    /** Column {@code j} itself, not a copy, so that hot loops read it directly: callers must not modify it. */
    public double[] column(int j) {
        return columns[j];
    }

    /** Each column's lowest and highest value, taken in the check's pass. */
    public ColumnRanges ranges() {
        return ranges;
    }

    /**
     * Each column's sum, from the same pass (see {@link ColumnRanges#ofColumns(double[][], double[])}; infinite where
     * it overflows), the array itself: callers must not modify it.
     */
    public double[] sums() {
        return sums;
    }

    /** Every column itself, in column order, not copies: callers must not modify them. */
    public double[][] arrays() {
        return columns;
    }
}
