package io.github.prepkit.neighbors;

import io.github.prepkit.internal.data.BinaryScale;

/**
 * The k nearest training rows of each query row: for query i, slots {@code i * k .. i * k + k - 1} of
 * {@code indices} and {@code scaledDistances} hold the neighbours by increasing distance (equal distances by
 * increasing row index). The arrays are the search's own, not copies.
 *
 * @param k               neighbours per query
 * @param indices         training row indexes
 * @param scaledDistances the matching distances in the metric's units, times {@code scale}
 * @param scale           the power of two the search multiplied the rows by (see {@link BinaryScale})
 */
record Neighbors(int k, int[] indices, double[] scaledDistances, BinaryScale scale) {

    /**
     * The distances in the rows' own units: the scaled ones divided by the scale, +Infinity where that exceeds the
     * double range; the search's own array when the scale is one.
     */
    double[] distances() {
        if (scale.isOne()) {
            return scaledDistances;
        }
        double[] distances = new double[scaledDistances.length];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = scale.undo(scaledDistances[i]);
        }
        return distances;
    }

    /**
     * Each neighbour's weight in the same slots: 1 for {@link Weights#UNIFORM}; 1 / distance for
     * {@link Weights#DISTANCE}, except that in a query with neighbours whose 1 / distance is infinite (a zero
     * distance) those get 1 and the others 0, as scikit-learn's {@code _get_weights}. Distance weights come from the
     * scaled distances: a common power of two, which a weighted mean or vote share cancels exactly.
     */
    double[] weights(Weights kind) {
        double[] weights = new double[scaledDistances.length];
        for (int at = 0; at < weights.length; at += k) {
            boolean exact = false;
            for (int j = at; j < at + k; j++) {
                weights[j] = kind == Weights.UNIFORM ? 1 : 1 / scaledDistances[j];
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
