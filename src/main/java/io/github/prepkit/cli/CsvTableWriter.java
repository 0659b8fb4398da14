package io.github.prepkit.cli;

import io.github.prepkit.internal.csv.Quoting;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes tables to a CSV file, a header line and then the rows of table after table, in UTF-8 with {@code \n} line
 * ends. Doubles are written with {@link Double#toString} (so they read back bit for bit), other values as Tablesaw's
 * unformatted text; missing values as empty fields; a field holding a comma, a quote or a line end is quoted (RFC
 * 4180). The rows go to {@code <file>.part} beside the file, which takes the file's place only at {@link #commit()}:
 * a run that fails leaves no half-written file, and an existing one untouched.
 */
final class CsvTableWriter implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Path file;
    private final Path partial;
    private final Writer out;
    private boolean committed;

    private CsvTableWriter(Path file, Path partial, Writer out) {
        this.file = file;
        this.partial = partial;
        this.out = out;
    }

    /**
     * A writer whose rows will make {@code file}, replacing it at {@link #commit()} if it exists.
     *
     * @throws IOException if {@code <file>.part} cannot be created
     */
    static CsvTableWriter create(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8),
                BUFFER_CHARS);
        return new CsvTableWriter(file, partial, out);
    }

    /** Writes the header line of column {@code names}. */
    void header(List<String> names) throws IOException {
        for (int j = 0; j < names.size(); j++) {
            if (j > 0) {
                out.write(',');
            }
            out.write(Quoting.quoted(names.get(j)));
        }
        out.write('\n');
    }

    /** Writes every row of {@code table}, its columns in table order. */
    void rows(Table table) throws IOException {
        Column<?>[] columns = table.columns().toArray(Column<?>[]::new);
        int rows = table.rowCount();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns.length; j++) {
                if (j > 0) {
                    out.write(',');
                }
                if (columns[j] instanceof DoubleColumn doubles) {
                    double value = doubles.getDouble(i);
                    if (!Double.isNaN(value)) {
                        out.write(Double.toString(value));
                    }
                } else {
                    out.write(Quoting.quoted(columns[j].getUnformattedString(i)));
                }
            }
            out.write('\n');
        }
    }

    /** Finishes the file: it replaces any file of that name, atomically where the file system can. */
    void commit() throws IOException {
        out.close();
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Closes the file; unless committed, deletes what was written. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(partial);
        }
    }
}
