package io.github.prepkit.transform;

import io.github.prepkit.internal.data.NumpySum;

/**
 * The two power transforms, their inverses and the lambda that maximises their likelihood, as scikit-learn 1.2.1's
 * {@code PowerTransformer} computes them: Yeo-Johnson with its own likelihood minimised by {@link Brent} from the
 * bracket (-2, 2), Box-Cox with scipy 1.10's {@code boxcox_llf} minimised the same way ({@code stats.boxcox}). The
 * transforms keep scikit-learn's safeguards: Yeo-Johnson switches to its logarithmic branches where lambda is within
 * one machine epsilon ({@code np.spacing(1.)}) of 0 or 2, Box-Cox where |lambda| is below 1e-19 (scipy's
 * {@code special.boxcox}); Yeo-Johnson's likelihood is infinite where the transformed variance is below the smallest
 * normal double. Sums and variances in the likelihoods are taken in numpy's pairwise order ({@link NumpySum}).
 */
final class PowerFunctions {

    /** {@code np.spacing(1.)}: Yeo-Johnson's threshold for lambda at 0 or 2. */
    private static final double SPACING = Math.ulp(1.0);
    /** scipy's {@code special.boxcox} takes the logarithm where |lambda| is below this. */
    private static final double BOX_COX_LOG = 1e-19;

    private PowerFunctions() {
    }

    /** Yeo-Johnson's transform of {@code x} with {@code lambda}, as scikit-learn's {@code _yeo_johnson_transform}. */
    static double yeoJohnson(double x, double lambda) {
        if (x >= 0) {
            return Math.abs(lambda) < SPACING ? Math.log1p(x) : (Math.pow(x + 1, lambda) - 1) / lambda;
        }
        return Math.abs(lambda - 2) > SPACING ? -(Math.pow(-x + 1, 2 - lambda) - 1) / (2 - lambda) : -Math.log1p(-x);
    }

    /** Yeo-Johnson's inverse, as scikit-learn's {@code _yeo_johnson_inverse_transform}. */
    static double yeoJohnsonInverse(double y, double lambda) {
        if (y >= 0) {
            return Math.abs(lambda) < SPACING ? Math.exp(y) - 1 : Math.pow(y * lambda + 1, 1 / lambda) - 1;
        }
        return Math.abs(lambda - 2) > SPACING ? 1 - Math.pow(-(2 - lambda) * y + 1, 1 / (2 - lambda))
                : 1 - Math.exp(-y);
    }

    /** Box-Cox's transform of a positive {@code x}, as scipy's {@code special.boxcox}. */
    static double boxCox(double x, double lambda) {
        return Math.abs(lambda) < BOX_COX_LOG ? Math.log(x) : Math.expm1(lambda * Math.log(x)) / lambda;
    }

    /** Box-Cox's inverse, as scikit-learn's {@code _box_cox_inverse_tranform}. */
    static double boxCoxInverse(double y, double lambda) {
        return lambda == 0 ? Math.exp(y) : Math.pow(y * lambda + 1, 1 / lambda);
    }

    /**
     * The lambda that maximises Yeo-Johnson's log-likelihood on {@code values} (present values only), as scikit-learn's
     * {@code _yeo_johnson_optimize}: -n/2 log(variance of the transformed values) + (lambda - 1) sum(sign(x)
     * log1p(|x|)), minimised negated by {@link Brent} from (-2, 2). Its powers are taken as exp(lambda log(|x| + 1)) from
     * logarithms computed once: the function numpy evaluates, to within rounding, faster than a power.
     */
    static double yeoJohnsonLambda(double[] values) {
        int n = values.length;
        double[] logs = new double[n];
        double[] scratch = new double[n];
        for (int i = 0; i < n; i++) {
            double x = values[i];
            logs[i] = Math.log(Math.abs(x) + 1);
            scratch[i] = Math.signum(x) * Math.log1p(Math.abs(x));
        }
        double signedLogSum = NumpySum.of(scratch);
        return Brent.minimize(lambda -> {
            boolean nearZero = Math.abs(lambda) < SPACING;
            boolean nearTwo = !(Math.abs(lambda - 2) > SPACING);
            for (int i = 0; i < n; i++) {
                double x = values[i];
                if (x >= 0) {
                    scratch[i] = nearZero ? Math.log1p(x) : (Math.exp(lambda * logs[i]) - 1) / lambda;
                } else {
                    scratch[i] = nearTwo ? -Math.log1p(-x) : -(Math.exp((2 - lambda) * logs[i]) - 1) / (2 - lambda);
                }
            }
            double variance = variance(scratch);
            if (variance < Double.MIN_NORMAL) {
                return Double.POSITIVE_INFINITY;
            }
            double logLikelihood = -(double) n / 2 * Math.log(variance) + (lambda - 1) * signedLogSum;
            return -logLikelihood;
        }, -2, 2);
    }

    /**
     * The lambda that maximises Box-Cox's log-likelihood on positive {@code values}, as scipy's
     * {@code boxcox_normmax(method='mle')}: (lambda - 1) sum(log x) - n/2 log(variance of x^lambda / lambda), or of
     * log x at lambda 0, minimised negated by {@link Brent} from (-2, 2).
     */
    static double boxCoxLambda(double[] values) {
        int n = values.length;
        double[] logs = new double[n];
        for (int i = 0; i < n; i++) {
            logs[i] = Math.log(values[i]);
        }
        double logSum = NumpySum.of(logs);
        double[] scratch = new double[n];
        return Brent.minimize(lambda -> {
            for (int i = 0; i < n; i++) {
                scratch[i] = lambda == 0 ? logs[i] : Math.exp(lambda * logs[i]) / lambda;
            }
            double logLikelihood = (lambda - 1) * logSum - (double) n / 2 * Math.log(variance(scratch));
            return -logLikelihood;
        }, -2, 2);
    }

    /**
     * numpy's {@code var}: the mean of the squared deviations from the mean, both sums pairwise; {@code values} is
     * overwritten by the squared deviations. NaN for no value.
     */
    private static double variance(double[] values) {
        int n = values.length;
        double mean = NumpySum.of(values) / n;
        for (int i = 0; i < n; i++) {
            double d = values[i] - mean;
            values[i] = d * d;
        }
        return NumpySum.of(values) / n;
    }
}
