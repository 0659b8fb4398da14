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
 * dataset whose table would not fit in the memory allowed, before anything is collected; a caller that knows how many
 * rows will come checks them with {@link #requireRoom} and reads them with {@link #read}.
 */
final class DriverTable {

    /** What one cell is counted to take on the driver: a double, and the Spark row it came in while it is read. */
    static final long BYTES_PER_CELL = 16;

    private static final int BATCH = 4096;

    private DriverTable() {
    }

    /** {@link #collect(Dataset, long, String)} within {@link #budget()}. */
    static Table collect(Dataset<Row> data, String step) {
        return collect(data, budget(), step);
    }

    /** The memory a table on the driver may take unless told otherwise: half the driver's heap. */
    static long budget() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    /**
     * {@code data} as a table of its columns, in order.
     *
     * @param budget the most bytes the table may take, at {@link #BYTES_PER_CELL} a cell
     * @throws IllegalArgumentException if it would take more, saying how much and what to do, or a column's type does
     *                                  not cross, naming it
     */
    static Table collect(Dataset<Row> data, long budget, String step) {
        int columns = SparkColumnType.table(data.schema(), List.of()).columnCount();
        requireRoom(data.count(), columns, budget, step, "data has");
        return read(data);
    }

    /**
     * Fails unless {@code rows} rows of {@code columns} columns fit in {@code budget} bytes on the driver, saying how
     * much they would take and what to do.
     *
     * @param subject what holds the rows, with its verb: {@code "data has"}
     */
    static void requireRoom(long rows, int columns, long budget, String step, String subject) {
        long rowBytes = Math.max(1, columns) * BYTES_PER_CELL;
        if (rows > budget / rowBytes) {
            throw new IllegalArgumentException(String.format("%s fits on the driver, and %s %d rows of %d columns,"
                    + " about %.1f MB there, more than the %.1f MB allowed: fit on a sample, data.sample(false,"
                    + " fraction, seed), or give the driver more memory", step, subject, rows, columns,
                    rows * (double) rowBytes / (1 << 20), budget / (double) (1 << 20)));
        }
    }

    /** {@code data}, whose size {@link #requireRoom} has accepted, as a table of its columns, in order. */
    static Table read(Dataset<Row> data) {
        StructType schema = data.schema();
        Table table = SparkColumnType.table(schema, List.of());
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
