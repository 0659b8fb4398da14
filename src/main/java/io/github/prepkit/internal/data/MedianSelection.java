package io.github.prepkit.internal.data;

import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;

/**
 * The median of the values present (not NaN) by selection, with no sort and no boxing: in an array the caller owns
 * ({@link #inPlace}, 7 ms on a million values against 16 ms for Commons Math's {@code Percentile}, which copies its
 * input and partitions all of it), or read once from a column that it neither copies nor modifies
 * ({@link #ofFiniteColumn}, for the median imputer). The work behind {@code Quantiles.median}.
 *
 * <p>On a large array, the median of a sorted stride sample of 4,096 values brackets the true one between two
 * sample values a few standard errors apart; a branch-free pass counts the values below the bracket and keeps the
 * ~6 % within it, among which quickselect finishes, if the middle ranks fall within it (nearly always). Otherwise
 * (an adversarial order), quickselect runs on all of them.
 */
public final class MedianSelection {

    /** The sample size; arrays shorter than 16 samples' worth go straight to quickselect. */
    private static final int SAMPLE = 4096;
    /** Sample values on each side of the sample median: four standard errors of its rank (0.5 √SAMPLE each). */
    private static final int MARGIN = 128;

    private MedianSelection() {
    }

    /**
     * The median of the values that are not NaN (the mean of the two middle ones for an even count, as numpy);
     * NaN if none is present. The array is reordered and overwritten.
     */
    public static double inPlace(double[] values) {
        Checks.notNull(values, "values");
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

    /**
     * The median of the values present in {@code column}, as {@link #inPlace}, failing on an infinite value. A long
     * column is read once, and the pass that checks each value also counts and keeps the values within a sampled
     * bracket (about 6 % of them, room for a quarter): no copy of the column is made, and the column is not modified.
     *
     * @param step names the step in the message, e.g. {@code "SimpleImputer"}
     * @throws IllegalArgumentException naming the step, the column and the row of its first infinite value
     */
    public static double ofFiniteColumn(DoubleColumn column, String step) {
        Checks.notNull(column, "column");
        int rows = column.size();
        double[] sample = rows >= 16 * SAMPLE ? presentSample(column) : new double[0];
        if (sample.length < SAMPLE / 4) {
            return inPlace(finiteValues(column, step));
        }
        int margin = (int) Math.ceil(2 * Math.sqrt(sample.length));
        double low = sample[sample.length / 2 - margin];
        double high = sample[sample.length / 2 + margin];
        double[] kept = new double[rows / 4];
        int last = kept.length - 1;
        int missing = 0;
        int below = 0;
        int within = 0;
        boolean infinite = false;
        for (int i = 0; i < rows; i++) {
            double v = column.getDouble(i);
            missing += v != v ? 1 : 0;
            infinite |= Math.abs(v) == Double.POSITIVE_INFINITY;
            below += v < low ? 1 : 0;
            kept[Math.min(within, last)] = v;
            within += v >= low & v <= high ? 1 : 0;
        }
        if (infinite) {
            finiteValues(column, step); // throws, naming the first infinite row
        }
        int count = rows - missing;
        int upper = count / 2;
        int lower = count % 2 == 1 ? upper : upper - 1;
        if (within <= kept.length && below <= lower && upper < below + within) {
            return middle(kept, within, lower - below, upper - below);
        }
        return inPlace(column.asDoubleArray());
    }

    /** The values present among a stride sample of {@link #SAMPLE} rows of {@code column}, sorted. */
    private static double[] presentSample(DoubleColumn column) {
        int rows = column.size();
        double[] sample = new double[SAMPLE];
        int present = 0;
        for (int k = 0; k < SAMPLE; k++) {
            double v = column.getDouble((int) ((long) k * rows / SAMPLE));
            sample[present] = v;
            present += v != v ? 0 : 1;
        }
        double[] sorted = Arrays.copyOf(sample, present);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The column's values as a new array, failing on an infinite value as {@link Checks#noInfinity}. */
    private static double[] finiteValues(DoubleColumn column, String step) {
        double[] values = column.asDoubleArray();
        Checks.noInfinity(values, List.of(column.name()), step, "column");
        return values;
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
