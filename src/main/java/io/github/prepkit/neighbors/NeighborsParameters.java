package io.github.prepkit.neighbors;

import io.github.prepkit.base.Parallel;
import io.github.prepkit.data.Checks;

/**
 * The hyperparameters {@link KNeighborsClassifier} and {@link KNeighborsRegressor} share, validated once for
 * both with messages naming the estimator, the parameter, the value and the allowed range.
 *
 * @param step the estimator's name, for messages
 */
record NeighborsParameters(String step, int nNeighbors, Weights weights, Metric metric, double p, int nJobs) {

    /** Validates every parameter. */
    NeighborsParameters {
        if (nNeighbors < 1) {
            throw new IllegalArgumentException(step + ": nNeighbors must be at least 1, found " + nNeighbors);
        }
        Checks.notNull(weights, step + ": weights");
        Checks.notNull(metric, step + ": metric");
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException(step + ": p must be a finite number >= 1, found " + p);
        }
        try {
            Parallel.threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }
}
