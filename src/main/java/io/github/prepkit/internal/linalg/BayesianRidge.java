package io.github.prepkit.internal.linalg;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.stats.LinearFit;

/**
 * Bayesian ridge regression with an intercept, the evidence-maximisation algorithm of scikit-learn 1.2's
 * {@code BayesianRidge} (MacKay 1992): a Gaussian prior of precision λ on the coefficients and noise of
 * precision α, both with Gamma hyperpriors, re-estimated in turn until the coefficients move less than
 * {@code tol} (sum of absolute changes) or {@code maxIter} rounds have run. The data are centred (the intercept
 * makes the fit pass through the means); α starts at 1 / (var(y) + ε) and λ at 1, as scikit-learn.
 *
 * <p>scikit-learn takes the SVD of the centred n x p matrix once; here each update works in the eigenbasis of
 * XᵀX from the {@link CrossProducts}, which gives the same coefficients in O(p³) per fit whatever n, and the
 * residual sum of squares from yᵀy - 2 cᵀXᵀy + cᵀXᵀXc (exact in theory; for a near-perfect fit it carries a
 * rounding error of order ε · yᵀy, which only matters when the noise is below about 10⁻⁸ of the variance).
 *
 * @param maxIter the largest number of evidence updates (scikit-learn's {@code n_iter}, default 300), at least 1
 * @param tol     the convergence threshold on the sum of absolute coefficient changes (default 1e-3), at least 0
 * @param alpha1  shape of the Gamma prior on α (default 1e-6), at least 0
 * @param alpha2  inverse scale of the Gamma prior on α (default 1e-6), at least 0
 * @param lambda1 shape of the Gamma prior on λ (default 1e-6), at least 0
 * @param lambda2 inverse scale of the Gamma prior on λ (default 1e-6), at least 0
 */
public record BayesianRidge(int maxIter, double tol, double alpha1, double alpha2, double lambda1, double lambda2) {

    /** A fitted Bayesian ridge: the posterior mean as a linear function, the final precisions, the rounds run. */
    public record Fit(LinearFit model, double alpha, double lambda, int iterations) {
    }

    /** Validates every parameter, naming the one that is wrong. */
    public BayesianRidge {
        if (maxIter < 1) {
            throw new IllegalArgumentException("BayesianRidge: maxIter must be >= 1, found " + maxIter);
        }
        requireNonNegative(tol, "tol");
        requireNonNegative(alpha1, "alpha1");
        requireNonNegative(alpha2, "alpha2");
        requireNonNegative(lambda1, "lambda1");
        requireNonNegative(lambda2, "lambda2");
    }

    /** scikit-learn's defaults: 300 rounds at most, tol 1e-3, all four hyperprior parameters 1e-6. */
    public BayesianRidge() {
        this(300, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6);
    }

    /**
     * Fits the target on the features by evidence maximisation.
     *
     * @throws IllegalArgumentException if {@code data} is null
     */
    public Fit fit(CrossProducts data) {
        Checks.notNull(data, "data");
        GramEigen eigen = new GramEigen(data);
        int n = data.count;
        double alpha = 1 / (data.yty / n + Math.ulp(1.0));
        double lambda = 1;
        double[] previous = null;
        int iteration = 0;
        while (iteration < maxIter) {
            double[] coefficients = coefficients(eigen, alpha, lambda);
            double residuals = residualSumOfSquares(eigen, data.yty, lambda / alpha);
            double gamma = 0;
            for (double value : eigen.values) {
                gamma += alpha * value / (lambda + alpha * value);
            }
            lambda = (gamma + 2 * lambda1) / (sumOfSquares(coefficients) + 2 * lambda2);
            alpha = (n - gamma + 2 * alpha1) / (residuals + 2 * alpha2);
            iteration++;
            if (previous != null && absoluteChange(previous, coefficients) < tol) {
                break;
            }
            previous = coefficients;
        }
        return new Fit(data.throughMeans(coefficients(eigen, alpha, lambda)), alpha, lambda, iteration);
    }

    /** The posterior mean (XᵀX + λ/α I)⁻¹ Xᵀy. */
    private static double[] coefficients(GramEigen eigen, double alpha, double lambda) {
        double ratio = lambda / alpha;
        double[] filter = new double[eigen.values.length];
        for (int k = 0; k < filter.length; k++) {
            filter[k] = 1 / (eigen.values[k] + ratio);
        }
        return eigen.combine(filter);
    }

    /** Σ (y - Xc)² for c the posterior mean at ratio λ/α: yᵀy - Σ b²(e + 2r)/(e + r)² in the eigenbasis. */
    private static double residualSumOfSquares(GramEigen eigen, double yty, double ratio) {
        double explained = 0;
        for (int k = 0; k < eigen.values.length; k++) {
            double denominator = eigen.values[k] + ratio;
            double b = eigen.projections[k];
            explained += b * b * (eigen.values[k] + 2 * ratio) / (denominator * denominator);
        }
        return Math.max(0, yty - explained);
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    private static double absoluteChange(double[] before, double[] after) {
        double sum = 0;
        for (int k = 0; k < before.length; k++) {
            sum += Math.abs(before[k] - after[k]);
        }
        return sum;
    }

    private static void requireNonNegative(double value, String parameter) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException("BayesianRidge: " + parameter + " must be >= 0, found " + value);
        }
    }
}
