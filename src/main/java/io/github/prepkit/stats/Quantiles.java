package io.github.prepkit.stats;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.MedianSelection;

/**
 * Order statistics of a sample. Missing values (NaN) are skipped, as pandas does. Quantiles interpolate
 * linearly between order statistics, the definition numpy, pandas and scikit-learn use by default
 * (Hyndman and Fan's type 7). Values near the ends of the double range do not overflow: the middle of
 * -1e308 and 1e308 is 0, and the median of two Double.MAX_VALUE is Double.MAX_VALUE.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The median of the values that are not NaN: the middle value, or the mean of the two middle
     * values when their count is even; NaN if no value is present. The array is not modified.
     *
     * @param values the sample; NaN marks a missing value
     * @return the median, or NaN
     */
    public static double median(double[] values) {
        return medianInPlace(Checks.notNull(values, "values").clone());
    }

    /**
     * {@link #median}, computed in the array itself, which it reorders and overwrites: for hot paths that own a
     * scratch array, saving the copy. Selection around a sampled bracket, linear time.
     *
     * @param values the sample, reordered and overwritten; NaN marks a missing value
     * @return the median, or NaN
     */
    public static double medianInPlace(double[] values) {
        return MedianSelection.inPlace(values);
    }

    /**
     * The {@code qs}-quantiles of the values that are not NaN, in the order asked, by linear interpolation:
     * with the present values sorted as x[0..n-1], quantile q is x[h] interpolated at h = (n - 1) q.
     * All NaN when no value is present. One sort serves every q; the array is not modified.
     *
     * @param values the sample; NaN marks a missing value
     * @param qs     the probabilities, each in [0, 1]
     * @return one quantile per q, in the order of {@code qs}
     * @throws IllegalArgumentException if a q is not in [0, 1]
     */
    public static double[] quantiles(double[] values, double... qs) {
        Checks.notNull(values, "values");
        Checks.notNull(qs, "quantiles");
        OrderStatistics sorted = OrderStatistics.of(values);
        double[] result = new double[qs.length];
        for (int k = 0; k < qs.length; k++) {
            result[k] = sorted.quantile(qs[k]);
        }
        return result;
    }
}
