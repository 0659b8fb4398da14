package io.github.prepkit.transform;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution function and its inverse, to the accuracy of scipy's {@code norm.cdf} and
 * {@code norm.ppf} (cephes' {@code ndtr} and {@code ndtri}, about 1e-16 relative). The distribution function is
 * Commons Math's complementary error function, 0.5 erfc(-x / sqrt 2). Commons Math's quantile, sqrt 2 erfinv(2p - 1),
 * loses the low bits of a tail probability in 2p - 1 (1e-10 at p = 1e-7, QuantileTransformer's bound); in the tails,
 * below {@value #TAIL} and above 1 - {@value #TAIL}, it is refined by one Halley step on the distribution function,
 * which gives the quantile to about 1e-15.
 */
final class NormalScores {

    /** Below this probability (and above one minus it) the quantile is refined. */
    private static final double TAIL = 0.05;
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

    private NormalScores() {
    }

    /** P(Z <= x) for a standard normal Z; NaN for NaN. */
    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /**
     * The x with P(Z <= x) = p: -infinity at 0, +infinity at 1, NaN outside [0, 1] and for NaN, as scipy's
     * {@code norm.ppf}.
     */
    static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            return p == 0 ? Double.NEGATIVE_INFINITY : p == 1 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        // 1 - p is exact for p in [0.5, 1], so the upper half is the lower one mirrored, as in cephes
        return p > 0.5 ? -lowerQuantile(1 - p) : lowerQuantile(p);
    }

    /**
     * The quantile of p in (0, 0.5]: Commons Math's, refined in the tail by one Halley step; below about 5e-17, where
     * 2p - 1 rounds to -1, from the asymptote -sqrt(-2 log p) by four.
     */
    private static double lowerQuantile(double p) {
        double x = SQRT2 * Erf.erfInv(2 * p - 1);
        int steps = 1;
        if (Double.isInfinite(x)) {
            x = -Math.sqrt(-2 * Math.log(p));
            steps = 4;
        } else if (p >= TAIL) {
            return x;
        }
        for (int k = 0; k < steps; k++) {
            double density = Math.exp(-0.5 * x * x) / SQRT_2PI;
            if (density == 0) {
                break;
            }
            double step = (cdf(x) - p) / density;
            x -= step / (1 + x * step / 2);
        }
        return x;
    }
}
