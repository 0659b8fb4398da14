package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import tech.tablesaw.api.Table;

/**
 * Flags the rows far from the centre of the data once the columns' scales and correlations are accounted
 * for: a row's score is its Mahalanobis distance sqrt((x - mean)' S^-1 (x - mean)) to the column means under
 * the sample covariance S (n - 1 in the denominator, as {@code numpy.cov}; the distance is
 * {@code scipy.spatial.distance.mahalanobis}'s), and it is an outlier when the distance exceeds the threshold.
 * The default threshold is sqrt of the 0.975 quantile of the chi-square distribution with p degrees of freedom
 * (p = number of columns), the distance that 2.5 % of rows exceed when the data are multivariate normal.
 *
 * <p>The covariance must be invertible: fitting fails with an {@link IllegalStateException} naming the
 * problem when a column is constant or a column is (within 1e-10, on the correlation scale) a linear
 * combination of others; drop or combine such columns. It needs more rows than columns. By default every
 * numeric column is examined; {@link #columns(String...)} narrows it. Missing or infinite values are rejected,
 * naming the column and row: impute or drop them first.
 *
 * @param threshold the largest distance that is still normal (finite, at least 0); empty for the chi-square default
 * @param columns   the columns to examine; empty means every numeric column
 */
public record MahalanobisDetector(OptionalDouble threshold, List<String> columns)
        implements OutlierDetector<MahalanobisDetectorModel> {

    /** The chi-square quantile that sets the default threshold. */
    public static final double DEFAULT_QUANTILE = 0.975;

    private static final String STEP = "MahalanobisDetector";

    /** Validates the threshold and freezes the column list. */
    public MahalanobisDetector {
        Checks.notNull(threshold, STEP + ": threshold").ifPresent(t -> DetectorInput.requireThreshold(t, STEP));
        columns = Checks.columnNames(columns, STEP);
    }

    /** The chi-square default threshold, on every numeric column. */
    public MahalanobisDetector() {
        this(OptionalDouble.empty(), List.of());
    }

    /** A copy with a fixed threshold (finite, at least 0) instead of the chi-square default. */
    public MahalanobisDetector threshold(double threshold) {
        return new MahalanobisDetector(OptionalDouble.of(threshold), columns);
    }

    /** A copy that examines only the named columns; with no name, every numeric column. */
    public MahalanobisDetector columns(String... columns) {
        return new MahalanobisDetector(threshold, Checks.asList("columns", columns));
    }

    /**
     * The default threshold for {@code p} columns: sqrt of the {@link #DEFAULT_QUANTILE} quantile of the chi-square
     * distribution with {@code p} degrees of freedom (as {@code sqrt(scipy.stats.chi2.ppf(0.975, p))}).
     *
     * @param p the number of columns
     * @return the threshold on the Mahalanobis distance
     * @throws IllegalArgumentException if {@code p} is below 1
     */
    public static double defaultThreshold(int p) {
        if (p < 1) {
            throw new IllegalArgumentException(STEP + ": p must be at least 1, found " + p);
        }
        return Math.sqrt(new ChiSquaredDistribution(null, p, 1e-14).inverseCumulativeProbability(DEFAULT_QUANTILE));
    }

    /**
     * Learns the column means and the sample covariance, and factors the covariance for the distances. Columns
     * whose values' squares would overflow or underflow are summed scaled by powers of two (see {@link BinaryScale}),
     * so the statistics are exact to rounding wherever they are within the double range.
     *
     * @throws IllegalArgumentException if the table has no more rows than columns, has no numeric column to
     *                                  examine, a named column is missing or not numeric, a value is missing or
     *                                  infinite, or a variance or covariance is beyond the double range (or a variance
     *                                  below the smallest normal double), naming the columns
     * @throws IllegalStateException    if the sample covariance is singular, naming a constant column if any
     */
    @Override
    public MahalanobisDetectorModel fit(Table table) {
        DetectorInput input = DetectorInput.of(table, columns, STEP);
        List<String> selected = input.columns();
        int p = selected.size();
        int n = input.rowCount();
        if (n <= p) {
            throw new IllegalArgumentException(STEP + ": needs more rows than columns for an invertible sample"
                    + " covariance, found " + n + " rows for " + p + " columns " + selected);
        }
        for (int j = 0; j < p; j++) {
            if (input.isConstant(j)) {
                throw new IllegalStateException(STEP + ": column '" + selected.get(j) + "' is constant, so the sample"
                        + " covariance is singular; drop the column");
            }
        }
        BinaryScale[] scales = input.scales(2);
        DetectorInput scaled = input.scaled(scales);
        double[] mean = scaled.means();
        double[][] covariance = unscaled(covariance(scaled.rows(), mean), scales, selected);
        for (int j = 0; j < p; j++) {
            mean[j] = scales[j].undo(mean[j]);
        }
        if (MahalanobisDetectorModel.correlationFactor(covariance).isEmpty()) {
            throw new IllegalStateException(STEP + ": the sample covariance of " + selected + " is singular: some"
                    + " column is (almost) a linear combination of the others; drop or combine such columns");
        }
        return MahalanobisDetectorModel.of(this, Schema.of(table), selected, mean, covariance);
    }

    /**
     * The covariance of columns scaled by {@code scales} in the columns' own units: entry (j, k) divided by the
     * product of their scales.
     *
     * @throws IllegalArgumentException naming the column whose variance, or the pair whose covariance, is beyond the
     *                                  double range, or the column whose variance is below the smallest normal double,
     *                                  so that no finite, accurate covariance exists
     */
    private static double[][] unscaled(double[][] covariance, BinaryScale[] scales, List<String> columns) {
        for (int j = 0; j < scales.length; j++) {
            for (int k = 0; k < scales.length; k++) {
                double value = Math.scalb(covariance[j][k], -scales[j].exponent() - scales[k].exponent());
                if (Double.isInfinite(value) || j == k && value < Double.MIN_NORMAL) {
                    throw new IllegalArgumentException(STEP + ": the " + (j == k ? "variance of column '"
                            + columns.get(j) + "'" : "covariance of columns '" + columns.get(j) + "' and '"
                            + columns.get(k) + "'") + " is " + (Double.isInfinite(value) ? "beyond" : "below")
                            + " the double range (" + covariance[j][k] + " times 2^" + (-scales[j].exponent()
                            - scales[k].exponent()) + "); rescale the columns first (e.g. StandardScaler)");
                }
                covariance[j][k] = value;
            }
        }
        return covariance;
    }

    /** The sample covariance (n - 1 in the denominator) of the centred rows; exactly symmetric. */
    private static double[][] covariance(double[] rows, double[] mean) {
        int p = mean.length;
        int n = rows.length / p;
        double[][] covariance = new double[p][p];
        double[] centred = new double[p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                centred[j] = rows[i * p + j] - mean[j];
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k <= j; k++) {
                    covariance[j][k] += centred[j] * centred[k];
                }
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k <= j; k++) {
                covariance[j][k] /= n - 1;
                covariance[k][j] = covariance[j][k];
            }
        }
        return covariance;
    }
}
