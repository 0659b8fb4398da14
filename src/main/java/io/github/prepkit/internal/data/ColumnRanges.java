package io.github.prepkit.internal.data;

import java.util.Arrays;

/**
 * The lowest and highest value of each column of row-major data (missing values skipped), from which
 * {@link #differenceScale} chooses the one power of two that rows are multiplied by before a computation on their
 * differences: the distances of kNN, k-means and the kNN imputer, the centred sums of a regression.
 *
 * <p>Differences are bounded by the columns' spreads, not by the values: a column constant at 1e308 differs by 0
 * from row to row and must not push the other columns' differences below the double range. So the scale comes from
 * the largest spread, and is lowered, if need be, so that no value overflows when multiplied by it.
 */
public final class ColumnRanges {

    /** Above this binary exponent, a scaled value would be too close to overflowing. */
    private static final int LARGEST_EXPONENT = 1022;

    private final double[] low;
    private final double[] high;

    private ColumnRanges(double[] low, double[] high) {
        this.low = low;
        this.high = high;
    }

    /**
     * The ranges of the {@code columns} columns of the row-major {@code values} (row i, column j at
     * {@code i * columns + j}); a column with no value present has the empty range (+Infinity, -Infinity).
     *
     * @throws IllegalArgumentException if there are values but no columns
     */
    public static ColumnRanges of(double[] values, int columns) {
        Checks.notNull(values, "values");
        if (columns < 0 || columns == 0 && values.length > 0) {
            throw new IllegalArgumentException("columns must be at least 1 for " + values.length + " values, found "
                    + columns);
        }
        double[] low = new double[columns];
        double[] high = new double[columns];
        Arrays.fill(low, Double.POSITIVE_INFINITY);
        Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (int row = 0; row < values.length; row += columns) {
            int width = Math.min(columns, values.length - row);
            for (int j = 0; j < width; j++) {
                double v = values[row + j];
                if (v < low[j]) { // false for NaN, a missing value
                    low[j] = v;
                }
                if (v > high[j]) {
                    high[j] = v;
                }
            }
        }
        return new ColumnRanges(low, high);
    }

    /** The ranges of {@code columns}, one array per column; see {@link #of(double[], int)}. */
    public static ColumnRanges ofColumns(double[][] columns) {
        Checks.notNull(columns, "columns");
        return ofColumns(columns, new double[columns.length]);
    }

    /**
     * {@link #ofColumns(double[][])}, writing each column's sum (in four interleaved partial sums; NaN if a value is) to
     * {@code sums} in the same pass, for a caller that centres the columns next.
     */
    public static ColumnRanges ofColumns(double[][] columns, double[] sums) {
        Checks.notNull(columns, "columns");
        Checks.notNull(sums, "sums");
        double[] low = new double[columns.length];
        double[] high = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            double[] column = columns[j];
            double low0 = Double.POSITIVE_INFINITY;
            double low1 = Double.POSITIVE_INFINITY;
            double high0 = Double.NEGATIVE_INFINITY;
            double high1 = Double.NEGATIVE_INFINITY;
            double sum0 = 0;
            double sum1 = 0;
            double sum2 = 0;
            double sum3 = 0;
            int i = 0;
            for (; i + 3 < column.length; i += 4) {
                double u = column[i];
                double v = column[i + 1];
                double w = column[i + 2];
                double z = column[i + 3];
                low0 = u < low0 ? u : low0; // false for NaN, a missing value
                high0 = u > high0 ? u : high0;
                low1 = v < low1 ? v : low1;
                high1 = v > high1 ? v : high1;
                low0 = w < low0 ? w : low0;
                high0 = w > high0 ? w : high0;
                low1 = z < low1 ? z : low1;
                high1 = z > high1 ? z : high1;
                sum0 += u;
                sum1 += v;
                sum2 += w;
                sum3 += z;
            }
            for (; i < column.length; i++) {
                double u = column[i];
                low0 = u < low0 ? u : low0;
                high0 = u > high0 ? u : high0;
                sum0 += u;
            }
            low[j] = Math.min(low0, low1);
            high[j] = Math.max(high0, high1);
            sums[j] = (sum0 + sum1) + (sum2 + sum3);
        }
        return new ColumnRanges(low, high);
    }

    /** The ranges of these columns and {@code other}'s together (the same columns, e.g. of other rows). */
    public ColumnRanges union(ColumnRanges other) {
        double[] unionLow = low.clone();
        double[] unionHigh = high.clone();
        for (int j = 0; j < low.length; j++) {
            unionLow[j] = Math.min(low[j], other.low[j]);
            unionHigh[j] = Math.max(high[j], other.high[j]);
        }
        return new ColumnRanges(unionLow, unionHigh);
    }

    /**
     * Whether column {@code j} holds a single value of a magnitude that, multiplied by {@code scale}, is still too
     * large (or small) to square: a computation that centres the column must then take that value as its mean, since
     * the sum of the column may overflow and the residue of a rounded mean, squared, would.
     */
    public boolean isFarConstant(int j, BinaryScale scale) {
        return low[j] == high[j] && !BinaryScale.of(scale.apply(low[j]), 2).isOne();
    }

    /** The largest magnitude of column {@code j}'s values; 0 if it has none. */
    public double magnitude(int j) {
        return low[j] <= high[j] ? Math.max(Math.abs(low[j]), Math.abs(high[j])) : 0;
    }

    /** The lowest value of column {@code j}: for a constant column, its value. */
    public double low(int j) {
        return low[j];
    }

    /**
     * The power of two for a computation of {@code degree} on differences of these columns' values (2 for squared
     * Euclidean distances, p for a Minkowski distance): the one {@link BinaryScale#of} gives the largest spread, except
     * that values are not scaled up so far that the largest of them comes near overflowing.
     */
    public BinaryScale differenceScale(double degree) {
        BinaryScale scale = BinaryScale.of(largestSpread(), degree);
        double largest = largestMagnitude();
        if (scale.exponent() <= 0 || largest == 0) {
            return scale;
        }
        int exponent = Math.min(scale.exponent(), LARGEST_EXPONENT - BinaryScale.exponentOf(largest));
        return exponent <= 0 ? BinaryScale.ONE : new BinaryScale(exponent);
    }

    /**
     * Whether {@code scale} serves these columns as well as {@link #differenceScale} would: it is that scale, or it
     * brings their spreads into the unscaled range without taking a value near overflowing.
     */
    public boolean accepts(BinaryScale scale, double degree) {
        return scale.equals(differenceScale(degree)) || BinaryScale.of(scale.apply(largestSpread()), degree).isOne()
                && (largestMagnitude() == 0 || BinaryScale.exponentOf(largestMagnitude()) + scale.exponent()
                <= LARGEST_EXPONENT);
    }

    /**
     * The largest spread of a column, high - low, as Double.MAX_VALUE where it overflows (it is then at most twice
     * that, which the scale for Double.MAX_VALUE still brings into range); 0 if no column has two values.
     */
    public double largestSpread() {
        double largest = 0;
        for (int j = 0; j < low.length; j++) {
            if (low[j] < high[j]) {
                largest = Math.max(largest, Math.min(high[j] - low[j], Double.MAX_VALUE));
            }
        }
        return largest;
    }

    /** The largest magnitude of any value; 0 if there is none. */
    public double largestMagnitude() {
        double largest = 0;
        for (int j = 0; j < low.length; j++) {
            largest = Math.max(largest, magnitude(j));
        }
        return largest;
    }
}
