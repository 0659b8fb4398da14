package io.github.prepkit.data;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.csv.CsvDialect;
import io.github.prepkit.internal.csv.CsvTableReader;
import io.github.prepkit.internal.csv.TablesawWarmUp;
import io.github.prepkit.internal.data.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * Reads a CSV file into the same table as Tablesaw's {@code Table.read().csv(file)}, several times faster: the
 * same column names, types (Tablesaw's detection: date-time, time, date, boolean, integer, long, double, else
 * string), values, missing values and table name (the file's name). It parses on several threads straight into
 * primitive arrays; integer, long and double columns are wrapped without boxing, other types go through Tablesaw's own
 * parsers. Tablesaw's reader stays the general path (URLs, streams, other charsets, its many options); this is the
 * fast path for large numeric files.
 *
 * <p>The dialect is Tablesaw's (univocity-parsers' defaults): RFC 4180 quoting ({@code ""} inside quotes, quoted
 * delimiters and line ends), whitespace around fields dropped, {@code \n} or {@code \r\n} line ends, blank lines
 * and lines starting with {@code #} skipped, a UTF-8 byte order mark skipped. Where it differs, it refuses rather than
 * guesses, or it reads where Tablesaw would fail:
 * <ul>
 *   <li>the file is read as UTF-8 (bytes that are not become U+FFFD), of at most 2^31 - 1 bytes;</li>
 *   <li>text after a closing quote other than whitespace and a delimiter is an error, as is a quote never closed,
 *       and a record with more or fewer fields than the header (Tablesaw skips some of those);</li>
 *   <li>a column's type fits every row: Tablesaw detects types on a sample of rows (all of the first 10,000, then
 *       some), so a file whose unsampled rows do not fit the sampled type fails there and reads here;</li>
 *   <li>a field may be longer than Tablesaw's 4,096 chars.</li>
 * </ul>
 * A header without rows gives a table without columns, as Tablesaw's reader gives.
 */
public final class Csv {

    private static final int CHUNK_BYTES = 1 << 16;

    private Csv() {
    }

    /**
     * The table in {@code file}, read with Tablesaw's defaults ({@code new CsvOptions()}).
     *
     * @throws IllegalArgumentException naming the file and the line: an empty file, a malformed or ragged record,
     *                                  or duplicate column names
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static Table read(Path file) {
        return read(file, new CsvOptions());
    }

    /**
     * The table in {@code file}, read as {@code options} say.
     *
     * @throws IllegalArgumentException naming the file and the line: an empty file, a malformed or ragged record,
     *                                  a value a column of a given type cannot parse, duplicate column names, or a
     *                                  given type for a column the header lacks
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static Table read(Path file, CsvOptions options) {
        Checks.notNull(file, "file");
        Checks.notNull(options, "options");
        TablesawWarmUp.start();
        try {
            byte[] text = bytes(file);
            CsvTableReader reader = new CsvTableReader(CsvDialect.tablesaw(options.delimiter()),
                    options.missingValues(), options.header(), options.columnTypes(), options.threads(),
                    blockBytes(text.length, options.threads()));
            return reader.read(text, String.valueOf(file.getFileName()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * The bytes of {@code file}, read {@link #CHUNK_BYTES} at a time: {@link Files#readAllBytes} reads them through a
     * temporary native buffer as large as the file, whose fresh pages cost about as much again as the read. A file
     * of no size (a pipe, a file of /proc) is read as a stream.
     *
     * @throws IllegalArgumentException if the file has 2 GiB or more
     */
    private static byte[] bytes(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException(file + ": " + size + " bytes; Csv reads files of up to"
                        + " 2 GiB, read larger ones with Tablesaw's Table.read().csv");
            }
            if (size == 0) {
                return Files.readAllBytes(file);
            }
            byte[] bytes = new byte[(int) size];
            int at = 0;
            while (at < bytes.length) {
                int read = channel.read(ByteBuffer.wrap(bytes, at, Math.min(CHUNK_BYTES, bytes.length - at)));
                if (read < 0) {
                    return Arrays.copyOf(bytes, at);
                }
                at += read;
            }
            return bytes;
        }
    }

    /** Blocks of at least 64 KiB, about four per thread so that uneven blocks even out. */
    private static int blockBytes(int bytes, int threads) {
        int blocks = 4 * Parallel.threads(threads);
        return Math.max(1 << 16, bytes / blocks + 1);
    }
}
