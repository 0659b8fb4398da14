package io.github.prepkit.scale;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Standardises numeric columns to zero mean and unit variance, as scikit-learn's {@code StandardScaler}:
 * z = (x - mean) / scale, with the population standard deviation (n in the denominator) as scale.
 * A constant column gets scale 1, so it becomes all zeros instead of NaN. Missing values are ignored at fit
 * and stay missing. By default every numeric column is scaled; {@link #columns(String...)} narrows it and
 * other columns pass through unchanged.
 *
 * @param withMean whether to subtract the mean (default true)
 * @param withStd  whether to divide by the standard deviation (default true)
 * @param columns  the columns to scale; empty means every numeric column
 */
public record StandardScaler(boolean withMean, boolean withStd, List<String> columns)
        implements Transformer<StandardScalerModel> {

    /** Validates and freezes the column list. */
    public StandardScaler {
        columns = Checks.columnNames(columns, "StandardScaler");
    }

    /** scikit-learn's defaults: center and scale every numeric column. */
    public StandardScaler() {
        this(true, true, List.of());
    }

    /** A copy that does ({@code true}) or does not subtract the mean. */
    public StandardScaler withMean(boolean withMean) {
        return new StandardScaler(withMean, withStd, columns);
    }

    /** A copy that does ({@code true}) or does not divide by the standard deviation. */
    public StandardScaler withStd(boolean withStd) {
        return new StandardScaler(withMean, withStd, columns);
    }

    /** A copy that scales only the named columns; with no name, every numeric column. */
    public StandardScaler columns(String... columns) {
        return new StandardScaler(withMean, withStd, Checks.asList("columns", columns));
    }

    /**
     * Learns each column's mean and standard deviation, ignoring missing values. A column whose values near the ends
     * of the double range would overflow (or underflow) when summed or squared is measured scaled by a power of two
     * (see {@link BinaryScale}), and transformed at it, so its z-scores are those of the same column at an ordinary
     * magnitude, subnormal numbers included: a constant column of 1e308 gets mean 1e308 and scale 1, where numpy's
     * mean would overflow, and Double.MIN_VALUE times 1, 2, 3 the z-scores of 1, 2, 3, where numpy's variance
     * underflows to 0.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a value is
     *                                  infinite, naming the column and row (scikit-learn refuses infinity too)
     */
    @Override
    public StandardScalerModel fit(Table table) {
        Tables.requireRows(table, "StandardScaler");
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, "StandardScaler");
        BinaryScale[] binary = new BinaryScale[selected.size()];
        double[] mean = new double[selected.size()];
        double[] scale = new double[selected.size()];
        for (int j = 0; j < selected.size(); j++) {
            double[] values = Columns.finiteValues(table, selected.get(j), "StandardScaler");
            BinaryScale measured = BinaryScale.of(BinaryScale.maxAbs(values), 2);
            double[] moments = meanAndVariance(measured.apply(values));
            boolean scaled = withStd && !isConstant(moments[0], moments[1], moments[2]);
            binary[j] = scaled ? measured : BinaryScale.ONE; // a scale of 1 is 1 in the column's own units
            mean[j] = !withMean ? 0 : scaled ? moments[0] : measured.undo(moments[0]);
            scale[j] = scaled ? Math.sqrt(moments[1]) : 1;
        }
        return StandardScalerModel.of(this, Schema.of(table), selected, BinaryScale.undo(binary, mean),
                BinaryScale.undo(binary, scale));
    }

    /**
     * {mean, population variance, count} of the present values, by two passes with a rounding correction; the test
     * for a constant column below is homogeneous, so both may be taken on scaled values.
     */
    private static double[] meanAndVariance(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        double mean = sum / count;
        double squares = 0;
        double deviations = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                double d = v - mean;
                squares += d * d;
                deviations += d;
            }
        }
        return new double[] {mean, (squares - deviations * deviations / count) / count, count};
    }

    /**
     * scikit-learn's test for a constant column: a variance no larger than its rounding error, so a column
     * of equal values that sums inexactly still gets scale 1. A column with no value present counts as constant.
     */
    private static boolean isConstant(double mean, double variance, double count) {
        double eps = Math.ulp(1.0);
        double bound = count * eps * variance + Math.pow(count * mean * eps, 2);
        return !(variance > bound);
    }
}
