package io.github.prepkit.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * A dataset brought to the driver as one Tablesaw table, its rows in the dataset's order, for what cannot be fitted
 * from aggregates. It comes a partition at a time ({@code toLocalIterator}) into columns, after a count that refuses a
 * dataset whose table would not fit in the memory allowed, before anything is collected.
 */
final class DriverTable {

    /** What one cell is counted to take on the driver: a double, and the Spark row it came in while it is read. */
    static final long BYTES_PER_CELL = 16;

    private static final int BATCH = 4096;

    private DriverTable() {
    }

    /** {@link #collect(Dataset, long, String)} within half the driver's heap. */
    static Table collect(Dataset<Row> data, String step) {
        return collect(data, Runtime.getRuntime().maxMemory() / 2, step);
    }

    /**
     * {@code data} as a table of its columns, in order.
     *
     * @param budget the most bytes the table may take, at {@link #BYTES_PER_CELL} a cell
     * @throws IllegalArgumentException if it would take more, saying how much and what to do, or a column's type does
     *                                  not cross, naming it
     */
    static Table collect(Dataset<Row> data, long budget, String step) {
        StructType schema = data.schema();
        Table table = SparkColumnType.table(schema, List.of());
        long rows = data.count();
        long rowBytes = Math.max(1, schema.size()) * BYTES_PER_CELL;
        if (rows > budget / rowBytes) {
            throw new IllegalArgumentException(String.format("%s fits on the driver, and data has %d rows of %d columns,"
                    + " about %.1f MB there, more than the %.1f MB allowed: fit on a sample, data.sample(false, fraction,"
                    + " seed), or give the driver more memory", step, rows, schema.size(),
                    rows * (double) rowBytes / (1 << 20), budget / (double) (1 << 20)));
        }
        Iterator<Row> iterator = data.toLocalIterator();
        List<Row> batch = new ArrayList<>(BATCH);
        while (iterator.hasNext()) {
            batch.add(iterator.next());
            if (batch.size() == BATCH || !iterator.hasNext()) {
                table.append(SparkColumnType.table(schema, batch));
                batch.clear();
            }
        }
        return table;
    }
}
