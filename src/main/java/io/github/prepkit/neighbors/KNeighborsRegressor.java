package io.github.prepkit.neighbors;

import io.github.prepkit.base.Regressor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Predicts a number as the (weighted) mean of the target over a row's k nearest training rows, as
 * scikit-learn's {@code KNeighborsRegressor} with {@code algorithm="brute"}:
 * {@code new KNeighborsRegressor().nNeighbors(5).fit(train, "progression")}. The neighbours are the exact ones
 * (see {@link KNeighborsRegressorModel}); where rows tie at the k-th distance, the same ones are kept as by
 * scikit-learn's brute force on one thread. Fitting stores the training rows (and, for at most 5 features,
 * builds a k-d tree over them).
 *
 * @param nNeighbors k, the number of neighbours averaged (default 5); at most the number of training rows
 * @param weights    how neighbours count (default {@link Weights#UNIFORM})
 * @param metric     the distance (default {@link Metric#MINKOWSKI} with p = 2, the Euclidean distance)
 * @param p          the Minkowski power, from 1 to 20 (default 2); used only by {@link Metric#MINKOWSKI}
 * @param nJobs      threads for prediction, -1 for every core (default -1); results are the same for any value
 */
public record KNeighborsRegressor(int nNeighbors, Weights weights, Metric metric, double p, int nJobs)
        implements Regressor<KNeighborsRegressorModel> {

    private static final String STEP = "KNeighborsRegressor";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter out of its range or null
     */
    public KNeighborsRegressor {
        new NeighborsParameters(STEP, nNeighbors, weights, metric, p, nJobs);
    }

    /** scikit-learn's defaults: 5 uniform neighbours by Euclidean distance (Minkowski, p = 2), every core. */
    public KNeighborsRegressor() {
        this(5, Weights.UNIFORM, Metric.MINKOWSKI, 2, -1);
    }

    /** A copy averaging {@code nNeighbors} neighbours. */
    public KNeighborsRegressor nNeighbors(int nNeighbors) {
        return new KNeighborsRegressor(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy weighting the neighbours by {@code weights}. */
    public KNeighborsRegressor weights(Weights weights) {
        return new KNeighborsRegressor(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy measuring distances by {@code metric}. */
    public KNeighborsRegressor metric(Metric metric) {
        return new KNeighborsRegressor(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy with Minkowski power {@code p}. */
    public KNeighborsRegressor p(double p) {
        return new KNeighborsRegressor(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy predicting on {@code nJobs} threads (-1: every core). */
    public KNeighborsRegressor nJobs(int nJobs) {
        return new KNeighborsRegressor(nNeighbors, weights, metric, p, nJobs);
    }

    /**
     * Stores the training rows and the target values; O(rows x features), O(rows log rows) with a tree.
     *
     * @throws IllegalArgumentException if a feature is not numeric, missing or infinite, the target is not numeric
     *                                  or has a missing or infinite value, the sizes differ, or nNeighbors exceeds
     *                                  the rows
     */
    @Override
    public KNeighborsRegressorModel fit(Table features, Column<?> target) {
        double[] values = TrainingData.numericTarget(Checks.notNull(target, "target"), STEP);
        FeatureMatrix training = FittedNeighbors.training(parameters(), features, target);
        return KNeighborsRegressorModel.of(this, Schema.of(features), target.name(), training.values(), values);
    }

    /** The parameters the search and the average use. */
    NeighborsParameters parameters() {
        return new NeighborsParameters(STEP, nNeighbors, weights, metric, p, nJobs);
    }
}
