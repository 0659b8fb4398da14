package io.github.prepkit.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The one local Spark session of the test suite (two threads, no UI), and Tablesaw tables turned into datasets. */
public final class LocalSpark {

    private LocalSpark() {
    }

    /** The suite's session, started by the first test that asks (3 to 5 s), stopped when the JVM exits. */
    public static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("prepkit tests")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** {@code table} as a dataset of {@code partitions} partitions holding its rows in order. */
    public static Dataset<Row> dataset(Table table, int partitions) {
        List<StructField> fields = new ArrayList<>();
        List<SparkColumnType> types = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            SparkColumnType type = SparkColumnType.of(column, "the test table");
            types.add(type);
            fields.add(DataTypes.createStructField(column.name(), type.spark(), true));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] values = new Object[types.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = types.get(c).value(table.column(c), r, false);
            }
            rows.add(RowFactory.create(values));
        }
        SparkSession spark = session();
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, partitions),
                DataTypes.createStructType(fields));
    }
}
