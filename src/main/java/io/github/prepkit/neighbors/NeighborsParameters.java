package io.github.prepkit.neighbors;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;

/**
 * The hyperparameters {@link KNeighborsClassifier} and {@link KNeighborsRegressor} share, validated once for
 * both with messages naming the estimator, the parameter, the value and the allowed range.
 *
 * @param step the estimator's name, for messages
 */
record NeighborsParameters(String step, int nNeighbors, Weights weights, Metric metric, double p, int nJobs) {

    /**
     * The largest Minkowski power. The search sums |difference|^p at one power of two common to all rows; beyond
     * p = 20 (1074 / 53), a difference 2^-53 of the largest spread, a double's precision, would have a p-th power
     * below the smallest double, so near rows would come out at distance 0 and tie with exact matches.
     */
    static final double LARGEST_P = 20;

    /** Validates every parameter. */
    NeighborsParameters {
        if (nNeighbors < 1) {
            throw new IllegalArgumentException(step + ": nNeighbors must be at least 1, found " + nNeighbors);
        }
        Checks.notNull(weights, step + ": weights");
        Checks.notNull(metric, step + ": metric");
        if (!(p >= 1 && p <= LARGEST_P)) {
            throw new IllegalArgumentException(step + ": p must be a number from 1 to " + (int) LARGEST_P
                    + " (above, the p-th powers of small differences underflow to 0), found " + p);
        }
        try {
            Parallel.threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }
}
