package io.github.prepkit.stats;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Sums over numeric columns' present values in fixed blocks of {@value #BLOCK} rows: within a block in row order,
 * then the blocks' sums in block order. The blocks are the same wherever the rows are, so the sums are the same bit for
 * bit on one machine ({@link #of}) and on a cluster whose partitions sum the blocks they hold whole and send the rest
 * (prepkit's Spark fits): a mean or a variance from these sums is exact across the two. Each value is multiplied by
 * 2^exponent first (exactly, but for subnormal results), so that columns near the ends of the double range are summed at
 * an ordinary magnitude.
 */
public interface ColumnSums {

    /** The rows in one block. */
    int BLOCK = 4096;

    /** The columns summed, in order. */
    List<String> columns();

    /** Per column, how many values are present. */
    long[] counts();

    /** Per column, the largest absolute value present, 0 if none. */
    double[] maxAbs();

    /** Per column j, the sum of its present values times 2^exponents[j]. */
    double[] sums(int[] exponents);

    /**
     * Per column j, with y = x 2^exponents[j] for its present values x: {sum of (y - centers[j])², sum of
     * (y - centers[j])}, the second being the rounding correction of a two-pass variance.
     */
    double[][] deviations(int[] exponents, double[] centers);

    /**
     * Per column, the mean of its present values (NaN if none): their sum at the power of two that keeps it within the
     * double range, over their count, so the mean of values near Double.MAX_VALUE is finite.
     */
    default double[] means() {
        double[] maxAbs = maxAbs();
        long[] counts = counts();
        BinaryScale[] scales = new BinaryScale[maxAbs.length];
        int[] exponents = new int[maxAbs.length];
        for (int j = 0; j < scales.length; j++) {
            scales[j] = BinaryScale.of(maxAbs[j], 1);
            exponents[j] = scales[j].exponent();
        }
        double[] means = sums(exponents);
        for (int j = 0; j < means.length; j++) {
            means[j] = scales[j].undo(means[j] / counts[j]);
        }
        return means;
    }

    /**
     * The sums of columns {@code columns} of {@code table}, read once.
     *
     * @param step names the step in the message
     * @throws IllegalArgumentException if a column is missing or not numeric, or has an infinite value, naming the
     *                                  step, the column and the row
     */
    static ColumnSums of(Table table, List<String> columns, String step) {
        Checks.notNull(table, "table");
        List<String> names = List.copyOf(Checks.notNull(columns, "columns"));
        return of(names, names.stream().map(name -> Columns.finiteValues(table, name, step)).toList());
    }

    /**
     * The sums of columns already read: {@code values.get(j)} holds column j's value in each row, NaN where missing.
     *
     * @throws IllegalArgumentException if there are not as many value arrays as names
     */
    static ColumnSums of(List<String> columns, List<double[]> columnValues) {
        List<String> names = List.copyOf(Checks.notNull(columns, "columns"));
        double[][] values = Checks.noNulls(columnValues, "columnValues").toArray(double[][]::new);
        if (values.length != names.size()) {
            throw new IllegalArgumentException("columnValues must hold one array per column, " + names.size()
                    + ", found " + values.length);
        }
        return new ColumnSums() {
            @Override
            public List<String> columns() {
                return names;
            }

            @Override
            public long[] counts() {
                long[] counts = new long[values.length];
                for (int j = 0; j < values.length; j++) {
                    for (double v : values[j]) {
                        counts[j] += Double.isNaN(v) ? 0 : 1;
                    }
                }
                return counts;
            }

            @Override
            public double[] maxAbs() {
                double[] maxAbs = new double[values.length];
                for (int j = 0; j < values.length; j++) {
                    maxAbs[j] = BinaryScale.maxAbs(values[j]);
                }
                return maxAbs;
            }

            @Override
            public double[] sums(int[] exponents) {
                double[] sums = new double[values.length];
                for (int j = 0; j < values.length; j++) {
                    for (int from = 0; from < values[j].length; from += BLOCK) {
                        sums[j] += blockSum(values[j], from, Math.min(from + BLOCK, values[j].length), exponents[j]);
                    }
                }
                return sums;
            }

            @Override
            public double[][] deviations(int[] exponents, double[] centers) {
                double[][] deviations = new double[values.length][2];
                double[] block = new double[2];
                for (int j = 0; j < values.length; j++) {
                    for (int from = 0; from < values[j].length; from += BLOCK) {
                        blockDeviations(values[j], from, Math.min(from + BLOCK, values[j].length), exponents[j],
                                centers[j], block);
                        deviations[j][0] += block[0];
                        deviations[j][1] += block[1];
                    }
                }
                return deviations;
            }
        };
    }

    /** One block's sum: the values of {@code values[from, to)} that are not NaN, times 2^exponent, added in order. */
    static double blockSum(double[] values, int from, int to, int exponent) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                sum += exponent == 0 ? v : Math.scalb(v, exponent);
            }
        }
        return sum;
    }

    /**
     * One block's {sum of (y - center)², sum of (y - center)} over y = x 2^exponent for the values x of
     * {@code values[from, to)} that are not NaN, added in order, into {@code into}.
     */
    static void blockDeviations(double[] values, int from, int to, int exponent, double center, double[] into) {
        double squares = 0;
        double deviations = 0;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (!Double.isNaN(v)) {
                double d = (exponent == 0 ? v : Math.scalb(v, exponent)) - center;
                squares += d * d;
                deviations += d;
            }
        }
        into[0] = squares;
        into[1] = deviations;
    }
}
