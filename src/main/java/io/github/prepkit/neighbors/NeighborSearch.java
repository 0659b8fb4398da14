package io.github.prepkit.neighbors;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.ColumnRanges;
import java.util.Arrays;

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
        return neighbors(k, values, indices);
    }

    /** The sorted lists of reduced distances {@code values} and their rows as distances, in the rows' scale. */
    private Neighbors neighbors(int k, double[] values, int[] indices) {
        for (int i = 0; i < values.length; i++) {
            values[i] = values[i] == Double.MAX_VALUE ? Double.POSITIVE_INFINITY : distance.distance(values[i]);
        }
        return new Neighbors(k, indices, values, scale);
    }

    /**
     * The {@code k} nearest training rows of every training row, each itself first unless an identical row comes
     * before it: what {@code search(training(), rows, k, nJobs)} finds, with about half its work when there is no
     * tree. The distance of two rows is the same either way round, bit for bit, so each block is compared only with
     * itself and the blocks after it, and a row that passes the screening is offered to both rows' lists. Each thread
     * keeps a list for every row and takes every {@code threads}-th pair of blocks; the lists are then merged.
     *
     * <p>Rows are offered out of index order, and where rows tie at the k-th place the heap's choice depends on that
     * order (see {@link NeighborHeap}). So each list keeps k + 1 rows: where the (k + 1)-th is farther than the k-th,
     * the first k are the only k nearest, the same whatever the order; a row whose k-th and (k + 1)-th tie is
     * searched again as a query, its rows fed in index order. The result is the search's for any number of threads.
     */
    Neighbors searchSelf(int k, int nJobs) {
        int count = rows.rows();
        if (tree != null || k + 1 > count) {
            return search(training(), count, k, nJobs);
        }
        int kept = k + 1;
        double[] points = rows.rowMajor();
        double[] prepared = new double[count];
        for (int r = 0; r < count; r++) {
            prepared[r] = distance.prepare(points, r * rows.columns());
        }
        int pairs = rows.count() * (rows.count() + 1) / 2;
        int threads = Math.min(Parallel.threads(nJobs), pairs);
        double[][] values = new double[threads][];
        int[][] indices = new int[threads][];
        Parallel.forEach(threads, nJobs, thread -> {
            values[thread] = new double[count * kept];
            indices[thread] = new int[count * kept];
            NeighborHeap.clear(values[thread], indices[thread], 0, count * kept);
            joinPairs(points, prepared, thread, threads, kept, values[thread], indices[thread]);
        });
        double[] nearest = new double[count * k];
        int[] nearestIndices = new int[count * k];
        boolean[] tiedAtK = new boolean[count];
        Parallel.forEach(threads, nJobs, part -> { // each thread merges its share of the rows' lists
            int end = (int) ((long) count * (part + 1) / threads);
            for (int r = (int) ((long) count * part / threads); r < end; r++) {
                tiedAtK[r] = mergeLists(values, indices, r, kept);
                System.arraycopy(values[0], r * kept, nearest, r * k, k);
                System.arraycopy(indices[0], r * kept, nearestIndices, r * k, k);
            }
        });
        int[] tied = new int[count];
        int ties = 0;
        for (int r = 0; r < count; r++) {
            if (tiedAtK[r]) {
                tied[ties++] = r;
            }
        }
        Neighbors found = neighbors(k, nearest, nearestIndices);
        return ties == 0 ? found : searchedAgain(found, Arrays.copyOf(tied, ties), nJobs);
    }

    /**
     * Merges row {@code r}'s lists of every thread into the first thread's, nearest first, and says whether its k-th
     * and (k+1)-th nearest are equally distant (a tie the join cannot break as the plain search does).
     */
    private static boolean mergeLists(double[][] values, int[][] indices, int r, int kept) {
        int at = r * kept;
        for (int thread = 1; thread < values.length; thread++) {
            for (int slot = at; slot < at + kept; slot++) {
                if (indices[thread][slot] >= 0) {
                    NeighborHeap.push(values[0], indices[0], at, kept, values[thread][slot], indices[thread][slot]);
                }
            }
        }
        NeighborHeap.sort(values[0], indices[0], at, kept);
        return values[0][at + kept - 2] == values[0][at + kept - 1];
    }

    /** {@code found} with the lists of training rows {@code again} replaced by a search with them as queries. */
    private Neighbors searchedAgain(Neighbors found, int[] again, int nJobs) {
        int k = found.k();
        int columns = rows.columns();
        double[] training = training();
        double[] queries = new double[again.length * columns];
        for (int i = 0; i < again.length; i++) {
            System.arraycopy(training, again[i] * columns, queries, i * columns, columns);
        }
        Neighbors searched = search(queries, again.length, k, nJobs);
        for (int i = 0; i < again.length; i++) {
            System.arraycopy(searched.indices(), i * k, found.indices(), again[i] * k, k);
            System.arraycopy(searched.scaledDistances(), i * k, found.scaledDistances(), again[i] * k, k);
        }
        return found;
    }

    /**
     * Compares every {@code threads}-th pair of blocks (a block with itself or with a later one), starting at pair
     * {@code thread}, and keeps in {@code values} and {@code indices} each row's k nearest among the rows it met.
     */
    private void joinPairs(double[] points, double[] prepared, int thread, int threads, int k, double[] values,
            int[] indices) {
        int columns = rows.columns();
        double[] roots = new double[rows.rows()];
        Arrays.fill(roots, Double.POSITIVE_INFINITY);
        Screened screened = new Screened(rows.blockRows());
        int pair = 0;
        for (int a = 0; a < rows.count(); a++) {
            for (int b = a; b < rows.count(); b++, pair++) {
                if (pair % threads != thread) {
                    continue;
                }
                for (int row = rows.start(a); row < rows.start(a) + rows.length(a); row++) {
                    distance.screen(points, row * columns, b, screened);
                    offerBoth(points, row, b, a == b, screened, prepared[row], roots, values, indices, k);
                }
            }
        }
    }

    /**
     * Offers to the list of {@code row} the rows of block {@code b} that pass its screening, and, unless the block is
     * the row's own (whose rows meet it as rows of their own), offers {@code row} to the list of each of them that
     * could take it. {@code roots[r]} is the farthest distance in the list of row r.
     */
    private void offerBoth(double[] points, int row, int b, boolean ownBlock, Screened screened, double prepared,
            double[] roots, double[] values, int[] indices, int k) {
        int start = rows.start(b);
        int length = rows.length(b);
        int at = row * rows.columns();
        double limit = distance.threshold(roots[row], prepared);
        double offset = distance.threshold(0, prepared);
        for (int t = next(ownBlock, screened, 0, length, limit, roots, start, offset); t < length;
                t = next(ownBlock, screened, t + 1, length, limit, roots, start, offset)) {
            double reduced = Math.min(distance.reduced(points, at, b, t, screened.value(t)), Double.MAX_VALUE);
            if (NeighborHeap.push(values, indices, row * k, k, reduced, start + t)) {
                roots[row] = values[row * k];
                limit = distance.threshold(roots[row], prepared);
            }
            if (!ownBlock && NeighborHeap.push(values, indices, (start + t) * k, k, reduced, row)) {
                roots[start + t] = values[(start + t) * k];
            }
        }
    }

    /**
     * In the row's own block, the next row below {@code limit}; in another, the next row below {@code limit} or below
     * {@code roots[start + t] + offset} (the threshold of that row's own list, since a kernel's threshold is the
     * farthest distance plus a term of the query alone).
     */
    private static int next(boolean ownBlock, Screened screened, int from, int length, double limit, double[] roots,
            int start, double offset) {
        return ownBlock ? screened.below(from, length, limit)
                : screened.passing(from, length, limit, roots, start, offset);
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
        Screened screened = new Screened(rows.blockRows());
        for (int b = 0; b < rows.count(); b++) {
            for (int g = 0; g < count; g++) {
                distance.screen(queries, group[g] * columns, b, screened);
                offer(queries, group[g] * columns, b, screened, prepared[g], values, indices, group[g] * k, k);
            }
        }
        for (int g = 0; g < count; g++) {
            NeighborHeap.sort(values, indices, group[g] * k, k);
        }
    }

    /** Pushes the rows of block {@code b} that pass the screening into the heap at {@code slot}, in row order. */
    private void offer(double[] queries, int at, int b, Screened screened, double prepared,
                       double[] values, int[] indices, int slot, int k) {
        int start = rows.start(b);
        int length = rows.length(b);
        double limit = distance.threshold(values[slot], prepared);
        for (int t = screened.below(0, length, limit); t < length; t = screened.below(t + 1, length, limit)) {
            // a distance that overflows counts as the largest double, so that it can still take an empty slot
            double reduced = Math.min(distance.reduced(queries, at, b, t, screened.value(t)), Double.MAX_VALUE);
            if (NeighborHeap.push(values, indices, slot, k, reduced, start + t)) {
                limit = distance.threshold(values[slot], prepared);
            }
        }
    }
}
