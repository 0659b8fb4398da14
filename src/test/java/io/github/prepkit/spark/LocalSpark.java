package io.github.prepkit.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/** The one local Spark session of the test suite (two threads, no UI), and Tablesaw tables turned into datasets. */
public final class LocalSpark {

    private LocalSpark() {
    }

    /** The suite's session, started by the first test that asks, stopped when the JVM exits. */
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
        return PrepkitSpark.dataset(session(), table, partitions);
    }
}
