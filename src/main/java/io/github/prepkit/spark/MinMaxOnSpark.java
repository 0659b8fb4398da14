package io.github.prepkit.spark;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.scale.MinMaxScaler;
import io.github.prepkit.scale.MinMaxScalerModel;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/**
 * {@link MinMaxScaler} fitted on the cluster: each partition finds its columns' least and greatest present values with
 * {@code Math.min} and {@code Math.max}, as the local fit does, and where its first infinite value is; the driver
 * merges the partitions in order. {@code Math.min} and {@code Math.max} give the same double in any order (-0.0 below
 * 0.0), so the model is the local one, bit for bit, and an infinite value fails with the local message and row.
 */
final class MinMaxOnSpark {

    private static final String STEP = "MinMaxScaler";

    private MinMaxOnSpark() {
    }

    /** What one partition holds: its rows, and per column its extremes. */
    record Partial(PartitionRows rows, double[] min, double[] max) implements Serializable {}

    static MinMaxScalerModel fit(MinMaxScaler estimator, Dataset<Row> data) {
        Table empty = SparkColumnType.table(data.schema(), List.of());
        List<String> selected = Columns.select(empty, estimator.columns(), ColumnKind.NUMERIC, STEP);
        int[] fields = selected.stream().mapToInt(name -> data.schema().fieldIndex(name)).toArray();
        List<Partial> partials = data.javaRDD().mapPartitionsWithIndex((index, rows) -> List.of(partial(index, rows,
                fields)).iterator(), false).collect().stream()
                .sorted(Comparator.comparingInt(partial -> partial.rows().partition())).toList();
        if (partials.stream().mapToLong(partial -> partial.rows().rows()).sum() == 0) {
            Tables.requireRows(empty, STEP);
        }
        PartitionRows.requireFinite(partials.stream().map(Partial::rows).toList(), selected, STEP, "column");
        double[] min = new double[fields.length];
        double[] max = new double[fields.length];
        for (int j = 0; j < fields.length; j++) {
            min[j] = Double.POSITIVE_INFINITY;
            max[j] = Double.NEGATIVE_INFINITY;
            for (Partial partial : partials) {
                min[j] = Math.min(min[j], partial.min()[j]);
                max[j] = Math.max(max[j], partial.max()[j]);
            }
            if (min[j] > max[j]) {
                min[j] = Double.NaN;
                max[j] = Double.NaN;
            }
        }
        return MinMaxScalerModel.of(estimator, Schema.of(empty), selected, min, max);
    }

    private static Partial partial(int partition, Iterator<Row> rows, int[] fields) {
        double[] min = new double[fields.length];
        double[] max = new double[fields.length];
        long[] firstInfinite = new long[fields.length];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        Arrays.fill(firstInfinite, -1);
        long count = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int j = 0; j < fields.length; j++) {
                double v = PartitionRows.number(row, fields[j]);
                if (Double.isInfinite(v)) {
                    if (firstInfinite[j] < 0) {
                        firstInfinite[j] = count;
                    }
                } else if (!Double.isNaN(v)) {
                    min[j] = Math.min(min[j], v);
                    max[j] = Math.max(max[j], v);
                }
            }
            count++;
        }
        return new Partial(new PartitionRows(partition, count, firstInfinite), min, max);
    }
}
