package io.github.prepkit.neighbors;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.ColumnRanges;

/**
 * Exact k-nearest-neighbour search over the training rows. By brute force, every query is compared with every
 * row, block by block (see {@link RowBlocks} and {@link BlockDistance}), and keeps its k nearest in a
 * {@link NeighborHeap} fed in row order: time O(queries x rows x features). With at most
 * {@link KdTree#MAX_COLUMNS} features a {@link KdTree} answers instead, with the same result, except for
 * queries whose k-th neighbour ties with the next row, which go to brute force. Memory O(rows x features).
 * Queries are split into groups of {@value #QUERY_GROUP} searched in parallel; each group writes only its own
 * slots, so the result does not depend on the number of threads.
 *
 * <p>Rows and queries whose differences would overflow or underflow when raised to the metric's power (values near
 * 1e300 or 1e-200, subnormal numbers) are compared multiplied by one common power of two, chosen from the columns'
 * spreads (see {@link ColumnRanges}): the neighbours, ties included, are then those of the same data at an ordinary
 * magnitude, and the distances are scaled back (+Infinity only where a distance exceeds the double range). A column
 * constant at 1e308 does not move the scale: its differences are 0. Ordinary data pays one pass over the training
 * rows at construction and one over the queries per search. Queries that the training rows' scale does not serve get
 * a search over the rows scaled anew, for that call.
 */
final class NeighborSearch {

    /** Queries compared with one block while it is in cache; also the unit of parallel work. */
    static final int QUERY_GROUP = 32;

    private final RowBlocks rows;
    private final BlockDistance distance;
    /** For at most {@link KdTree#MAX_COLUMNS} features, the tree that answers most queries; otherwise null. */
    private final KdTree tree;
    private final Metric metric;
    private final double p;
    /** The power of differences the metric sums: 1 for Manhattan, 2 for Euclidean, p for Minkowski. */
    private final double degree;
    /** Each feature's lowest and highest training value. */
    private final ColumnRanges ranges;
    /** The power of two the training values are multiplied by in {@link #rows}. */
    private final BinaryScale scale;
    /** The training values as given when they are scaled, since scaling back need not restore them; else null. */
    private final double[] unscaled;

    /** A search over the {@code rows x columns} row-major {@code training} values under {@code metric}. */
    NeighborSearch(double[] training, int rows, int columns, Metric metric, double p) {
        this(training, rows, columns, metric, p, ColumnRanges.of(training, columns));
    }

    private NeighborSearch(double[] training, int rows, int columns, Metric metric, double p, ColumnRanges ranges) {
        this(training, rows, columns, metric, p, ranges, ranges.differenceScale(degree(metric, p)));
    }

    private NeighborSearch(double[] training, int rows, int columns, Metric metric, double p, ColumnRanges ranges,
            BinaryScale scale) {
        double[] scaled = scale.apply(training);
        this.rows = RowBlocks.of(scaled, rows, columns);
        this.distance = BlockDistance.of(metric, p, this.rows);
        this.tree = columns <= KdTree.MAX_COLUMNS ? new KdTree(scaled, rows, columns, distance) : null;
        this.metric = metric;
        this.p = p;
        this.degree = degree(metric, p);
        this.ranges = ranges;
        this.scale = scale;
        this.unscaled = scale.isOne() ? null : training.clone();
    }

    private static double degree(Metric metric, double p) {
        return switch (metric) {
            case EUCLIDEAN -> 2;
            case MANHATTAN -> 1;
            case MINKOWSKI -> p;
        };
    }

    /** The training values, row-major, as the constructor was given them; a new array. */
    double[] training() {
        return unscaled == null ? rows.rowMajor() : unscaled.clone();
    }

    /**
     * The {@code k} nearest training rows of each of the {@code count} row-major {@code queries}, on {@code nJobs}
     * threads.
     */
    Neighbors search(double[] queries, int count, int k, int nJobs) {
        ColumnRanges all = ranges.union(ColumnRanges.of(queries, rows.columns()));
        if (!all.accepts(scale, degree)) {
            return new NeighborSearch(training(), rows.rows(), rows.columns(), metric, p, ranges,
                    all.differenceScale(degree)).search(queries, count, k, nJobs);
        }
        double[] scaled = scale.apply(queries);
        int[] indices = new int[count * k];
        double[] values = new double[count * k];
        int groups = (count + QUERY_GROUP - 1) / QUERY_GROUP;
        Parallel.forEach(groups, nJobs, group -> searchGroup(scaled, group * QUERY_GROUP,
                Math.min(count, (group + 1) * QUERY_GROUP), k, values, indices));
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : distance.distance(values[i]);
        }
        return new Neighbors(k, indices, values, scale);
    }

    private void searchGroup(double[] queries, int from, int to, int k, double[] values, int[] indices) {
        int[] group = new int[to - from];
        int count = 0;
        double[] scratchValues = new double[k + 1];
        int[] scratchIndices = new int[k + 1];
        for (int q = from; q < to; q++) {
            if (tree == null || !tree.search(queries, q * rows.columns(), k, values, indices, q * k,
                    scratchValues, scratchIndices)) {
                group[count++] = q;
            }
        }
        scan(queries, group, count, k, values, indices);
    }

    /** Brute force for queries {@code group[0 .. count - 1]}: each block of rows is compared with all of them. */
    private void scan(double[] queries, int[] group, int count, int k, double[] values, int[] indices) {
        int columns = rows.columns();
        double[] prepared = new double[count];
        for (int g = 0; g < count; g++) {
            NeighborHeap.clear(values, indices, group[g] * k, k);
            prepared[g] = distance.prepare(queries, group[g] * columns);
        }
        double[] screened = new double[rows.blockRows()];
        float[] scratch = new float[rows.blockRows()];
        for (int b = 0; b < rows.count(); b++) {
            for (int g = 0; g < count; g++) {
                distance.screen(queries, group[g] * columns, b, screened, scratch);
                offer(queries, group[g] * columns, b, screened, prepared[g], values, indices, group[g] * k, k);
            }
        }
        for (int g = 0; g < count; g++) {
            NeighborHeap.sort(values, indices, group[g] * k, k);
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
