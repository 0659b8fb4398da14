package io.github.prepkit.neighbors;

import java.util.Arrays;

/**
 * The k nearest rows found so far for one query: a bounded max-heap of (reduced distance, row index) pairs kept in
 * slots {@code at .. at + k - 1} of two shared arrays, the farthest at the root. It starts full of +infinity and a
 * row enters only when strictly nearer than the root, which it replaces. Fed rows in index order, this is the
 * selection scikit-learn's brute-force search makes (its {@code heap_push}), so where several rows tie at the k-th
 * place the same ones are kept.
 */
final class NeighborHeap {

    private NeighborHeap() {
    }

    /** Fills slots {@code at .. at + k - 1} with +infinity and index -1: an empty heap. */
    static void clear(double[] values, int[] indices, int at, int k) {
        Arrays.fill(values, at, at + k, Double.POSITIVE_INFINITY);
        Arrays.fill(indices, at, at + k, -1);
    }

    /**
     * Offers row {@code index} at reduced distance {@code value}, which must be finite; returns whether it entered
     * the heap. A row no nearer than the root stays out.
     */
    static boolean push(double[] values, int[] indices, int at, int k, double value, int index) {
        if (value >= values[at]) {
            return false;
        }
        siftDown(values, indices, at, k, value, index);
        return true;
    }

    /** Turns the heap into a list sorted by increasing distance, equal distances by increasing row index. */
    static void sort(double[] values, int[] indices, int at, int k) {
        for (int size = k; size > 1; size--) {
            double farthest = values[at];
            int farthestIndex = indices[at];
            int last = at + size - 1;
            double value = values[last];
            int index = indices[last];
            values[last] = farthest;
            indices[last] = farthestIndex;
            siftDown(values, indices, at, size - 1, value, index);
        }
        int run = at;
        for (int i = at + 1; i <= at + k; i++) {
            if (i == at + k || values[i] != values[run]) {
                Arrays.sort(indices, run, i);
                run = i;
            }
        }
    }

    /**
     * Puts (value, index) at the root of the heap of {@code size} slots, replacing the root, and moves it down
     * to its place: it swaps with the larger child (the left one if both are equal) while that child is larger,
     * as scikit-learn's {@code heap_push}.
     */
    private static void siftDown(double[] values, int[] indices, int at, int size, double value, int index) {
        int current = 0;
        while (2 * current + 1 < size) {
            int larger = 2 * current + 1;
            if (larger + 1 < size && values[at + larger + 1] > values[at + larger]) {
                larger++;
            }
            if (!(value < values[at + larger])) {
                break;
            }
            values[at + current] = values[at + larger];
            indices[at + current] = indices[at + larger];
            current = larger;
        }
        values[at + current] = value;
        indices[at + current] = index;
    }
}
