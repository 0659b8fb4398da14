package io.github.prepkit.spark;

import io.github.prepkit.internal.data.Tables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * One pass over a dataset for the fits that read order statistics or sums: each partition's rows and first infinite
 * values (to fail as the local fit does), which columns have gaps, and for each numeric column its largest absolute
 * value and how many of its present values start with each {@link RankSelection} digit, the first step of the search
 * for its ranks.
 *
 * @param partitions  each partition's rows, sorted by partition
 * @param gaps        per numeric column, then per text column, whether a value is missing
 * @param maxAbs      per numeric column, its largest absolute present value, 0 if none
 * @param firstDigits per numeric column, its present values counted by their first digit
 */
record ColumnSurvey(List<PartitionRows> partitions, boolean[] gaps, double[] maxAbs, long[][] firstDigits)
        implements Serializable {

    /**
     * Surveys numeric fields {@code numeric} (null, NaN or an int or long's least value is missing) and text fields
     * {@code text} (null or empty is missing) of {@code data}.
     */
    static ColumnSurvey of(Dataset<Row> data, int[] numeric, int[] text) {
        InternalRows.Numbers numbers = InternalRows.Numbers.of(data.schema(), numeric);
        ColumnSurvey survey = InternalRows.of(data).mapPartitionsWithIndex((index, rows) -> List.of(partial(index, rows,
                numbers, text)).iterator(), false).treeReduce(ColumnSurvey::plus);
        List<PartitionRows> inOrder = new ArrayList<>(survey.partitions);
        inOrder.sort(Comparator.comparingInt(PartitionRows::partition));
        return new ColumnSurvey(inOrder, survey.gaps, survey.maxAbs, survey.firstDigits);
    }

    /** How many rows the dataset has. */
    long rows() {
        return partitions.stream().mapToLong(PartitionRows::rows).sum();
    }

    /** How many values numeric column {@code j} has present. */
    long present(int j) {
        long count = 0;
        for (long n : firstDigits[j]) {
            count += n;
        }
        return count;
    }

    /**
     * Fails as a local fit would on these rows: if there are none, or a numeric column (named by {@code numeric}, in
     * order) has an infinite value, naming the first and its row.
     */
    void requireRowsAndFinite(Dataset<Row> data, List<String> numeric, String step) {
        if (rows() == 0) {
            Tables.requireRows(SparkColumnType.table(data.schema(), List.of()), step);
        }
        PartitionRows.requireFinite(partitions, numeric, step, "column");
    }

    /** The row at which each partition starts, by partition index. */
    long[] offsets() {
        return PartitionRows.offsets(partitions.stream().mapToLong(PartitionRows::rows).toArray());
    }

    private ColumnSurvey plus(ColumnSurvey other) {
        List<PartitionRows> both = new ArrayList<>(partitions);
        both.addAll(other.partitions);
        boolean[] anyGap = gaps.clone();
        for (int j = 0; j < anyGap.length; j++) {
            anyGap[j] |= other.gaps[j];
        }
        double[] largest = new double[maxAbs.length];
        long[][] sum = new long[firstDigits.length][];
        for (int j = 0; j < sum.length; j++) {
            largest[j] = Math.max(maxAbs[j], other.maxAbs[j]);
            sum[j] = RankSelection.sum(firstDigits[j], other.firstDigits[j]);
        }
        return new ColumnSurvey(both, anyGap, largest, sum);
    }

    private static ColumnSurvey partial(int partition, Iterator<InternalRow> rows, InternalRows.Numbers numeric,
            int[] text) {
        int columns = numeric.fields().length;
        long[] firstInfinite = new long[columns];
        Arrays.fill(firstInfinite, -1);
        boolean[] gaps = new boolean[columns + text.length];
        double[] maxAbs = new double[columns];
        long[][] firstDigits = new long[columns][RankSelection.FIRST.buckets()];
        long count = 0;
        while (rows.hasNext()) {
            InternalRow row = rows.next();
            for (int j = 0; j < columns; j++) {
                double v = numeric.get(row, j);
                if (Double.isNaN(v)) {
                    gaps[j] = true;
                } else if (Double.isInfinite(v)) {
                    firstInfinite[j] = firstInfinite[j] < 0 ? count : firstInfinite[j];
                } else {
                    maxAbs[j] = Math.max(maxAbs[j], Math.abs(v));
                    firstDigits[j][RankSelection.FIRST.digit(RankSelection.key(v))]++;
                }
            }
            for (int t = 0; t < text.length; t++) {
                gaps[columns + t] |= InternalRows.textMissing(row, text[t]);
            }
            count++;
        }
        return new ColumnSurvey(List.of(new PartitionRows(partition, count, firstInfinite)), gaps, maxAbs,
                firstDigits);
    }
}
