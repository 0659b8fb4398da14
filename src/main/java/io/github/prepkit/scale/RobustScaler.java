package io.github.prepkit.scale;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.stats.OrderStatistics;
import java.util.function.Function;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import tech.tablesaw.api.Table;

/**
 * Scales numeric columns with statistics that outliers barely move, as scikit-learn's {@code RobustScaler}:
 * x' = (x - median) / (q_high - q_low), the quantiles taken by linear interpolation (25th and 75th
 * percentiles by default, the interquartile range). A zero range (a constant column) gets scale 1. With
 * {@code unitVariance}, the scale is divided by the range of the same quantiles of the standard normal, so a
 * normal column ends with variance 1, and so needs a quantile range strictly inside (0, 100) (checked at
 * construction). Missing values are ignored at fit and stay missing; infinite values fail, as in scikit-learn. By
 * default every numeric column is scaled; {@link #columns(String...)} narrows it and other columns pass through
 * unchanged.
 *
 * @param withCentering      whether to subtract the median (default true)
 * @param withScaling        whether to divide by the quantile range (default true)
 * @param quantileRangeLow   the low percentile, in [0, 100] (default 25)
 * @param quantileRangeHigh  the high percentile, in [low, 100] (default 75)
 * @param unitVariance       whether to rescale so that a normal column gets variance 1 (default false)
 * @param columns            the columns to scale; empty means every numeric column
 */
public record RobustScaler(boolean withCentering, boolean withScaling, double quantileRangeLow,
        double quantileRangeHigh, boolean unitVariance, List<String> columns) implements Transformer<RobustScalerModel> {

    private static final String STEP = "RobustScaler";

    /**
     * Validates the quantile range, also against {@code unitVariance}, and freezes the column list.
     *
     * @throws IllegalArgumentException naming {@code quantileRange}, and {@code unitVariance} where they conflict
     */
    public RobustScaler {
        if (!(0 <= quantileRangeLow && quantileRangeLow <= quantileRangeHigh && quantileRangeHigh <= 100)) {
            throw new IllegalArgumentException("RobustScaler: quantileRange must satisfy 0 <= low <= high <= 100, found ("
                    + quantileRangeLow + ", " + quantileRangeHigh + ")");
        }
        if (unitVariance && !(0 < quantileRangeLow && quantileRangeLow < quantileRangeHigh && quantileRangeHigh < 100)) {
            throw new IllegalArgumentException("RobustScaler: unitVariance needs a quantileRange with 0 < low < high < 100,"
                    + " found (" + quantileRangeLow + ", " + quantileRangeHigh + "): the standard normal's quantile range"
                    + " there is " + (quantileRangeLow == quantileRangeHigh ? "0" : "infinite") + ", so no scale follows"
                    + " (scikit-learn would divide by it and scale to NaN or 0)");
        }
        columns = Checks.columnNames(columns, "RobustScaler");
    }

    /** scikit-learn's defaults: center on the median, scale by the interquartile range, every numeric column. */
    public RobustScaler() {
        this(true, true, 25, 75, false, List.of());
    }

    /** A copy that does ({@code true}) or does not subtract the median. */
    public RobustScaler withCentering(boolean withCentering) {
        return new RobustScaler(withCentering, withScaling, quantileRangeLow, quantileRangeHigh, unitVariance, columns);
    }

    /** A copy that does ({@code true}) or does not divide by the quantile range. */
    public RobustScaler withScaling(boolean withScaling) {
        return new RobustScaler(withCentering, withScaling, quantileRangeLow, quantileRangeHigh, unitVariance, columns);
    }

    /** A copy scaling by the range between the {@code low} and {@code high} percentiles. */
    public RobustScaler quantileRange(double low, double high) {
        return new RobustScaler(withCentering, withScaling, low, high, unitVariance, columns);
    }

    /** A copy that does ({@code true}) or does not rescale to unit variance for normal data. */
    public RobustScaler unitVariance(boolean unitVariance) {
        return new RobustScaler(withCentering, withScaling, quantileRangeLow, quantileRangeHigh, unitVariance, columns);
    }

    /** A copy that scales only the named columns; with no name, every numeric column. */
    public RobustScaler columns(String... columns) {
        return new RobustScaler(withCentering, withScaling, quantileRangeLow, quantileRangeHigh, unitVariance,
                Checks.asList("columns", columns));
    }

    /**
     * Learns each column's median and quantile range, ignoring missing values. A quantile range beyond the double
     * range (a column spanning -1e308 to 1e308) is divided by the normal range on halves, so the scale is finite
     * whenever its true value is.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, a value is
     *                                  infinite (naming the column and row, as scikit-learn refuses it), or a column's
     *                                  scale exceeds the double range, naming the column
     */
    @Override
    public RobustScalerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        return fit(Schema.of(table), name -> OrderStatistics.of(Columns.finiteValues(table, name, STEP)));
    }

    /**
     * {@link #fit(Table)} from each selected column's order statistics instead of its values: the median and the
     * quantiles are read at their ranks and the largest absolute value at the ends, so statistics found where the
     * values are (prepkit's Spark fit finds them on the cluster) give the model a local fit gives, bit for bit.
     *
     * @param schema  the columns of the table fitted on, which had at least one row and no infinite value
     * @param columns the present values of each selected column, by name, asked for in the order of the columns
     * @throws IllegalArgumentException if a named column is missing or not numeric, or a column's scale exceeds the
     *                                  double range, naming the column
     */
    public RobustScalerModel fit(Schema schema, Function<String, OrderStatistics> columns) {
        Checks.notNull(schema, "schema");
        Checks.notNull(columns, "columns");
        List<String> selected = schema.select(this.columns, ColumnKind.NUMERIC, STEP);
        BinaryScale[] binary = new BinaryScale[selected.size()];
        double[] center = new double[selected.size()];
        double[] scale = new double[selected.size()];
        double normalRange = unitVariance ? normalQuantile(quantileRangeHigh) - normalQuantile(quantileRangeLow) : 1;
        for (int j = 0; j < selected.size(); j++) {
            String name = selected.get(j);
            OrderStatistics values = columns.apply(name);
            BinaryScale measured = BinaryScale.of(values.maxAbs(), 1);
            OrderStatistics scaled = values.map(measured::apply);
            double median = scaled.quantile(0.5);
            double low = scaled.quantile(quantileRangeLow / 100);
            double high = scaled.quantile(quantileRangeHigh / 100);
            // a range below ten machine epsilons in the column's own units is a constant column's: scale 1 there
            boolean isScaled = withScaling && !ScaledColumns.isConstant(measured.undo(high - low));
            binary[j] = isScaled ? measured : BinaryScale.ONE;
            center[j] = !withCentering ? 0 : isScaled ? median : measured.undo(median);
            scale[j] = !withScaling ? 1 : isScaled ? scale(low, high, normalRange, measured, name) : 1 / normalRange;
        }
        return RobustScalerModel.of(this, schema, selected, BinaryScale.undo(binary, center),
                BinaryScale.undo(binary, scale));
    }

    /**
     * The scale of quantiles {@code low} and {@code high} (measured times {@code measured}): their range over
     * {@code normalRange}, in the same units.
     *
     * @throws IllegalArgumentException naming the column if the scale, in the column's own units, is beyond the
     *                                  double range
     */
    private static double scale(double low, double high, double normalRange, BinaryScale measured, String column) {
        double scale = BinaryScale.ratio(high, low, normalRange, 0);
        if (Double.isInfinite(measured.undo(scale))) {
            throw new IllegalArgumentException("RobustScaler: the scale of column '" + column + "', the quantile range "
                    + measured.undo(high) + " - (" + measured.undo(low) + ")"
                    + (normalRange == 1 ? "" : " over " + normalRange) + ", exceeds the double range; rescale the column"
                    + " first");
        }
        return scale;
    }

    private static double normalQuantile(double percentile) {
        return new NormalDistribution().inverseCumulativeProbability(percentile / 100);
    }
}
