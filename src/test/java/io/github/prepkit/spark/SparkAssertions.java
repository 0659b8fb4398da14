package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
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
