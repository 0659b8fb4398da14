package io.github.prepkit.cluster;

import java.util.Arrays;

/**
 * The rows of one point block grouped by cluster, each group in row order (a stable counting sort): the rows of
 * cluster {@code c} are {@code rows[start(c) .. start(c + 1) - 1]}. Lets the update step add each cluster's points
 * in running sums held in registers. Reused from block to block by one thread.
 */
final class BlockOrder {

    /** Row indices within the block, grouped by cluster. */
    final int[] rows = new int[PointBlocks.BLOCK];
    private final int[] starts;
    private final int[] next;

    BlockOrder(int clusters) {
        this.starts = new int[clusters + 1];
        this.next = new int[clusters];
    }

    /** Groups rows {@code 0 .. size - 1} by their cluster {@code labels[i]}, in [0, clusters). O(size + clusters). */
    void group(int[] labels, int size, int clusters) {
        Arrays.fill(starts, 0);
        for (int i = 0; i < size; i++) {
            starts[labels[i] + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            starts[c + 1] += starts[c];
            next[c] = starts[c];
        }
        for (int i = 0; i < size; i++) {
            rows[next[labels[i]]++] = i;
        }
    }

    /** The position in {@link #rows} of cluster {@code c}'s first row; {@code start(clusters)} is the row count. */
    int start(int c) {
        return starts[c];
    }
}
