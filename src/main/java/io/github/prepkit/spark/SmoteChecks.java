package io.github.prepkit.spark;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.resample.SMOTENC;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The values SMOTE and SMOTENC check in every row of the table, checked on the cluster, since only some classes come to
 * the driver: the numeric features an infinite value (the first column that has one, at its first row) and then a
 * missing one (the first in row-major order, with its column's count of them); then each of SMOTENC's categorical
 * columns, missing values and float values that are not whole. Each fails with the local message and row. Faults in
 * the columns themselves (a feature that is not numeric, a categorical column that is not in the table or is the
 * target) are left to the sampler on the driver, which names them as locally.
 */
final class SmoteChecks {

    private SmoteChecks() {
    }

    /** What one partition holds: its rows and first infinite values; per feature its missing values and the first. */
    private record Partial(PartitionRows rows, long[] missing, long[] firstMissing, List<LabelTally> categories)
            implements Serializable {}

    /**
     * Fails as {@code sampler} (SMOTE or SMOTENC) fails on the values of {@code data}.
     *
     * @throws IllegalArgumentException as the local {@code fitResample}, naming the column and the row or count
     */
    static void check(Sampler sampler, Dataset<Row> data, String target) {
        StructType schema = data.schema();
        Table empty = SparkColumnType.table(schema, List.of());
        List<String> categorical = sampler instanceof SMOTENC smotenc ? categorical(smotenc, empty, target) : List.of();
        List<String> numeric = empty.columnNames().stream()
                .filter(name -> !name.equals(target) && !categorical.contains(name)).toList();
        boolean columnsFit = categorical.stream().allMatch(name -> empty.columnNames().contains(name)
                && !name.equals(target));
        if (!columnsFit || !numeric.stream().allMatch(name -> empty.column(name) instanceof NumericColumn)) {
            return;
        }
        int[] numericFields = numeric.stream().mapToInt(schema::fieldIndex).toArray();
        int[] categoricalFields = categorical.stream().mapToInt(schema::fieldIndex).toArray();
        SparkColumnType[] categoricalTypes = Arrays.stream(categoricalFields)
                .mapToObj(f -> SparkColumnType.of(schema.fields()[f].dataType(), schema.fields()[f].name()))
                .toArray(SparkColumnType[]::new);
        List<Partial> partials = data.javaRDD().mapPartitionsWithIndex((index, rows) -> List.of(partial(index, rows,
                numericFields, categoricalFields, categoricalTypes)).iterator(), false).collect().stream()
                .sorted(Comparator.comparingInt(partial -> partial.rows().partition())).toList();
        String step = sampler.getClass().getSimpleName();
        PartitionRows.requireFinite(partials.stream().map(Partial::rows).toList(), numeric, step, "feature column");
        requirePresent(partials, numeric, step);
        long[] rows = partials.stream().mapToLong(partial -> partial.rows().rows()).toArray();
        for (int c = 0; c < categorical.size(); c++) {
            int column = c;
            List<LabelTally> tallies = partials.stream().map(partial -> partial.categories().get(column)).toList();
            long missing = LabelTally.missing(tallies);
            if (missing > 0) {
                throw ClassLabels.missingCategories(step, categorical.get(c), missing);
            }
            LabelTally.requireWhole(tallies, rows, categorical.get(c), step);
        }
    }

    /** SMOTENC's categorical columns: those it names, or every string column but the target. */
    private static List<String> categorical(SMOTENC sampler, Table empty, String target) {
        if (!sampler.categoricalColumns().isEmpty()) {
            return sampler.categoricalColumns();
        }
        return Columns.select(empty, List.of(), ColumnKind.STRING, "SMOTENC").stream()
                .filter(name -> !name.equals(target)).toList();
    }

    /** Fails at the first missing feature value in row-major order, naming its column and how many it misses. */
    private static void requirePresent(List<Partial> inOrder, List<String> numeric, String step) {
        for (Partial partial : inOrder) {
            int first = -1;
            for (int j = 0; j < numeric.size(); j++) {
                long at = partial.firstMissing()[j];
                if (at >= 0 && (first < 0 || at < partial.firstMissing()[first])) {
                    first = j;
                }
            }
            if (first >= 0) {
                int column = first;
                throw FeatureMatrix.missingValues(step, numeric.get(column),
                        inOrder.stream().mapToLong(p -> p.missing()[column]).sum());
            }
        }
    }

    private static Partial partial(int partition, Iterator<Row> rows, int[] numeric, int[] categorical,
            SparkColumnType[] categoricalTypes) {
        long[] firstInfinite = new long[numeric.length];
        long[] missing = new long[numeric.length];
        long[] firstMissing = new long[numeric.length];
        Arrays.fill(firstInfinite, -1);
        Arrays.fill(firstMissing, -1);
        List<LabelTally> categories = new ArrayList<>();
        for (int c = 0; c < categorical.length; c++) {
            categories.add(new LabelTally());
        }
        long count = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int j = 0; j < numeric.length; j++) {
                double v = PartitionRows.number(row, numeric[j]);
                if (Double.isInfinite(v) && firstInfinite[j] < 0) {
                    firstInfinite[j] = count;
                } else if (Double.isNaN(v)) {
                    missing[j]++;
                    firstMissing[j] = firstMissing[j] < 0 ? count : firstMissing[j];
                }
            }
            for (int c = 0; c < categorical.length; c++) {
                categories.get(c).add(categoricalTypes[c].tablesawValue(row, categorical[c]), count);
            }
            count++;
        }
        return new Partial(new PartitionRows(partition, count, firstInfinite), missing, firstMissing, categories);
    }
}
