package io.github.prepkit.stats;

import io.github.prepkit.data.Checks;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/**
 * Quantiles of a sample by linear interpolation between order statistics, the definition numpy,
 * pandas and scikit-learn use by default (Hyndman and Fan's type 7). Missing values (NaN) are
 * skipped, as pandas does; selection is by quickselect, so no full sort is needed.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The median of the values that are not NaN: the middle value, or the mean of the two middle
     * values when their count is even; NaN if no value is present. The array is not modified.
     */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /**
     * The {@code q}-quantile of the values that are not NaN, by linear interpolation; NaN if no value is
     * present. The array is not modified.
     *
     * @throws IllegalArgumentException if {@code q} is not in [0, 1]
     */
    public static double quantile(double[] values, double q) {
        Checks.notNull(values, "values");
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile q must be in [0, 1], found " + q);
        }
        Percentile percentile = new Percentile()
                .withEstimationType(Percentile.EstimationType.R_7)
                .withNaNStrategy(NaNStrategy.REMOVED);
        return percentile.evaluate(values, 100 * q);
    }
}
