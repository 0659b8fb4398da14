package io.github.prepkit.spark;

import io.github.prepkit.data.Columns;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.encode.OneHotEncoderModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * {@link OneHotEncoder} fitted on the cluster: each partition gathers the distinct values of the columns it encodes
 * (null for a missing one), the driver unites them and fits the encoder on a table holding each value once, every
 * other column missing. With {@code minFrequency} 0 the levels depend on which values occur and not on how often, so
 * the model is the local one, bit for bit; with a minimum frequency the rows are fitted on the driver instead.
 */
final class OneHotOnSpark {

    private OneHotOnSpark() {
    }

    /** Whether {@code estimator} fits here: it groups no infrequent level. */
    static boolean fits(OneHotEncoder estimator) {
        return estimator.minFrequency() == 0;
    }

    static OneHotEncoderModel fit(OneHotEncoder estimator, Dataset<Row> data) {
        StructType schema = data.schema();
        List<String> encoded = Columns.select(SparkColumnType.table(schema, List.of()), estimator.columns(),
                estimator.columnKind(), "OneHotEncoder");
        int[] fields = encoded.stream().mapToInt(schema::fieldIndex).toArray();
        List<List<Object>> values = data.javaRDD().mapPartitions(rows -> List.of(distinct(rows, fields)).iterator())
                .collect().stream().reduce(OneHotOnSpark::union).orElseGet(() -> distinct(List.<Row>of().iterator(), fields));
        int height = values.stream().mapToInt(List::size).max().orElse(0);
        List<Row> rows = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            Object[] row = new Object[schema.size()];
            for (int j = 0; j < fields.length; j++) {
                List<Object> column = values.get(j);
                row[fields[j]] = column.get(Math.min(r, column.size() - 1));
            }
            rows.add(RowFactory.create(row));
        }
        return estimator.fit(SparkColumnType.table(schema, rows));
    }

    /** For each field, the distinct values of {@code rows} (null among them when a value is missing). */
    private static List<List<Object>> distinct(Iterator<Row> rows, int[] fields) {
        List<Set<Object>> seen = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            seen.add(new HashSet<>());
        }
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int j = 0; j < fields.length; j++) {
                seen.get(j).add(row.get(fields[j]));
            }
        }
        return seen.stream().<List<Object>>map(ArrayList::new).toList();
    }

    private static List<List<Object>> union(List<List<Object>> a, List<List<Object>> b) {
        List<List<Object>> union = new ArrayList<>();
        for (int j = 0; j < a.size(); j++) {
            Set<Object> values = new HashSet<>(a.get(j));
            values.addAll(b.get(j));
            union.add(new ArrayList<>(values));
        }
        return union;
    }
}
