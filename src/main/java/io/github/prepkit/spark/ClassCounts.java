package io.github.prepkit.spark;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.ClassLabels;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The classes of a sampler's target column, counted on the cluster as the local sampler finds them in the whole table:
 * each partition tallies the target's values ({@link LabelTally}), and the driver adds the tallies and orders the
 * classes as {@link ClassLabels} does. It fails with the local message where the local sampler fails on the target: a
 * missing column, missing values, no rows, a float value that is not whole (naming its row) or a single class. Sizes
 * are longs, as on a cluster they may pass an {@code int}.
 */
final class ClassCounts {

    private final List<String> names;
    private final Object[] values;
    private final long[] sizes;
    private final long[] partitionRows;
    private final RowClasses rowClasses;

    private ClassCounts(List<String> names, Object[] values, long[] sizes, long[] partitionRows,
            RowClasses rowClasses) {
        this.names = names;
        this.values = values;
        this.sizes = sizes;
        this.partitionRows = partitionRows;
        this.rowClasses = rowClasses;
    }

    /** What one partition holds: its row count and the tally of its target values. */
    private record Partial(int partition, long rows, LabelTally tally) implements Serializable {}

    /**
     * Which class a row is of, on the cluster.
     *
     * @param field the target's field in a row
     * @param type  its type
     * @param codes each class value, as Tablesaw holds it, to its index in class order
     */
    record RowClasses(int field, SparkColumnType type, Map<Object, Integer> codes) implements Serializable {

        /** The class index of {@code row}. */
        int of(Row row) {
            return codes.get(type.tablesawValue(row, field));
        }
    }

    /**
     * Counts the classes of column {@code target} of {@code data}.
     *
     * @param step names the sampler in messages
     * @throws IllegalArgumentException as the local sampler on the target column, or if a column's type does not
     *                                  cross, naming it
     */
    static ClassCounts of(Dataset<Row> data, String target, String step) {
        StructType schema = data.schema();
        Column<?> column = Columns.column(SparkColumnType.table(schema, List.of()), target);
        int field = schema.fieldIndex(target);
        SparkColumnType type = SparkColumnType.of(schema.fields()[field].dataType(), target);
        List<Partial> partials = data.javaRDD().mapPartitionsWithIndex((index, rows) -> List.of(partial(index, rows,
                field, type)).iterator(), false).collect().stream()
                .sorted(Comparator.comparingInt(Partial::partition)).toList();
        List<LabelTally> tallies = partials.stream().map(Partial::tally).toList();
        long[] partitionRows = partials.stream().mapToLong(Partial::rows).toArray();
        long missing = LabelTally.missing(tallies);
        if (missing > 0) {
            throw ClassLabels.missingTargets(step, target, missing);
        }
        if (partials.stream().mapToLong(Partial::rows).sum() == 0) {
            ClassLabels.of(column, step);   // fails on the empty column, as locally
        }
        LabelTally.requireWhole(tallies, partitionRows, target, step);
        Map<Object, Long> counts = LabelTally.counts(tallies);
        List<Object> found = new ArrayList<>(counts.keySet());
        Column<?> distinct = column.emptyCopy();
        found.forEach(distinct::appendObj);
        ClassLabels labels = ClassLabels.of(distinct, step);
        if (labels.count() < 2) {
            throw ClassLabels.singleClass(step, target, labels.names().get(0));
        }
        int[] order = labels.codes();
        Object[] values = new Object[labels.count()];
        long[] sizes = new long[labels.count()];
        Map<Object, Integer> codes = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            values[order[i]] = found.get(i);
            sizes[order[i]] = counts.get(found.get(i));
            codes.put(found.get(i), order[i]);
        }
        return new ClassCounts(labels.names(), values, sizes, partitionRows, new RowClasses(field, type, codes));
    }

    private static Partial partial(int partition, Iterator<Row> rows, int field, SparkColumnType type) {
        LabelTally tally = new LabelTally();
        long count = 0;
        while (rows.hasNext()) {
            tally.add(type.tablesawValue(rows.next(), field), count++);
        }
        return new Partial(partition, count, tally);
    }

    /** The class names, in class order, as the local sampler writes them. */
    List<String> names() {
        return names;
    }

    /** Each class's size, in class order; a copy. */
    long[] sizes() {
        return sizes.clone();
    }

    /** Each partition's row count, in partition order; a copy. */
    long[] partitionRows() {
        return partitionRows.clone();
    }

    /** Which class a row is of. */
    RowClasses rowClasses() {
        return rowClasses;
    }

    /** The rows of {@code data} (the counted dataset) whose class is chosen in {@code classes}, in order. */
    Dataset<Row> rowsOf(Dataset<Row> data, boolean[] classes) {
        RowClasses of = rowClasses;
        return data.filter((FilterFunction<Row>) row -> classes[of.of(row)]);
    }

    /** The value of class {@code k} as Tablesaw holds it. */
    Object value(int k) {
        return values[k];
    }
}
