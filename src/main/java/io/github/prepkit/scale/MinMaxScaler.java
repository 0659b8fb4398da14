package io.github.prepkit.scale;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Rescales numeric columns linearly so that the minimum and maximum seen at fit map to the ends of
 * {@code featureRange}, as scikit-learn's {@code MinMaxScaler}: x' = x * scale + min with
 * scale = (high - low) / (max - min) and min = low - min * scale. A constant column gets scale 1 (it is only
 * shifted to {@code low}). Missing values are ignored at fit and stay missing. With {@code clip}, transformed values
 * outside the range (from a later table) are clipped to it. By default every numeric column is scaled;
 * {@link #columns(String...)} narrows it and other columns pass through unchanged.
 *
 * @param featureRangeLow  the low end of the target range (default 0)
 * @param featureRangeHigh the high end of the target range (default 1); must exceed the low end by a finite width
 * @param clip             whether to clip transformed values to the range (default false)
 * @param columns          the columns to scale; empty means every numeric column
 */
public record MinMaxScaler(double featureRangeLow, double featureRangeHigh, boolean clip, List<String> columns)
        implements Transformer<MinMaxScalerModel> {

    /** Validates the range and freezes the column list. */
    public MinMaxScaler {
        if (!(featureRangeLow < featureRangeHigh) || !Double.isFinite(featureRangeLow) || !Double.isFinite(featureRangeHigh)) {
            throw new IllegalArgumentException("MinMaxScaler: featureRange must be finite with low < high, found ("
                    + featureRangeLow + ", " + featureRangeHigh + ")");
        }
        if (Double.isInfinite(featureRangeHigh - featureRangeLow)) {
            throw new IllegalArgumentException("MinMaxScaler: featureRange's width high - low must be within the double"
                    + " range, found (" + featureRangeLow + ", " + featureRangeHigh + ")");
        }
        columns = Checks.columnNames(columns, "MinMaxScaler");
    }

    /** scikit-learn's defaults: range (0, 1), no clipping, every numeric column. */
    public MinMaxScaler() {
        this(0, 1, false, List.of());
    }

    /** A copy scaling to {@code [low, high]}. */
    public MinMaxScaler featureRange(double low, double high) {
        return new MinMaxScaler(low, high, clip, columns);
    }

    /** A copy that does ({@code true}) or does not clip transformed values to the range. */
    public MinMaxScaler clip(boolean clip) {
        return new MinMaxScaler(featureRangeLow, featureRangeHigh, clip, columns);
    }

    /** A copy that scales only the named columns; with no name, every numeric column. */
    public MinMaxScaler columns(String... columns) {
        return new MinMaxScaler(featureRangeLow, featureRangeHigh, clip, Checks.asList("columns", columns));
    }

    /**
     * Learns each column's minimum and maximum, ignoring missing values.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a value is
     *                                  infinite, naming the column and row (scikit-learn refuses infinity too)
     */
    @Override
    public MinMaxScalerModel fit(Table table) {
        Tables.requireRows(table, "MinMaxScaler");
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, "MinMaxScaler");
        double[] dataMin = new double[selected.size()];
        double[] dataMax = new double[selected.size()];
        for (int j = 0; j < selected.size(); j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : Columns.finiteValues(table, selected.get(j), "MinMaxScaler")) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            boolean nonePresent = min > max;
            dataMin[j] = nonePresent ? Double.NaN : min;
            dataMax[j] = nonePresent ? Double.NaN : max;
        }
        return MinMaxScalerModel.of(this, Schema.of(table), selected, dataMin, dataMax);
    }
}
