package io.github.prepkit.neighbors;

/**
 * The k nearest training rows of each query row: for query i, slots {@code i * k .. i * k + k - 1} of
 * {@code indices} and {@code distances} hold the neighbours by increasing distance (equal distances by increasing
 * row index). The arrays are the search's own, not copies.
 *
 * @param k         neighbours per query
 * @param indices   training row indexes
 * @param distances the matching distances in the metric's units
 */
record Neighbors(int k, int[] indices, double[] distances) {

    /**
     * Each neighbour's weight in the same slots: 1 for {@link Weights#UNIFORM}; 1 / distance for
     * {@link Weights#DISTANCE}, except that in a query with neighbours whose 1 / distance is infinite (a zero
     * distance) those get 1 and the others 0, as scikit-learn's {@code _get_weights}.
     */
    double[] weights(Weights kind) {
        double[] weights = new double[distances.length];
        for (int at = 0; at < weights.length; at += k) {
            boolean exact = false;
            for (int j = at; j < at + k; j++) {
                weights[j] = kind == Weights.UNIFORM ? 1 : 1 / distances[j];
                exact |= Double.isInfinite(weights[j]);
            }
            if (exact) {
                for (int j = at; j < at + k; j++) {
                    weights[j] = Double.isInfinite(weights[j]) ? 1 : 0;
                }
            }
        }
        return weights;
    }
}
