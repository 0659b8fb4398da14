package io.github.prepkit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as Spark rows and their schema, columns crossing as {@link SparkColumnType} says: what
 * {@link PrepkitSpark#dataset} parallelizes, and what a search broadcasts to the executors, where {@link #table()}
 * rebuilds the table.
 *
 * @param schema the columns, in the table's order
 * @param rows   the rows, in order
 */
record TableRows(StructType schema, List<Row> rows) implements Serializable {

    /**
     * {@code table}'s rows; a date as a {@code LocalDate} when {@code localDates}, else a {@code java.sql.Date}.
     *
     * @throws IllegalArgumentException if a column's type does not cross, naming it and {@code step}
     */
    static TableRows of(Table table, boolean localDates, String step) {
        List<StructField> fields = new ArrayList<>();
        List<SparkColumnType> types = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            SparkColumnType type = SparkColumnType.of(column, step);
            types.add(type);
            fields.add(DataTypes.createStructField(column.name(), type.spark(), true));
        }
        List<Row> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] values = new Object[types.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = types.get(c).value(table.column(c), r, localDates);
            }
            rows.add(RowFactory.create(values));
        }
        return new TableRows(DataTypes.createStructType(fields), rows);
    }

    /** The table again: the same columns, types and values. */
    Table table() {
        return SparkColumnType.table(schema, rows);
    }
}
