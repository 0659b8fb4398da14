package io.github.prepkit.stats;

import io.github.prepkit.data.Checks;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.ranking.NaNStrategy;

/**
 * Order statistics of a sample. Missing values (NaN) are skipped, as pandas does; selection is by
 * quickselect (Commons Math's {@link Percentile}), so no full sort is needed.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The median of the values that are not NaN: the middle value, or the mean of the two middle
     * values when their count is even; NaN if no value is present. The array is not modified.
     */
    public static double median(double[] values) {
        Checks.notNull(values, "values");
        Percentile percentile = new Percentile()
                .withEstimationType(Percentile.EstimationType.R_7)
                .withNaNStrategy(NaNStrategy.REMOVED);
        return percentile.evaluate(values, 50);
    }
}
