package io.github.prepkit.neighbors;

/**
 * The distance between two rows of features, as scikit-learn's {@code metric} of its neighbours estimators.
 * {@link #MINKOWSKI} uses the estimator's {@code p}: p = 2 is the Euclidean distance and p = 1 the Manhattan
 * distance, as scikit-learn's default {@code metric="minkowski", p=2}.
 */
public enum Metric {

    /** The straight-line distance: the square root of the sum of squared differences. */
    EUCLIDEAN,

    /** The city-block distance: the sum of absolute differences. */
    MANHATTAN,

    /** (sum of |difference|^p)^(1/p), for the estimator's p from 1 to 20 (above, the p-th
     * powers of differences a double's precision apart underflow to 0; scikit-learn takes any p but overflows sooner). */
    MINKOWSKI
}
