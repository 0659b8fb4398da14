package io.github.prepkit.transform;

import java.util.Arrays;

/**
 * The numpy routines under scikit-learn's {@code QuantileTransformer}, to the last bit where the arithmetic allows:
 * {@code linspace(0, 1, n)} for the reference probabilities, {@code nanpercentile} with linear interpolation for the
 * quantiles (of the references times 100, over 100, as scikit-learn asks numpy), and {@code interp}.
 */
final class Quantiles {

    private Quantiles() {
    }

    /** numpy's {@code linspace(0, 1, count)}: i times 1 / (count - 1), the last exactly 1; {0} for one. */
    static double[] references(int count) {
        double[] references = new double[count];
        if (count == 1) {
            return references;
        }
        double step = 1.0 / (count - 1);
        for (int i = 0; i < count; i++) {
            references[i] = i * step;
        }
        references[count - 1] = 1.0;
        return references;
    }

    /**
     * The quantiles of {@code values}' present values at {@code references}, as scikit-learn's dense fit takes them:
     * numpy's {@code nanpercentile(values, references * 100)} (linear interpolation between order statistics, numpy's
     * {@code _lerp}) made non-decreasing by a running maximum; all NaN if no value is present.
     */
    static double[] of(double[] values, double[] references) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] quantiles = new double[references.length];
        int n = sorted.length;
        if (n == 0) {
            Arrays.fill(quantiles, Double.NaN);
            return quantiles;
        }
        for (int k = 0; k < references.length; k++) {
            double q = references[k] * 100 / 100;
            double index = (n - 1) * q;
            int below = (int) Math.floor(index);
            double gamma = index - below;
            if (index >= n - 1) {
                below = n - 1;
            }
            int above = Math.min(below + 1, n - 1);
            quantiles[k] = lerp(sorted[below], sorted[above], gamma);
            if (k > 0 && !(quantiles[k] >= quantiles[k - 1])) {
                quantiles[k] = quantiles[k - 1];
            }
        }
        return quantiles;
    }

    /**
     * numpy's {@code _lerp}: a + (b - a) t below t = 0.5, b - (b - a)(1 - t) from it; when b - a exceeds the double
     * range, the same on halves, doubled.
     */
    private static double lerp(double a, double b, double t) {
        double difference = b - a;
        if (Double.isInfinite(difference)) {
            return 2 * lerp(a / 2, b / 2, t);
        }
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    /**
     * numpy's {@code interp(x, xp, fp)} for non-decreasing {@code xp}: NaN for NaN; fp's first value left of xp, its
     * last right of it; at or beyond the last point of a run of equal xp, that point's value; in between, the
     * straight line from the point at or below x (the last of equal ones) to the next, numpy's slope formula and its
     * fall-back when it gives NaN.
     */
    static double interp(double x, double[] xp, double[] fp) {
        if (Double.isNaN(x)) {
            return x;
        }
        int last = xp.length - 1;
        if (x > xp[last]) {
            return fp[last];
        }
        if (x < xp[0]) {
            return fp[0];
        }
        return between(x, xp, fp, null, lastAtOrBelow(x, xp));
    }

    /**
     * {@link #interp}'s value at an x within [xp[0], xp[last]], given j, the last index with xp[j] <= x: fp[j] at
     * xp[j] or at the last point, else the straight line to the next point, its slope from {@code slopes} (numpy's
     * precomputed ones, {@link #slopes}) or, if null, computed.
     */
    static double between(double x, double[] xp, double[] fp, double[] slopes, int j) {
        if (j == xp.length - 1 || xp[j] == x) {
            return fp[j];
        }
        double slope = slopes != null ? slopes[j] : (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
        double y = slope * (x - xp[j]) + fp[j];
        if (Double.isNaN(y)) {
            y = slope * (x - xp[j + 1]) + fp[j + 1];
            if (Double.isNaN(y) && fp[j] == fp[j + 1]) {
                y = fp[j];
            }
        }
        return y;
    }

    /**
     * scikit-learn's forward map of an x within [q[0], q[last]]: the mean of numpy's interp upward,
     * interp(x, q, references), and downward, -interp(-x, -q reversed, -references reversed), so that a run of equal
     * quantiles maps to its middle. One search finds the point at or below x; a second is needed only where x equals a
     * quantile, to find the first of its run.
     */
    static double forward(double x, double[] q, double[] references, double[] negatedQ, double[] negatedReferences,
            double[] upSlopes, double[] downSlopes) {
        int j = lastAtOrBelow(x, q);
        int m = q[j] == x ? firstAtOrAbove(x, q) : j + 1;
        double up = between(x, q, references, upSlopes, j);
        double down = between(-x, negatedQ, negatedReferences, downSlopes, q.length - 1 - m);
        return 0.5 * (up - down);
    }

    /** numpy's interp slopes: (fp[i + 1] - fp[i]) / (xp[i + 1] - xp[i]) for each i below the last point. */
    static double[] slopes(double[] xp, double[] fp) {
        double[] slopes = new double[Math.max(0, xp.length - 1)];
        for (int i = 0; i < slopes.length; i++) {
            slopes[i] = (fp[i + 1] - fp[i]) / (xp[i + 1] - xp[i]);
        }
        return slopes;
    }

    /** The largest j with xp[j] <= x, for xp[0] <= x (a branch-free binary search). */
    static int lastAtOrBelow(double x, double[] xp) {
        int low = 0;
        int length = xp.length;
        while (length > 1) {
            int half = length >>> 1;
            low = xp[low + half] <= x ? low + half : low;
            length -= half;
        }
        return low;
    }

    /** The smallest m with xp[m] >= x, for x <= xp[last] (a binary search). */
    static int firstAtOrAbove(double x, double[] xp) {
        int low = 0;
        int count = xp.length;
        while (count > 0) {
            int step = count >>> 1;
            if (xp[low + step] < x) {
                low += step + 1;
                count -= step + 1;
            } else {
                count = step;
            }
        }
        return low;
    }

    /** {@code values} reversed and negated: -values[n-1], ..., -values[0]. */
    static double[] negatedReverse(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = -values[values.length - 1 - i];
        }
        return result;
    }
}
