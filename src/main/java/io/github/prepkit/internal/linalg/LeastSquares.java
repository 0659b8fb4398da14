package io.github.prepkit.internal.linalg;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.stats.LinearFit;

/**
 * Ordinary least squares with an intercept, as scikit-learn's {@code LinearRegression}: the coefficients minimise
 * the sum of squared residuals of the centred data, and the intercept makes the fit pass through the means.
 * Solved from the {@link CrossProducts} by the eigen-decomposition of XᵀX, in O(p³) whatever the row count.
 *
 * <p>A rank-deficient problem (a constant feature, two proportional features, fewer rows than features) has many
 * solutions; like scikit-learn (LAPACK's {@code gelsd}) this returns the one with the smallest norm, treating as
 * zero every eigenvalue of XᵀX below p · ε · the largest (ε the machine epsilon). As the normal equations square
 * the condition number, features with a condition number above about 10⁷ are treated as collinear where
 * scikit-learn would still separate them.
 */
public final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * The least-squares fit of the target on the features.
     *
     * @throws IllegalArgumentException if {@code data} is null
     */
    public static LinearFit fit(CrossProducts data) {
        Checks.notNull(data, "data");
        GramEigen eigen = new GramEigen(data);
        double cutoff = eigen.largest() * data.features * Math.ulp(1.0);
        double[] inverse = new double[data.features];
        for (int k = 0; k < inverse.length; k++) {
            inverse[k] = eigen.values[k] > cutoff ? 1 / eigen.values[k] : 0;
        }
        return data.throughMeans(eigen.combine(inverse));
    }
}
