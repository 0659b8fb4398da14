package io.github.prepkit.cli;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.csv.CsvRecordReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Cuts an input file's records into chunks of at most {@code chunkRows} rows, each a Tablesaw table of the model's
 * columns found in the header, in the model's order, typed as the model saw them at fit (see {@link ColumnBuffer}).
 * Columns of the file that the model was not fitted on are skipped without being parsed; a model column the header
 * lacks is left out, for the model's own schema check to name. Memory is bounded by one chunk.
 */
final class ChunkReader {

    private final CsvRecordReader records;
    private final int chunkRows;
    private final ColumnBuffer[] buffers;
    private final int[] fields;

    /**
     * A reader of {@code records} for a model fitted on {@code schema}.
     *
     * @param modelFile names the model file in messages
     * @throws IllegalArgumentException if the model has a column of a type that cannot be read (see
     *                                  {@link ColumnBuffer#of}), or the header names a model column twice
     */
    ChunkReader(CsvRecordReader records, Schema schema, int chunkRows, String modelFile) {
        this.records = records;
        this.chunkRows = chunkRows;
        List<String> header = records.header();
        List<ColumnBuffer> used = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        for (String name : schema.names()) {
            ColumnBuffer buffer = ColumnBuffer.of(name, schema.type(name), chunkRows, modelFile);
            int field = header.indexOf(name);
            if (field >= 0) {
                if (header.lastIndexOf(name) != field) {
                    throw new IllegalArgumentException(records.source() + ": column '" + name
                            + "' appears twice in the header (fields " + (field + 1) + " and "
                            + (header.lastIndexOf(name) + 1) + ")");
                }
                used.add(buffer);
                found.add(field);
            }
        }
        buffers = used.toArray(ColumnBuffer[]::new);
        fields = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A table of the model columns found in the header, without rows. */
    Table emptyTable() {
        return table(0);
    }

    /**
     * The next chunk of up to {@code chunkRows} rows, or null at the end of the input.
     *
     * @throws IllegalArgumentException at a record that cannot be read or a value that cannot be parsed, naming the
     *                                  line (and the column)
     */
    Chunk next() throws IOException {
        long[] lines = new long[Math.min(chunkRows, 1024)];
        int rows = 0;
        while (rows < chunkRows && records.next()) {
            if (rows == lines.length) {
                lines = Arrays.copyOf(lines, (int) Math.min(chunkRows, 2L * rows));
            }
            lines[rows] = records.line();
            for (int k = 0; k < fields.length; k++) {
                buffers[k].read(records, fields[k], rows);
            }
            rows++;
        }
        return rows == 0 ? null : new Chunk(table(rows), Arrays.copyOf(lines, rows), records.lastLine());
    }

    private Table table(int rows) {
        Column<?>[] columns = new Column<?>[buffers.length];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = buffers[k].column(rows);
        }
        return Table.create(records.source(), columns);
    }
}
