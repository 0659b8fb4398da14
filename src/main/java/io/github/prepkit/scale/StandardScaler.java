package io.github.prepkit.scale;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.stats.ColumnSums;
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

    private static final String STEP = "StandardScaler";

    /** Validates and freezes the column list. */
    public StandardScaler {
        columns = Checks.columnNames(columns, STEP);
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
        Tables.requireRows(table, STEP);
        return fit(Schema.of(table), ColumnSums.of(table, Columns.select(table, columns, ColumnKind.NUMERIC, STEP),
                STEP));
    }

    /** {@code fit(table).transform(table)}, reading the columns once for both. */
    @Override
    public Table fitTransform(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        List<double[]> values = selected.stream().map(name -> Columns.finiteValues(table, name, STEP)).toList();
        StandardScalerModel model = fit(Schema.of(table), ColumnSums.of(selected, values));
        return model.transform(table, values.toArray(double[][]::new));
    }

    /**
     * {@link #fit(Table)} from the selected columns' sums instead of their values: two passes, the mean from the
     * values' sum and the variance from their deviations with a rounding correction, each summed in blocks of rows,
     * so sums found where the values are (prepkit's Spark fit finds them on the cluster) give the model a local fit
     * gives, bit for bit.
     *
     * @param schema the columns of the table fitted on, which had at least one row and no infinite value
     * @param sums   the sums of the columns this scaler selects from {@code schema}, in order
     * @throws IllegalArgumentException if a named column is missing or not numeric, or {@code sums} are of other
     *                                  columns, naming them
     */
    public StandardScalerModel fit(Schema schema, ColumnSums sums) {
        Checks.notNull(schema, "schema");
        Checks.notNull(sums, "sums");
        List<String> selected = schema.select(columns, ColumnKind.NUMERIC, STEP);
        if (!sums.columns().equals(selected)) {
            throw new IllegalArgumentException(STEP + ": the sums are of columns " + sums.columns() + ", but it scales "
                    + selected);
        }
        long[] counts = sums.counts();
        double[] maxAbs = sums.maxAbs();
        BinaryScale[] measured = new BinaryScale[selected.size()];
        int[] exponents = new int[selected.size()];
        for (int j = 0; j < exponents.length; j++) {
            measured[j] = BinaryScale.of(maxAbs[j], 2);
            exponents[j] = measured[j].exponent();
        }
        double[] means = sums.sums(exponents);
        for (int j = 0; j < means.length; j++) {
            means[j] /= counts[j];
        }
        double[][] deviations = sums.deviations(exponents, means);
        BinaryScale[] binary = new BinaryScale[selected.size()];
        double[] mean = new double[selected.size()];
        double[] scale = new double[selected.size()];
        for (int j = 0; j < selected.size(); j++) {
            double count = counts[j];
            double variance = (deviations[j][0] - deviations[j][1] * deviations[j][1] / count) / count;
            boolean scaled = withStd && !isConstant(means[j], variance, count);
            binary[j] = scaled ? measured[j] : BinaryScale.ONE; // a scale of 1 is 1 in the column's own units
            mean[j] = !withMean ? 0 : scaled ? means[j] : measured[j].undo(means[j]);
            scale[j] = scaled ? Math.sqrt(variance) : 1;
        }
        return StandardScalerModel.of(this, schema, selected, BinaryScale.undo(binary, mean),
                BinaryScale.undo(binary, scale));
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
