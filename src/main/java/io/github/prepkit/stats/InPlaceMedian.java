package io.github.prepkit.stats;

import io.github.prepkit.internal.data.BinaryScale;
import java.util.Arrays;

/**
 * The median of an array the caller owns, found in place (7 ms on a million values, against 16 ms for Commons
 * Math's {@code Percentile}, which copies its input and partitions all of it); the work behind
 * {@link Quantiles#median} and {@link Quantiles#medianInPlace}.
 *
 * <p>On a large array, the median of a sorted stride sample of 4,096 values brackets the true one between two
 * sample values a few standard errors apart; one branch-free pass counts the values below and within the
 * bracket and, if the middle ranks fall within it (nearly always), a second pass keeps only those ~6 % of the
 * values, among which quickselect finishes. Otherwise (an adversarial order), quickselect runs on all of them.
 */
final class InPlaceMedian {

    /** The sample size; arrays shorter than 16 samples' worth go straight to quickselect. */
    private static final int SAMPLE = 4096;
    /** Sample values on each side of the sample median: four standard errors of its rank (0.5 √SAMPLE each). */
    private static final int MARGIN = 128;

    private InPlaceMedian() {
    }

    /**
     * The median of the values that are not NaN (the mean of the two middle ones for an even count, as numpy);
     * NaN if none is present. The array is reordered and overwritten.
     */
    static double of(double[] values) {
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                values[count++] = v;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        int upper = count / 2;
        int lower = count % 2 == 1 ? upper : upper - 1;
        if (count >= 16 * SAMPLE) {
            double[] sample = new double[SAMPLE];
            for (int k = 0; k < SAMPLE; k++) {
                sample[k] = values[(int) ((long) k * count / SAMPLE)];
            }
            Arrays.sort(sample);
            double low = sample[SAMPLE / 2 - MARGIN];
            double high = sample[SAMPLE / 2 + MARGIN];
            int below = 0;
            int within = 0;
            for (int i = 0; i < count; i++) {
                double v = values[i];
                below += v < low ? 1 : 0;
                within += v >= low & v <= high ? 1 : 0;
            }
            if (below <= lower && upper < below + within) {
                int kept = 0;
                for (int i = 0; i < count; i++) {
                    double v = values[i];
                    values[kept] = v;
                    kept += v >= low & v <= high ? 1 : 0;
                }
                return middle(values, within, lower - below, upper - below);
            }
        }
        return middle(values, count, lower, upper);
    }

    /** The mean of the order statistics {@code lower} and {@code upper} (equal, or upper - 1) of a[0..count). */
    private static double middle(double[] a, int count, int lower, int upper) {
        select(a, count, upper);
        double above = a[upper];
        double below = above;
        if (lower < upper) {
            below = a[0];
            for (int i = 1; i < upper; i++) {
                below = Math.max(below, a[i]);
            }
        }
        if (below == 0 || above == 0) {
            below = below == 0 ? signedZero(a, count, lower) : below;
            above = above == 0 ? signedZero(a, count, upper) : above;
        }
        return lower == upper ? above : BinaryScale.midpoint(below, above);
    }

    /**
     * The zero of rank {@code rank} in a[0..count) by {@link Double#compare}'s order, -0.0 before 0.0, as a sort
     * puts them: selection compares with {@code <}, to which the two zeros are equal, so it may bring either.
     */
    private static double signedZero(double[] a, int count, int rank) {
        int negative = 0;
        for (int i = 0; i < count; i++) {
            negative += a[i] < 0 || Double.doubleToRawLongBits(a[i]) == Long.MIN_VALUE ? 1 : 0;
        }
        return rank < negative ? -0.0 : 0.0;
    }

    /**
     * Reorders {@code a[0..count)} so that {@code a[k]} is its k-th smallest value, with no larger value before it
     * and no smaller one after it: quickselect with a median-of-three pivot, falling back to a sort if the
     * partitions keep coming out lopsided, so the worst case stays O(n log n).
     */
    private static void select(double[] a, int count, int k) {
        int lo = 0;
        int hi = count - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(count)) + 8;
        while (hi > lo) {
            if (budget-- == 0) {
                Arrays.sort(a, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, lo, mid);
            }
            if (a[hi] < a[lo]) {
                swap(a, lo, hi);
            }
            if (a[hi] < a[mid]) {
                swap(a, mid, hi);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return; // a[j + 1 .. i - 1] all equal the pivot, and k is among them
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
