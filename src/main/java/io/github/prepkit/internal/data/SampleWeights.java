package io.github.prepkit.internal.data;

import tech.tablesaw.columns.Column;

/**
 * Sample weights as scikit-learn's {@code fit(X, y, sample_weight)} takes them: one finite weight of at least 0 per
 * row, summing to a positive finite number; a row of weight 0 is left out of the fit. Every estimator that takes
 * weights checks them here, so the rule and its messages are the same everywhere.
 */
public final class SampleWeights {

    private SampleWeights() {
    }

    /**
     * {@code sampleWeight} itself, or the failure of {@link #checked} if it is null: what a {@code fit(features, target,
     * sampleWeight)} checks first, as it treats null weights inside as none.
     *
     * @param target the target column, whose size the message names
     * @throws IllegalArgumentException if {@code sampleWeight} or {@code target} is null
     */
    public static double[] required(double[] sampleWeight, Column<?> target, String step) {
        if (sampleWeight == null) {
            checked(null, Checks.notNull(target, "target").size(), step);
        }
        return sampleWeight;
    }

    /**
     * A copy of {@code sampleWeight}, after checking it.
     *
     * @param rows the number of rows the weights are for
     * @param step names the estimator at the front of messages
     * @throws IllegalArgumentException naming sampleWeight, if it is null, does not hold {@code rows} values, holds
     *                                  a negative, infinite or NaN value (naming its row), or sums to 0 or to infinity
     */
    public static double[] checked(double[] sampleWeight, int rows, String step) {
        if (sampleWeight == null || sampleWeight.length != rows) {
            throw new IllegalArgumentException(step + ": sampleWeight must hold one weight per row (" + rows
                    + "), found " + (sampleWeight == null ? "null" : sampleWeight.length + " weights"));
        }
        double sum = 0;
        for (int row = 0; row < rows; row++) {
            double weight = sampleWeight[row];
            if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(step + ": sampleWeight must be finite and at least 0, found "
                        + weight + " at row " + row);
            }
            sum += weight;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalArgumentException(step + ": sampleWeight must sum to a positive finite number, found a sum"
                    + " of " + sum);
        }
        return sampleWeight.clone();
    }
}
