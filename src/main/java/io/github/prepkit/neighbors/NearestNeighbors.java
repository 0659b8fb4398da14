package io.github.prepkit.neighbors;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import tech.tablesaw.api.Table;

/**
 * Finds the nearest rows of a table, with no target, as scikit-learn's {@code NearestNeighbors}: the search the
 * k-nearest-neighbour models use (exact distances, ties as scikit-learn's brute force), for tools built on
 * neighbourhoods such as SMOTE.
 *
 * @param nNeighbors the neighbours to find per query row, at least 1 (default 5)
 * @param metric     the distance (default {@link Metric#MINKOWSKI} with p = 2, i.e. Euclidean)
 * @param p          the Minkowski power, from 1 to 20 (default 2)
 * @param nJobs      threads for the search, or -1 for every core (default); results do not depend on it
 */
public record NearestNeighbors(int nNeighbors, Metric metric, double p, int nJobs) {

    private static final String STEP = "NearestNeighbors";

    /** Validates every parameter, naming the one that is wrong. */
    public NearestNeighbors {
        new NeighborsParameters(STEP, nNeighbors, Weights.UNIFORM, metric, p, nJobs);
    }

    /** scikit-learn's defaults: 5 neighbours, Euclidean, every core. */
    public NearestNeighbors() {
        this(5, Metric.MINKOWSKI, 2, -1);
    }

    /** A copy finding {@code nNeighbors} neighbours per query. */
    public NearestNeighbors nNeighbors(int nNeighbors) {
        return new NearestNeighbors(nNeighbors, metric, p, nJobs);
    }

    /** A copy with another metric. */
    public NearestNeighbors metric(Metric metric) {
        return new NearestNeighbors(nNeighbors, metric, p, nJobs);
    }

    /** A copy with another Minkowski power. */
    public NearestNeighbors p(double p) {
        return new NearestNeighbors(nNeighbors, metric, p, nJobs);
    }

    /** A copy searching on {@code nJobs} threads. */
    public NearestNeighbors nJobs(int nJobs) {
        return new NearestNeighbors(nNeighbors, metric, p, nJobs);
    }

    /**
     * Remembers the rows of {@code features}, every column numeric, present and finite.
     *
     * @param features the rows to search later, not modified
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if the table has no rows or columns, fewer rows than nNeighbors, or a column
     *                                  that is not numeric or has a missing or infinite value
     */
    public NearestNeighborsModel fit(Table features) {
        FeatureMatrix training = FittedNeighbors.training(parameters(), features);
        return NearestNeighborsModel.of(this, Schema.of(features), training.values());
    }

    /** The parameters the search uses. */
    NeighborsParameters parameters() {
        return new NeighborsParameters(STEP, nNeighbors, Weights.UNIFORM, metric, p, nJobs);
    }
}
