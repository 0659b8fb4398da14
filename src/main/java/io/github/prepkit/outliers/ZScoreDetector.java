package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Flags the rows where some column lies more than {@code threshold} standard deviations from its mean: per
 * column z = |x - mean| / std with the population standard deviation (n in the denominator, as
 * {@code scipy.stats.zscore(ddof=0)}); a row's score is its largest z, and it is an outlier when that score
 * exceeds the threshold. A column constant at fit has no spread to measure against, so its z is 0 and it
 * never flags a row (scipy gives NaN there, which never exceeds a threshold either). By default every numeric
 * column is examined; {@link #columns(String...)} narrows it. Missing or infinite values are rejected, naming
 * the column and row: impute or drop them first.
 *
 * @param threshold the largest z that is still normal (default 3, finite and at least 0)
 * @param columns   the columns to examine; empty means every numeric column
 */
public record ZScoreDetector(double threshold, List<String> columns) implements OutlierDetector<ZScoreDetectorModel> {

    private static final String STEP = "ZScoreDetector";

    /** Validates the threshold and freezes the column list. */
    public ZScoreDetector {
        DetectorInput.requireThreshold(threshold, STEP);
        columns = Checks.columnNames(columns, STEP);
    }

    /** The usual rule: more than 3 standard deviations out, in any numeric column. */
    public ZScoreDetector() {
        this(3, List.of());
    }

    /** A copy with another threshold (finite, at least 0). */
    public ZScoreDetector threshold(double threshold) {
        return new ZScoreDetector(threshold, columns);
    }

    /** A copy that examines only the named columns; with no name, every numeric column. */
    public ZScoreDetector columns(String... columns) {
        return new ZScoreDetector(threshold, Checks.asList("columns", columns));
    }

    /**
     * Learns each column's mean and population standard deviation (0 for a constant column), summed scaled by a power
     * of two where the values' sums or squares would overflow or underflow (see {@link BinaryScale}), so both are
     * finite and exact to rounding for any finite values.
     *
     * @throws IllegalArgumentException if the table is empty, has no numeric column to examine, a named column
     *                                  is missing or not numeric, or a value is missing or infinite
     */
    @Override
    public ZScoreDetectorModel fit(Table table) {
        DetectorInput input = DetectorInput.of(table, columns, STEP);
        BinaryScale[] scales = input.scales(2);
        DetectorInput scaled = input.scaled(scales);
        double[] mean = scaled.means();
        double[] std = new double[mean.length];
        for (int j = 0; j < mean.length; j++) {
            std[j] = input.isConstant(j) ? 0 : populationStd(scaled.column(j), mean[j]);
        }
        return ZScoreDetectorModel.of(this, Schema.of(table), input.columns(), BinaryScale.undo(scales, mean),
                BinaryScale.undo(scales, std));
    }

    private static double populationStd(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }
}
