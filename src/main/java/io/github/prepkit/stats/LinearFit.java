package io.github.prepkit.stats;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;

/**
 * A fitted linear function y = intercept + Σ coefficients[k] · x[k], as least squares and
 * Bayesian ridge return it. Immutable.
 */
public final class LinearFit {

    private final double intercept;
    private final double[] coefficients;

    /** A linear function with the given intercept and coefficients (copied). */
    public LinearFit(double intercept, double[] coefficients) {
        this.intercept = intercept;
        this.coefficients = Checks.notNull(coefficients, "coefficients").clone();
    }

    /** The intercept. */
    public double intercept() {
        return intercept;
    }

    /** The coefficients, one per feature; a copy. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /**
     * The prediction for one row of features.
     *
     * @param features one value per coefficient, in their order
     * @return intercept + Σ coefficients[k] · features[k]
     * @throws IllegalArgumentException if {@code features} does not hold one value per coefficient
     */
    public double predict(double[] features) {
        Checks.notNull(features, "features");
        if (features.length != coefficients.length) {
            throw new IllegalArgumentException("expected " + coefficients.length + " features, found "
                    + features.length);
        }
        double y = intercept;
        for (int k = 0; k < coefficients.length; k++) {
            y += coefficients[k] * features[k];
        }
        return y;
    }

    @Override
    public String toString() {
        return "LinearFit[intercept=" + intercept + ", coefficients=" + Arrays.toString(coefficients) + "]";
    }
}
