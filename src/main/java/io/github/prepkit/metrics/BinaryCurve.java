package io.github.prepkit.metrics;

import java.util.Arrays;

/**
 * The false and true positive counts at each distinct score, highest first, as scikit-learn's
 * {@code _binary_clf_curve}: at threshold t, the rows scoring t or more are predicted positive.
 *
 * @param falsePositives negative rows scoring at least each threshold, increasing
 * @param truePositives  positive rows scoring at least each threshold, increasing
 * @param thresholds     the distinct scores, decreasing
 */
record BinaryCurve(long[] falsePositives, long[] truePositives, double[] thresholds) {

    /**
     * The curve of {@code scores} (finite, one per row) against {@code positive}. O(rows log rows): the positive and
     * negative scores are sorted apart and merged from the top, so no index is boxed.
     */
    static BinaryCurve of(boolean[] positive, double[] scores) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double[] up = new double[positives];
        double[] down = new double[scores.length - positives];
        int u = 0;
        int d = 0;
        for (int i = 0; i < scores.length; i++) {
            double score = scores[i] + 0.0; // -0.0 ties with 0.0, as np.diff sees them
            if (positive[i]) {
                up[u++] = score;
            } else {
                down[d++] = score;
            }
        }
        Arrays.sort(up);
        Arrays.sort(down);
        long[] fps = new long[scores.length];
        long[] tps = new long[scores.length];
        double[] thresholds = new double[scores.length];
        int count = 0;
        long truePositives = 0;
        long falsePositives = 0;
        u = up.length - 1;
        d = down.length - 1;
        while (u >= 0 || d >= 0) {
            double threshold = u < 0 ? down[d] : d < 0 ? up[u] : Math.max(up[u], down[d]);
            for (; u >= 0 && up[u] == threshold; u--) {
                truePositives++;
            }
            for (; d >= 0 && down[d] == threshold; d--) {
                falsePositives++;
            }
            fps[count] = falsePositives;
            tps[count] = truePositives;
            thresholds[count++] = threshold;
        }
        return new BinaryCurve(Arrays.copyOf(fps, count), Arrays.copyOf(tps, count), Arrays.copyOf(thresholds, count));
    }

    /** The number of distinct thresholds. */
    int size() {
        return thresholds.length;
    }
}
