package io.github.prepkit.spark;

import io.github.prepkit.data.Columns;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * {@link SimpleImputer} with the MOST_FREQUENT or CONSTANT strategy fitted on the cluster. Each partition counts each
 * column's values (numbers equal as the local fit compares them, {@code ==}, so -0.0 and 0.0 count together and the
 * zero is -0.0 if one occurs, as after a sort), and notes missing and infinite values; the driver adds the counts and
 * fits the imputer on a table holding, per column, its most frequent value twice (the smallest among equally frequent
 * ones) and a gap if it had one. That table has the same most frequent values, gaps and columns, so the model is the
 * local one, bit for bit. MEDIAN and MEAN fit in {@link CentralImputerOnSpark}.
 */
final class SimpleImputerOnSpark {

    private static final String STEP = "SimpleImputer";

    private SimpleImputerOnSpark() {
    }

    /** Whether {@code estimator} fits here. */
    static boolean fits(SimpleImputer estimator) {
        return estimator.strategy() == Strategy.MOST_FREQUENT || estimator.strategy() == Strategy.CONSTANT;
    }

    /** One column's values in one partition: each value's count and the value that stands for it, and whether a gap. */
    record Counts(Map<Object, Long> counts, Map<Object, Object> values, boolean missing) implements Serializable {

        /** The most frequent value, the smallest among equally frequent ones; null if no value is present. */
        Object mostFrequent() {
            Comparator<Object> order = (a, b) -> a instanceof Double x ? Double.compare(x, (Double) b)
                    : ((String) a).compareTo((String) b);
            Object best = null;
            long bestCount = 0;
            for (Map.Entry<Object, Long> entry : counts.entrySet()) {
                long count = entry.getValue();
                if (count > bestCount || count == bestCount && order.compare(entry.getKey(), best) < 0) {
                    best = entry.getKey();
                    bestCount = count;
                }
            }
            return best == null ? null : values.get(best);
        }

        Counts plus(Counts other) {
            Map<Object, Long> sum = new HashMap<>(counts);
            other.counts.forEach((key, count) -> sum.merge(key, count, Long::sum));
            Map<Object, Object> stand = new HashMap<>(values);
            other.values.forEach((key, value) -> stand.merge(key, value, SimpleImputerOnSpark::negativeZeroFirst));
            return new Counts(sum, stand, missing || other.missing);
        }
    }

    /** What one partition holds: its rows, and per column its counts. */
    record Partial(PartitionRows rows, List<Counts> columns) implements Serializable {}

    static SimpleImputerModel fit(SimpleImputer estimator, Dataset<Row> data) {
        StructType schema = data.schema();
        List<String> selected = Columns.select(SparkColumnType.table(schema, List.of()), estimator.columns(),
                estimator.strategy().columnKind(), STEP);
        int[] fields = selected.stream().mapToInt(schema::fieldIndex).toArray();
        boolean[] numeric = new boolean[fields.length];
        for (int j = 0; j < fields.length; j++) {
            numeric[j] = SparkColumnType.of(schema.fields()[fields[j]].dataType(), selected.get(j))
                    != SparkColumnType.STRING;
        }
        List<Partial> partials = data.javaRDD().mapPartitionsWithIndex((index, rows) -> List.of(partial(index, rows,
                fields, numeric)).iterator(), false).collect().stream()
                .sorted(Comparator.comparingInt(partial -> partial.rows().partition())).toList();
        if (partials.isEmpty()) {
            return estimator.fit(SparkColumnType.table(schema, List.of()));
        }
        PartitionRows.requireFinite(partials.stream().map(Partial::rows).toList(), selected, STEP, "column");
        long rowCount = partials.stream().mapToLong(partial -> partial.rows().rows()).sum();
        List<List<Object>> columns = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            int column = j;
            Counts total = partials.stream().map(partial -> partial.columns().get(column)).reduce(Counts::plus)
                    .orElseThrow();
            List<Object> values = new ArrayList<>();
            Object mostFrequent = total.mostFrequent();
            if (mostFrequent != null) {
                values.add(mostFrequent);
                values.add(mostFrequent);
            }
            if (total.missing()) {
                values.add(null);
            }
            columns.add(values);
        }
        int height = Math.max(rowCount > 0 ? 1 : 0, columns.stream().mapToInt(List::size).max().orElse(0));
        List<Row> rows = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            Object[] row = new Object[schema.size()];
            for (int j = 0; j < fields.length; j++) {
                List<Object> values = columns.get(j);
                row[fields[j]] = values.isEmpty() ? null : values.get(Math.min(r, values.size() - 1));
            }
            rows.add(RowFactory.create(row));
        }
        return estimator.fit(SparkColumnType.table(schema, rows));
    }

    private static Partial partial(int partition, Iterator<Row> rows, int[] fields, boolean[] numeric) {
        List<Map<Object, Long>> counts = new ArrayList<>();
        List<Map<Object, Object>> values = new ArrayList<>();
        boolean[] missing = new boolean[fields.length];
        long[] firstInfinite = new long[fields.length];
        Arrays.fill(firstInfinite, -1);
        for (int j = 0; j < fields.length; j++) {
            counts.add(new HashMap<>());
            values.add(new HashMap<>());
        }
        long count = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int j = 0; j < fields.length; j++) {
                Object key = null;
                if (numeric[j]) {
                    double v = PartitionRows.number(row, fields[j]);
                    if (Double.isInfinite(v)) {
                        firstInfinite[j] = firstInfinite[j] < 0 ? count : firstInfinite[j];
                    } else if (Double.isNaN(v)) {
                        missing[j] = true;
                    } else {
                        key = v == 0 ? 0.0 : v;   // -0.0 == 0.0, as the local fit compares
                    }
                } else {
                    String text = row.getString(fields[j]);
                    missing[j] |= text == null || text.isEmpty();   // Tablesaw's missing text is empty
                    key = text == null || text.isEmpty() ? null : text;
                }
                if (key != null) {
                    counts.get(j).merge(key, 1L, Long::sum);
                    values.get(j).merge(key, row.get(fields[j]), SimpleImputerOnSpark::negativeZeroFirst);
                }
            }
            count++;
        }
        List<Counts> columns = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            columns.add(new Counts(counts.get(j), values.get(j), missing[j]));
        }
        return new Partial(new PartitionRows(partition, count, firstInfinite), columns);
    }

    /** Of two values equal as numbers, the one that is -0.0 if either is, as a sort puts it first. */
    private static Object negativeZeroFirst(Object a, Object b) {
        return b instanceof Number n && Double.doubleToRawLongBits(n.doubleValue()) == Long.MIN_VALUE ? b : a;
    }
}
