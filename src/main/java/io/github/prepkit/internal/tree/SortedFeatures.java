package io.github.prepkit.internal.tree;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;

/**
 * The training features prepared for CART's split search: each feature as its own column and, per feature,
 * its entries sorted by value (ties in row order), an entry being a long holding the row index in its low 32 bits
 * and the dense rank of the row's value (equal values, equal ranks) in its high 32 bits, so that a scan tells
 * distinct values apart by comparing ints. Sorting once here lets every node of every tree scan a feature in
 * order in linear time; a forest or a boosting run builds it once and shares it between its trees. Building
 * takes O(features * rows) time with a radix sort; the object is immutable and thread-safe.
 */
public final class SortedFeatures {

    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private final double[][] columns;
    private final long[][] entries;

    private SortedFeatures(double[][] columns, long[][] entries) {
        this.columns = columns;
        this.entries = entries;
    }

    /** Sorts every feature of {@code matrix}. */
    public static SortedFeatures of(FeatureMatrix matrix) {
        Checks.notNull(matrix, "matrix");
        int rows = matrix.rows();
        int features = matrix.columns();
        double[] values = matrix.values();
        double[][] columns = new double[features][rows];
        long[][] entries = new long[features][rows];
        for (int j = 0; j < features; j++) {
            double[] column = columns[j];
            for (int i = 0; i < rows; i++) {
                column[i] = values[i * features + j];
            }
            int[] order = argsort(column);
            long rank = 0;
            for (int p = 0; p < rows; p++) {
                rank += p > 0 && column[order[p]] > column[order[p - 1]] ? 1 : 0;
                entries[j][p] = rank << 32 | order[p];
            }
        }
        return new SortedFeatures(columns, entries);
    }

    /** The number of rows. */
    public int rows() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    /** The number of features. */
    public int features() {
        return columns.length;
    }

    /** Feature {@code j}'s values by row; shared, not copied: callers must not modify it. */
    double[] column(int j) {
        return columns[j];
    }

    /**
     * Feature {@code j}'s entries ({@code rank << 32 | row}) in ascending order of value; shared, not copied:
     * callers must not modify it.
     */
    long[] entries(int j) {
        return entries[j];
    }

    /** The row of an entry. */
    static int row(long entry) {
        return (int) entry;
    }

    /** The value rank of an entry. */
    static int rank(long entry) {
        return (int) (entry >>> 32);
    }

    /**
     * The row indexes of {@code values} in ascending order, equal values in row order: a least-significant-digit
     * radix sort of the values' bits mapped to longs that sort as the doubles do (negative zero before zero).
     */
    static int[] argsort(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
            rows[i] = i;
        }
        if (n == 0) {
            return rows;
        }
        long[] keyBuffer = new long[n];
        int[] rowBuffer = new int[n];
        int[] counts = new int[BUCKETS];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(counts, 0);
            for (long key : keys) {
                counts[(int) (key >>> shift) & (BUCKETS - 1)]++;
            }
            if (counts[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every key has this digit: the pass would not move anything
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int count = counts[b];
                counts[b] = start;
                start += count;
            }
            for (int i = 0; i < n; i++) {
                int slot = counts[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
                keyBuffer[slot] = keys[i];
                rowBuffer[slot] = rows[i];
            }
            long[] swapKeys = keys;
            keys = keyBuffer;
            keyBuffer = swapKeys;
            int[] swapRows = rows;
            rows = rowBuffer;
            rowBuffer = swapRows;
        }
        return rows;
    }
}
