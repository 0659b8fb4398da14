package io.github.prepkit.spark;

import io.github.prepkit.spark.ClassCounts.RowClasses;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each row's seeded random key, and per class the key below which a given number of its rows lie: the k rows of a
 * class with the smallest keys are a uniformly random choice of k of its rows. Row i of the dataset (counted over the
 * partitions in order) has the key {@code new SplittableRandom(seed)} draws as its (i + 1)-th {@code nextLong()}; the
 * generator steps through every long before it repeats one, so keys never tie, and a key depends only on the seed and
 * the row's place, whatever the partitioning.
 *
 * <p>The k-th smallest key of a class of n rows is found without sorting or collecting the class. Its expected place is
 * k / n of the range of longs, with a spread of about sqrt(k (n - k) / n) keys; one job counts the keys below a window
 * of {@value #SPREAD} times that spread on either side and brings the keys inside it (a few times sqrt(k)) to the
 * driver. If the k-th key is not inside (odds about 1e-15), the window grows {@value #WIDEN} times and the job runs
 * again, until it covers every key, so the answer is always exact.
 */
final class RowKeys {

    /** How many spreads the first window reaches on either side of the k-th key's expected place. */
    static final double SPREAD = 8;
    /** How much wider each next window is. */
    static final double WIDEN = 8;

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private RowKeys() {
    }

    /** The key of row {@code row}, counted from 0 over the dataset: {@code SplittableRandom(seed)}'s draw row + 1. */
    static long key(long seed, long row) {
        long z = seed + (row + 1) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** What one partition holds, per class: how many of its keys lie below the window, and those inside it. */
    private record Window(long[] below, long[][] inside) implements Serializable {}

    /**
     * For each class k with {@code 0 < targets[k] < sizes[k]}, the {@code targets[k]}-th smallest key of its rows; 0
     * for the others.
     *
     * @param data    the counted dataset
     * @param classes its classes
     * @param spread  how many spreads the first window reaches (see {@link #SPREAD}), above 0
     */
    static long[] thresholds(Dataset<Row> data, ClassCounts classes, long[] targets, long seed, double spread) {
        long[] sizes = classes.sizes();
        long[] offsets = PartitionRows.offsets(classes.partitionRows());
        RowClasses rowClasses = classes.rowClasses();
        long[] thresholds = new long[sizes.length];
        boolean[] pending = new boolean[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            pending[k] = targets[k] > 0 && targets[k] < sizes[k];
        }
        for (double reach = spread; contains(pending); reach *= WIDEN) {
            long[] low = new long[sizes.length];
            long[] high = new long[sizes.length];
            for (int k = 0; k < sizes.length; k++) {
                double deviation = reach * (Math.sqrt(targets[k] * (double) (sizes[k] - targets[k]) / sizes[k]) + 1);
                low[k] = keyAt((targets[k] - deviation) / sizes[k]);
                high[k] = keyAt((targets[k] + deviation) / sizes[k]);
            }
            boolean[] searched = pending.clone();
            List<Window> windows = data.javaRDD().mapPartitionsWithIndex((index, rows) -> List.of(window(rows,
                    offsets[index], seed, rowClasses, searched, low, high)).iterator(), false).collect();
            for (int k = 0; k < sizes.length; k++) {
                int c = k;
                long below = windows.stream().mapToLong(window -> window.below()[c]).sum();
                long[] inside = windows.stream().flatMapToLong(window -> LongStream.of(window.inside()[c])).sorted()
                        .toArray();
                if (pending[k] && below < targets[k] && targets[k] <= below + inside.length) {
                    thresholds[k] = inside[(int) (targets[k] - below - 1)];
                    pending[k] = false;
                }
            }
        }
        return thresholds;
    }

    private static boolean contains(boolean[] flags) {
        for (boolean flag : flags) {
            if (flag) {
                return true;
            }
        }
        return false;
    }

    /** The key at {@code share} of the range of longs, the least or greatest long beyond [0, 1]. */
    private static long keyAt(double share) {
        return share <= 0 ? Long.MIN_VALUE : share >= 1 ? Long.MAX_VALUE : (long) (share * 0x1p64 - 0x1p63);
    }

    private static Window window(Iterator<Row> rows, long first, long seed, RowClasses rowClasses, boolean[] searched,
            long[] low, long[] high) {
        long[] below = new long[searched.length];
        LongStream.Builder[] inside = new LongStream.Builder[searched.length];
        Arrays.setAll(inside, k -> LongStream.builder());
        for (long row = first; rows.hasNext(); row++) {
            int k = rowClasses.of(rows.next());
            if (searched[k]) {
                long key = key(seed, row);
                if (key < low[k]) {
                    below[k]++;
                } else if (key <= high[k]) {
                    inside[k].add(key);
                }
            }
        }
        return new Window(below, Arrays.stream(inside).map(LongStream.Builder::build).map(LongStream::toArray)
                .toArray(long[][]::new));
    }
}
