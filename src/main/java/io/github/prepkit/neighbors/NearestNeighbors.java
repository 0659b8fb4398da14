package io.github.prepkit.neighbors;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
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

    /**
     * The {@code k} nearest points of each query by a precomputed distance, nearest first, as scikit-learn's
     * {@code metric="precomputed"}: {@code distances[i][j]} is query i's distance to point j. For distances no
     * Minkowski metric gives (such as imbalanced-learn's value difference metric). Equal distances at the k-th place
     * go to the lower index, as this class's own search (scikit-learn leaves them to NumPy's partition).
     *
     * @throws IllegalArgumentException if k is not from 1 to the number of points, the rows differ in length, or a
     *                                  distance is negative or not finite
     */
    public static int[][] precomputed(double[][] distances, int k) {
        Checks.notNull(distances, "distances");
        int points = distances.length == 0 ? 0 : distances[0].length;
        if (k < 1 || k > points) {
            throw new IllegalArgumentException(STEP + ": k must be from 1 to the " + points + " points, found " + k);
        }
        double[] values = new double[k];
        int[][] neighbours = new int[distances.length][k];
        for (int i = 0; i < distances.length; i++) {
            if (distances[i].length != points) {
                throw new IllegalArgumentException(STEP + ": precomputed distances row " + i + " holds "
                        + distances[i].length + " values, expected " + points);
            }
            NeighborHeap.clear(values, neighbours[i], 0, k);
            for (int j = 0; j < points; j++) {
                double d = distances[i][j];
                if (!(d >= 0 && d < Double.POSITIVE_INFINITY)) {
                    throw new IllegalArgumentException(STEP + ": precomputed distance (" + i + ", " + j
                            + ") must be finite and at least 0, found " + d);
                }
                NeighborHeap.push(values, neighbours[i], 0, k, d, j);
            }
            NeighborHeap.sort(values, neighbours[i], 0, k);
        }
        return neighbours;
    }

    /** The parameters the search uses. */
    NeighborsParameters parameters() {
        return new NeighborsParameters(STEP, nNeighbors, Weights.UNIFORM, metric, p, nJobs);
    }
}
