package io.github.prepkit.featureselection;

import io.github.prepkit.internal.data.NumpySum;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * scikit-learn's {@code mutual_info_classif} for continuous features: the columns scaled to unit standard deviation,
 * noise added, then {@code _compute_mi_cd} (Ross 2014) on each. In one dimension a point's k-th nearest neighbour of
 * its class and the points within a radius are found on sorted values, which gives the k-d tree's answers: distances
 * are |x - y| and the radius test compares squares, as the tree's reduced distances. Where a class is so small that
 * k reaches half its members, scikit-learn's {@code NearestNeighbors} switches to brute force, whose distances
 * (x² - 2xy + y²) are rounded: with tied values its count within the radius can then differ from ours (a toy case of
 * five-member classes with ties gave 0.40 there against our 0.99 without noise); with the noise, ties are broken and the
 * difference is in the last bits of the distances.
 */
final class MutualInformation {

    /** scikit-learn's noise scale, relative to max(1, mean |x|) of the scaled column. */
    private static final double NOISE = 1e-10;

    private MutualInformation() {
    }

    /**
     * Each column's estimated mutual information with the classes {@code codes}, at least 0.
     *
     * @param noise whether to add the seeded noise (scikit-learn always does; without it, the estimate is
     *              scikit-learn's {@code _compute_mi_cd} on the scaled columns exactly, which the tests check)
     */
    static double[] classif(double[][] x, int[] codes, int classes, int nNeighbors, long seed, boolean noise) {
        int n = codes.length;
        double[][] scaled = new double[x.length][];
        for (int j = 0; j < x.length; j++) {
            scaled[j] = scaled(x[j]);
        }
        if (noise) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] means = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                double sum = 0;
                for (double v : scaled[j]) {
                    sum += Math.abs(v);
                }
                means[j] = Math.max(1, sum / n);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < x.length; j++) {
                    scaled[j][i] += NOISE * means[j] * random.nextGaussian();
                }
            }
        }
        double[] mi = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            mi[j] = continuousDiscrete(scaled[j], codes, classes, nNeighbors);
        }
        return mi;
    }

    /**
     * {@code values} divided by their population standard deviation (numpy's {@code nanstd}), or by 1 where that is
     * below ten machine epsilons, as scikit-learn's {@code scale(X, with_mean=False)}.
     */
    private static double[] scaled(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        double std = Math.sqrt(squares / n);
        double scale = std < 10 * Math.ulp(1.0) ? 1 : std;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = values[i] / scale;
        }
        return out;
    }

    /**
     * scikit-learn's {@code _compute_mi_cd(c, d, n_neighbors)}: for each point of a class with more than one member,
     * the distance r to its k-th nearest neighbour in its class (k = min(nNeighbors, members - 1)), and the number m
     * of points (of any such class, itself included) within the double just below r; then
     * max(0, ψ(N) + mean ψ(k) - mean ψ(members) - mean ψ(m)) over those N points.
     */
    static double continuousDiscrete(double[] c, int[] codes, int classes, int nNeighbors) {
        int n = c.length;
        int[] counts = new int[classes];
        for (int code : codes) {
            counts[code]++;
        }
        double[][] sortedByClass = new double[classes][];
        int[] filled = new int[classes];
        for (int k = 0; k < classes; k++) {
            sortedByClass[k] = new double[counts[k]];
        }
        for (int i = 0; i < n; i++) {
            sortedByClass[codes[i]][filled[codes[i]]++] = c[i];
        }
        int kept = 0;
        for (int k = 0; k < classes; k++) {
            Arrays.sort(sortedByClass[k]);
            if (counts[k] > 1) {
                kept += counts[k];
            }
        }
        if (kept == 0) {
            return 0;
        }
        double[] all = new double[kept];
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (counts[codes[i]] > 1) {
                all[next++] = c[i];
            }
        }
        Arrays.sort(all);
        double[] psiK = new double[kept];
        double[] psiCount = new double[kept];
        double[] psiM = new double[kept];
        next = 0;
        for (int i = 0; i < n; i++) {
            int count = counts[codes[i]];
            if (count > 1) {
                int k = Math.min(nNeighbors, count - 1);
                double radius = Math.nextDown(kthDistance(sortedByClass[codes[i]], c[i], k));
                psiK[next] = digamma(k);
                psiCount[next] = digamma(count);
                psiM[next] = digamma(within(all, c[i], Math.max(radius, 0)));
                next++;
            }
        }
        double mi = digamma(kept) + NumpySum.of(psiK) / kept - NumpySum.of(psiCount) / kept
                - NumpySum.of(psiM) / kept;
        return mi > 0 ? mi : 0;
    }

    /**
     * The digamma function ψ(x) for x &gt;= 1, to about 1e-15: the recurrence ψ(x) = ψ(x + 1) - 1 / x up to 20, then
     * the asymptotic series to x^-10 (Commons Math's {@code Gamma.digamma} is off by about 3e-9 below 49, more
     * than scipy's agreement allows).
     */
    static double digamma(double x) {
        double shift = 0;
        while (x < 20) {
            shift += 1 / x;
            x++;
        }
        double inverse = 1 / (x * x);
        double series = inverse * (1.0 / 12 - inverse * (1.0 / 120 - inverse * (1.0 / 252 - inverse * (1.0 / 240
                - inverse / 132))));
        return Math.log(x) - 0.5 / x - series - shift;
    }

    /** The distance from {@code x} (one of {@code sorted}) to its k-th nearest other value of {@code sorted}. */
    private static double kthDistance(double[] sorted, double x, int k) {
        int self = Arrays.binarySearch(sorted, x);
        int left = self - 1;
        int right = self + 1;
        double distance = 0;
        for (int step = 0; step < k; step++) {
            double toLeft = left >= 0 ? x - sorted[left] : Double.POSITIVE_INFINITY;
            double toRight = right < sorted.length ? sorted[right] - x : Double.POSITIVE_INFINITY;
            if (toLeft <= toRight) {
                distance = toLeft;
                left--;
            } else {
                distance = toRight;
                right++;
            }
        }
        return distance;
    }

    /** How many values of {@code sorted} lie within {@code radius} of {@code x}: (x - y)² <= radius², as the k-d tree. */
    private static int within(double[] sorted, double x, double radius) {
        double reduced = radius * radius;
        int at = Arrays.binarySearch(sorted, x);
        int low = 0;
        int high = at;
        while (low < high) {
            int mid = (low + high) >>> 1;
            double d = x - sorted[mid];
            if (d * d <= reduced) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int first = low;
        low = at;
        high = sorted.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            double d = sorted[mid] - x;
            if (d * d <= reduced) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low - first + 1;
    }
}
