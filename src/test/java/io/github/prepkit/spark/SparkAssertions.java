package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Checks a dataset against the Tablesaw tables it should hold: the same column names, types and values, bit for bit. */
public final class SparkAssertions {

    private static final Map<ColumnType, DataType> SPARK_TYPES = Map.of(ColumnType.DOUBLE, DataTypes.DoubleType,
            ColumnType.FLOAT, DataTypes.FloatType, ColumnType.INTEGER, DataTypes.IntegerType, ColumnType.LONG,
            DataTypes.LongType, ColumnType.STRING, DataTypes.StringType, ColumnType.BOOLEAN, DataTypes.BooleanType,
            ColumnType.LOCAL_DATE, DataTypes.DateType);

    private SparkAssertions() {
    }

    /**
     * {@code actual} holds, row by row, the columns of {@code tables} side by side; a double equals its expected
     * value bit for bit (NaN as NaN).
     */
    public static void assertRows(Dataset<Row> actual, Table... tables) {
        List<Column<?>> columns = new ArrayList<>();
        for (Table table : tables) {
            columns.addAll(table.columns());
        }
        assertEquals(columns.stream().map(Column::name).toList(), List.of(actual.schema().fieldNames()));
        assertEquals(columns.stream().map(c -> SPARK_TYPES.get(c.type())).toList(),
                IntStream.range(0, columns.size()).mapToObj(c -> actual.schema().fields()[c].dataType()).toList());
        List<Row> rows = actual.collectAsList();
        int rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
        assertEquals(rowCount, rows.size(), "rows");
        for (int r = 0; r < rowCount; r++) {
            List<Object> expected = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                expected.add(value(columns.get(c), r));
            }
            Row row = rows.get(r);
            assertEquals(expected, IntStream.range(0, row.length()).mapToObj(row::get).toList(), "row " + r);
        }
    }

    /** Both fail with an {@link IllegalArgumentException}, and the same message. */
    public static void assertSameFailure(Executable local, Executable onSpark) {
        assertEquals(assertThrows(IllegalArgumentException.class, local).getMessage(),
                assertThrows(IllegalArgumentException.class, onSpark).getMessage());
    }

    /** {@code sampler} fails on {@code data}, in three partitions on Spark, with the message it fails with locally. */
    public static void assertSameFailure(Sampler sampler, Table data, String target) {
        assertSameFailure(() -> sampler.fitResample(data, target), () -> PrepkitSpark.fitResample(LocalSpark.session(),
                sampler, LocalSpark.dataset(data, 3), target).count());
    }

    /**
     * {@code onSpark}, an under-sampled {@code data}, has the columns of {@code local} and as many rows of each class
     * of column {@code target}, and its rows are rows of {@code data}, in their order.
     */
    public static void assertUnderSampled(Table data, Table local, Table onSpark, String target) {
        assertEquals(local.columnNames(), onSpark.columnNames(), "columns");
        assertEquals(local.columns().stream().map(Column::type).toList(),
                onSpark.columns().stream().map(Column::type).toList(), "column types");
        assertEquals(classSizes(local, target), classSizes(onSpark, target), "class sizes");
        int at = 0;
        for (int r = 0; r < onSpark.rowCount(); r++) {
            List<Object> row = row(onSpark, r);
            while (at < data.rowCount() && !row(data, at).equals(row)) {
                at++;
            }
            assertTrue(at < data.rowCount(), "row " + r + ", " + row + ", is not a row of data after the one before");
            at++;
        }
    }

    private static Map<String, Long> classSizes(Table table, String target) {
        Column<?> labels = table.column(target);
        return IntStream.range(0, labels.size()).mapToObj(labels::getString)
                .collect(Collectors.groupingBy(label -> label, TreeMap::new, Collectors.counting()));
    }

    private static List<Object> row(Table table, int r) {
        return table.columns().stream().<Object>map(column -> column.get(r)).toList();
    }

    /** Row {@code r} of {@code column} as a Spark row should hold it: NaN for a missing double, else null. */
    private static Object value(Column<?> column, int r) {
        if (column instanceof DoubleColumn doubles) {
            return doubles.getDouble(r);
        }
        if (column instanceof FloatColumn floats) {
            return floats.getFloat(r);
        }
        if (column.isMissing(r)) {
            return null;
        }
        return column instanceof DateColumn dates ? java.sql.Date.valueOf(dates.get(r)) : column.get(r);
    }
}
