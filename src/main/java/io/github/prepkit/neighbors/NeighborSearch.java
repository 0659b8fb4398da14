package io.github.prepkit.neighbors;

import io.github.prepkit.base.Parallel;

/**
 * Brute-force k-nearest-neighbour search over the training rows: every query is compared with every row, block by
 * block (see {@link RowBlocks} and {@link BlockDistance}), and keeps its k nearest in a {@link NeighborHeap} fed in
 * row order. Time O(queries x rows x features), memory O(rows x features). Queries are split into groups of
 * {@value #QUERY_GROUP} searched in parallel; each group writes only its own slots, so the result does not depend
 * on the number of threads.
 */
final class NeighborSearch {

    /** Queries compared with one block while it is in cache; also the unit of parallel work. */
    static final int QUERY_GROUP = 32;

    private final RowBlocks rows;
    private final BlockDistance distance;

    /** A search over the {@code rows x columns} row-major {@code training} values under {@code metric}. */
    NeighborSearch(double[] training, int rows, int columns, Metric metric, double p) {
        this.rows = RowBlocks.of(training, rows, columns);
        this.distance = BlockDistance.of(metric, p, this.rows);
    }

    /**
     * The {@code k} nearest training rows of each of the {@code count} row-major {@code queries}, on {@code nJobs}
     * threads.
     */
    Neighbors search(double[] queries, int count, int k, int nJobs) {
        int[] indices = new int[count * k];
        double[] values = new double[count * k];
        int groups = (count + QUERY_GROUP - 1) / QUERY_GROUP;
        Parallel.forEach(groups, nJobs, group -> searchGroup(queries, group * QUERY_GROUP,
                Math.min(count, (group + 1) * QUERY_GROUP), k, values, indices));
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : distance.distance(values[i]);
        }
        return new Neighbors(k, indices, values);
    }

    private void searchGroup(double[] queries, int from, int to, int k, double[] values, int[] indices) {
        int columns = rows.columns();
        double[] prepared = new double[to - from];
        for (int q = from; q < to; q++) {
            NeighborHeap.clear(values, indices, q * k, k);
            prepared[q - from] = distance.prepare(queries, q * columns);
        }
        double[] screened = new double[rows.blockRows()];
        for (int b = 0; b < rows.count(); b++) {
            for (int q = from; q < to; q++) {
                distance.screen(queries, q * columns, b, screened);
                offer(queries, q * columns, b, screened, prepared[q - from], values, indices, q * k, k);
            }
        }
        for (int q = from; q < to; q++) {
            NeighborHeap.sort(values, indices, q * k, k);
        }
    }

    /** Pushes the rows of block {@code b} that pass the screening into the heap at {@code slot}, in row order. */
    private void offer(double[] queries, int at, int b, double[] screened, double prepared,
                       double[] values, int[] indices, int slot, int k) {
        int start = rows.start(b);
        int length = rows.length(b);
        double limit = distance.threshold(values[slot], prepared);
        for (int t = below(screened, 0, length, limit); t < length; t = below(screened, t + 1, length, limit)) {
            // a distance that overflows counts as the largest double, so that it can still take an empty slot
            double reduced = Math.min(distance.reduced(queries, at, b, t, screened[t]), Double.MAX_VALUE);
            if (NeighborHeap.push(values, indices, slot, k, reduced, start + t)) {
                limit = distance.threshold(values[slot], prepared);
            }
        }
    }

    /**
     * The first t in from..length-1 whose screening value is below {@code limit} (or NaN); length if none. A loop of
     * its own because the JIT compiles it much tighter than one with the rare heap push in its body: this scan runs
     * once per query and training row and was, inline, a third of the whole search time.
     */
    private static int below(double[] screened, int from, int length, double limit) {
        int t = from;
        while (t < length && screened[t] >= limit) {
            t++;
        }
        return t;
    }
}
