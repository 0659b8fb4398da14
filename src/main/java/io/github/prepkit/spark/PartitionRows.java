package io.github.prepkit.spark;

import io.github.prepkit.internal.data.Checks;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * What the cluster fits learn of each partition's rows beside their statistics: how many there are and where each
 * column's first infinite value is, so the driver can refuse an infinite value naming the row the local fit names.
 *
 * @param partition     the partition's index
 * @param rows          its row count
 * @param firstInfinite per column, the row of its first infinite value within the partition, or -1
 */
record PartitionRows(int partition, long rows, long[] firstInfinite) implements Serializable {

    /**
     * Fails as the local fit does if a column has an infinite value: the first column (in {@code columns} order) that
     * has one, at its first row counted over the partitions in order.
     *
     * @param inOrder the partitions, sorted by index
     * @param what    names the kind of column in the message, as the local check does: {@code "column"}, or
     *                {@code "feature column"}
     */
    static void requireFinite(List<PartitionRows> inOrder, List<String> columns, String step, String what) {
        for (int j = 0; j < columns.size(); j++) {
            long offset = 0;
            for (PartitionRows partition : inOrder) {
                if (partition.firstInfinite()[j] >= 0) {
                    throw Checks.infiniteValue(step, what, columns.get(j), offset + partition.firstInfinite()[j]);
                }
                offset += partition.rows();
            }
        }
    }

    /** The first row of each partition, counted over the dataset, from each partition's row count, in order. */
    static long[] offsets(long[] partitionRows) {
        long[] offsets = new long[partitionRows.length];
        for (int p = 1; p < offsets.length; p++) {
            offsets[p] = offsets[p - 1] + partitionRows[p - 1];
        }
        return offsets;
    }

    /** Numeric field {@code field} as Tablesaw reads it: NaN where it is missing (null, or an int or long's least value). */
    static double number(Row row, int field) {
        Object value = row.get(field);
        if (value == null || value.equals(Integer.MIN_VALUE) || value.equals(Long.MIN_VALUE)) {
            return Double.NaN;
        }
        return ((Number) value).doubleValue();
    }
}
