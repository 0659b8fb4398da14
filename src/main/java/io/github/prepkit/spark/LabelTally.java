package io.github.prepkit.spark;

import io.github.prepkit.internal.data.ClassLabels;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition's look at a column of labels (a sampler's target, or a categorical column of SMOTENC) as
 * {@link ClassLabels} reads the whole column locally: each value's count, the missing values, and the first value of a
 * float column that is not a whole number, with its row in the partition, so that the driver fails with the local
 * message and row. Values are those Tablesaw holds ({@link SparkColumnType#tablesawValue}), so -0.0 and 0.0 count
 * apart, as locally.
 */
final class LabelTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Object, Long> counts = new HashMap<>();
    private long missing;
    private long firstNotWhole = -1;
    private double notWhole;

    /** Counts {@code value} (null if missing), found in row {@code row} of the partition. */
    void add(Object value, long row) {
        if (value == null) {
            missing++;
        } else if ((value instanceof Double || value instanceof Float)
                && !ClassLabels.isWhole(((Number) value).doubleValue())) {
            if (firstNotWhole < 0) {
                firstNotWhole = row;
                notWhole = ((Number) value).doubleValue();
            }
        } else {
            counts.merge(value, 1L, Long::sum);
        }
    }

    /** The missing values of all partitions. */
    static long missing(List<LabelTally> partitions) {
        return partitions.stream().mapToLong(tally -> tally.missing).sum();
    }

    /**
     * Fails as {@link ClassLabels} does on a float column holding a value that is not a whole number, naming the first
     * one and its row.
     *
     * @param inOrder the partitions' tallies, in partition order
     * @param rows    each partition's row count, in the same order
     */
    static void requireWhole(List<LabelTally> inOrder, long[] rows, String column, String step) {
        long offset = 0;
        for (int p = 0; p < inOrder.size(); p++) {
            LabelTally tally = inOrder.get(p);
            if (tally.firstNotWhole >= 0) {
                throw ClassLabels.continuous(step, column, tally.notWhole, offset + tally.firstNotWhole);
            }
            offset += rows[p];
        }
    }

    /** Each value's count over all partitions. */
    static Map<Object, Long> counts(List<LabelTally> partitions) {
        Map<Object, Long> total = new HashMap<>();
        for (LabelTally tally : partitions) {
            tally.counts.forEach((value, count) -> total.merge(value, count, Long::sum));
        }
        return total;
    }
}
