package io.github.prepkit.internal.data;

/**
 * Sample weights as scikit-learn's {@code fit(X, y, sample_weight)} takes them: one finite weight of at least 0 per
 * row, summing to a positive finite number; a row of weight 0 is left out of the fit. Every estimator that takes
 * weights checks them here, so the rule and its messages are the same everywhere.
 */
public final class SampleWeights {

    private SampleWeights() {
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
