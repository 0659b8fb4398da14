package io.github.prepkit.spark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The column types that cross between Spark and Tablesaw, and how one batch of a Spark column becomes a Tablesaw
 * column and back. A Spark null is Tablesaw's missing value; a missing double or float comes back as NaN (Tablesaw
 * stores it so and cannot tell the two apart), any other missing value as null. Tablesaw marks a missing int or long
 * with its type's least value, so that value arriving from Spark is missing too.
 */
enum SparkColumnType {
    DOUBLE(DataTypes.DoubleType, ColumnType.DOUBLE) {
        @Override
        Column<?> column(String name, List<Row> rows, int field) {
            double[] values = new double[rows.size()];
            for (int r = 0; r < values.length; r++) {
                Row row = rows.get(r);
                values[r] = row.isNullAt(field) ? Double.NaN : row.getDouble(field);
            }
            return DoubleColumn.create(name, values);
        }

        @Override
        Object value(Column<?> column, int row, boolean localDates) {
            return ((DoubleColumn) column).getDouble(row);
        }
    },
    FLOAT(DataTypes.FloatType, ColumnType.FLOAT) {
        @Override
        Column<?> column(String name, List<Row> rows, int field) {
            float[] values = new float[rows.size()];
            for (int r = 0; r < values.length; r++) {
                Row row = rows.get(r);
                values[r] = row.isNullAt(field) ? Float.NaN : row.getFloat(field);
            }
            return FloatColumn.create(name, values);
        }

        @Override
        Object value(Column<?> column, int row, boolean localDates) {
            return ((FloatColumn) column).getFloat(row);
        }
    },
    INTEGER(DataTypes.IntegerType, ColumnType.INTEGER, IntColumn::create, Row::getInt),
    LONG(DataTypes.LongType, ColumnType.LONG, LongColumn::create, Row::getLong),
    STRING(DataTypes.StringType, ColumnType.STRING, StringColumn::create, Row::getString),
    BOOLEAN(DataTypes.BooleanType, ColumnType.BOOLEAN, BooleanColumn::create, Row::getBoolean),
    DATE(DataTypes.DateType, ColumnType.LOCAL_DATE, DateColumn::create,
            (row, field) -> row.get(field) instanceof LocalDate date ? date : row.getDate(field).toLocalDate()) {
        @Override
        Object value(Column<?> column, int row, boolean localDates) {
            if (column.isMissing(row)) {
                return null;
            }
            LocalDate date = ((DateColumn) column).get(row);
            return localDates ? date : java.sql.Date.valueOf(date);
        }
    };

    private final DataType spark;
    private final ColumnType tablesaw;
    private final Function<String, Column<?>> create;
    private final BiFunction<Row, Integer, ?> get;

    SparkColumnType(DataType spark, ColumnType tablesaw) {
        this(spark, tablesaw, null, null);
    }

    /** A type whose values are appended one by one: {@code get} reads a non-null field of a row. */
    <T> SparkColumnType(DataType spark, ColumnType tablesaw, Function<String, ? extends Column<T>> create,
            BiFunction<Row, Integer, T> get) {
        this.spark = spark;
        this.tablesaw = tablesaw;
        this.create = create == null ? null : create::apply;
        this.get = get;
    }

    /** Whether {@code spark} holds dates as {@link LocalDate} ({@code spark.sql.datetime.java8API.enabled}). */
    static boolean localDates(SparkSession spark) {
        return Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    }

    /** The Spark SQL type. */
    DataType spark() {
        return spark;
    }

    /** Field {@code field} of {@code rows} as a Tablesaw column named {@code name}. */
    @SuppressWarnings("unchecked")
    Column<?> column(String name, List<Row> rows, int field) {
        Column<Object> column = (Column<Object>) create.apply(name);
        for (Row row : rows) {
            if (row.isNullAt(field)) {
                column.appendMissing();
            } else {
                column.append(get.apply(row, field));
            }
        }
        return column;
    }

    /**
     * Field {@code field} of {@code row} as a Tablesaw column of this type holds it (a {@code Double}, a
     * {@code String}...), or null where the column would hold a missing value: the same test, row by row.
     */
    Object tablesawValue(Row row, int field) {
        Column<?> column = column("value", List.of(row), field);
        return column.isMissing(0) ? null : column.get(0);
    }

    /**
     * Row {@code row} of {@code column} as Spark holds it in a {@link Row}; a date as a {@link LocalDate} when
     * {@code localDates} (Spark's {@code spark.sql.datetime.java8API.enabled}), else a {@code java.sql.Date}.
     */
    Object value(Column<?> column, int row, boolean localDates) {
        return column.isMissing(row) ? null : column.get(row);
    }

    /**
     * {@code rows} (none for an empty table) as a table of every column of {@code schema}, in order.
     *
     * @throws IllegalArgumentException if a column's type does not cross, naming it
     */
    static Table table(StructType schema, List<Row> rows) {
        StructField[] fields = schema.fields();
        Column<?>[] columns = new Column<?>[fields.length];
        for (int c = 0; c < fields.length; c++) {
            columns[c] = of(fields[c].dataType(), fields[c].name()).column(fields[c].name(), rows, c);
        }
        return Table.create("data", columns);
    }

    /** The type of Spark column {@code column}, or a failure naming it and the types that cross. */
    static SparkColumnType of(DataType type, String column) {
        return Arrays.stream(values()).filter(t -> t.spark.equals(type)).findFirst()
                .orElseThrow(() -> unsupported("Spark column '" + column + "' has type " + type.simpleString(),
                        t -> t.spark.simpleString()));
    }

    /** The type of Tablesaw column {@code column}, or a failure naming it and the types that cross. */
    static SparkColumnType of(Column<?> column, String step) {
        return Arrays.stream(values()).filter(t -> t.tablesaw.equals(column.type())).findFirst()
                .orElseThrow(() -> unsupported(step + " gives column '" + column.name() + "' of type " + column.type(),
                        t -> t.tablesaw.name()));
    }

    private static IllegalArgumentException unsupported(String found, Function<SparkColumnType, String> name) {
        return new IllegalArgumentException(found + ", which does not cross between Spark and Tablesaw; expected one of "
                + Arrays.stream(values()).map(name).collect(Collectors.joining(", ")));
    }
}
