package io.github.prepkit.internal.csv;

import io.github.prepkit.internal.data.Checks;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a comma-separated file record by record, straight from a {@link Reader} through a fixed char buffer, so memory
 * stays flat whatever the file's size (a text in memory is split on its bytes by {@link Utf8RecordReader}). The first record is the header;
 * every later record must have as many fields. The dialect is RFC 4180's with the usual leniencies:
 * <ul>
 *   <li>records end with {@code \n} or {@code \r\n}; a lone {@code \r} is data; blank lines are skipped (as pandas
 *       does), and the last record need not end with a line end;</li>
 *   <li>a field that starts with a quote is quoted: it runs to the next lone quote, {@code ""} inside it is a quote,
 *       and it may hold delimiters and line ends; after its closing quote only a delimiter or a line end may
 *       follow;</li>
 *   <li>a quote inside a field that does not start with one is data, as Tablesaw writes it;</li>
 *   <li>a UTF-8 byte order mark at the start of the file is skipped.</li>
 * </ul>
 * Line numbers count from 1 at the header; a record holding quoted line ends spans several lines. A record may hold
 * up to {@value #MAX_RECORD_CHARS} chars. Errors are {@link IllegalArgumentException}s naming the source and the line.
 */
public final class CsvRecordReader implements Closeable {

    private static final char QUOTE = '"';
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BUFFER_CHARS = 1 << 16;
    /** The longest record read, so that a quote never closed cannot fill the memory with the rest of the file. */
    public static final int MAX_RECORD_CHARS = 1 << 23;

    private final Reader in;
    private final String source;
    private final char delimiter = ',';
    private char[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    /** The line of the next char to read. */
    private long line;

    /** The current record's fields, unquoted, one after another; field j ends at {@code ends[j]}. */
    private char[] chars = new char[256];
    private int length;
    private int[] ends = new int[16];
    private int fields;
    private long recordLine;
    private long recordLastLine;
    private final List<String> header;

    /**
     * A reader of {@code in} in RFC 4180's dialect that reads the header at once; {@code source} names the input in
     * messages.
     *
     * @throws IllegalArgumentException if the input has no header line, naming the source
     */
    public CsvRecordReader(Reader in, String source) throws IOException {
        this.in = Checks.notNull(in, "in");
        this.source = Checks.notNull(source, "source");
        this.buffer = new char[BUFFER_CHARS];
        this.line = 1;
        this.header = readHeader();
    }


    private List<String> readHeader() throws IOException {
        if (ensure(1) && buffer[position] == BYTE_ORDER_MARK) {
            position++;
        }
        if (!readRecord()) {
            throw new IllegalArgumentException(source
                    + ": the file is empty; expected a header line with the column names");
        }
        List<String> names = new ArrayList<>(fields);
        for (int j = 0; j < fields; j++) {
            names.add(field(j));
        }
        return List.copyOf(names);
    }

    /** The column names of the header line, in file order. */
    public List<String> header() {
        return header;
    }

    /** The name of the input, as messages give it. */
    public String source() {
        return source;
    }

    /**
     * Reads the next record, whose fields are then read with {@link #field} and {@link #isMissing}; false at the end of
     * the input.
     *
     * @throws IllegalArgumentException if the record's number of fields differs from the header's, or a quoted field is
     *                                  not closed or is followed by something other than a delimiter or a line end,
     *                                  naming the line
     */
    public boolean next() throws IOException {
        if (!readRecord()) {
            return false;
        }
        if (fields != header.size()) {
            throw new IllegalArgumentException(source + " line " + recordLine + ": " + fields + " field"
                    + (fields == 1 ? "" : "s") + ", but the header has " + header.size());
        }
        return true;
    }

    /** The line the current record starts on. */
    public long line() {
        return recordLine;
    }

    /** The line the current record ends on: {@link #line()} unless a quoted field holds line ends. */
    public long lastLine() {
        return recordLastLine;
    }


    /** Field {@code j} of the current record, unquoted. */
    public String field(int j) {
        int start = j == 0 ? 0 : ends[j - 1];
        return new String(chars, start, ends[j] - start);
    }

    /**
     * Field {@code j} of the current record as {@link Double#parseDouble} reads it (see {@link NumberParser}).
     *
     * @throws NumberFormatException if it is not a number
     */
    public double number(int j) {
        int start = j == 0 ? 0 : ends[j - 1];
        return NumberParser.parse(chars, start, ends[j] - start);
    }

    /** Whether field {@code j} of the current record is one of the {@link MissingMarkers#PREDICT} markers. */
    public boolean isMissing(int j) {
        int start = j == 0 ? 0 : ends[j - 1];
        return MissingMarkers.PREDICT.matches(chars, start, ends[j] - start);
    }


    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }

    /** Reads a record of any number of fields into {@link #chars}; false at the end of the input. */
    private boolean readRecord() throws IOException {
        while (ensure(1) && atLineEnd()) {
            skipLineEnd();
        }
        if (!ensure(1)) {
            return false;
        }
        recordLine = line;
        length = 0;
        fields = 0;
        boolean more = true;
        while (more) {
            more = ensure(1) && buffer[position] == QUOTE ? quotedField() : unquotedField();
            if (fields == ends.length) {
                ends = Arrays.copyOf(ends, 2 * fields);
            }
            ends[fields++] = length;
        }
        recordLastLine = line;
        if (ensure(1)) {
            skipLineEnd();
        }
        return true;
    }

    /**
     * Reads an unquoted field; returns whether a delimiter followed it (and skips the delimiter), else the reader
     * stands on the line end or at the end of the input.
     */
    private boolean unquotedField() throws IOException {
        boolean more = false;
        while (ensure(1)) {
            char[] b = buffer;
            int start = position;
            int p = start;
            int stop = limit;
            char d = delimiter;
            while (p < stop) {
                char c = b[p];
                if (c == d || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
            append(b, start, p - start);
            position = p;
            if (p < stop) {
                if (b[p] == d) {
                    position++;
                    more = true;
                    break;
                }
                if (atLineEnd()) {
                    break;
                }
                append(buffer, position++, 1);  // a lone \r
            }
        }
        return more;
    }

    /** Reads a quoted field, the reader standing on its opening quote; returns as {@link #unquotedField()}. */
    private boolean quotedField() throws IOException {
        long opened = line;
        position++;
        while (true) {
            if (!ensure(1)) {
                throw new IllegalArgumentException(source + " line " + opened + ": the quoted field " + (fields + 1)
                        + " opened on this line is not closed by the end of the file");
            }
            int start = position;
            int p = start;
            while (p < limit && buffer[p] != QUOTE) {
                if (buffer[p] == '\n') {
                    line++;
                }
                p++;
            }
            append(buffer, start, p - start);
            position = p;
            if (p == limit) {
                continue;
            }
            position++;
            if (ensure(1) && buffer[position] == QUOTE) {
                append(buffer, position++, 1);
            } else {
                break;
            }
        }
        if (!ensure(1) || atLineEnd()) {
            return false;
        }
        if (buffer[position] == delimiter) {
            position++;
            return true;
        }
        throw new IllegalArgumentException(source + " line " + line + ": '" + buffer[position] + "' after the closing"
                + " quote of field " + (fields + 1) + "; a quoted field must be followed by a delimiter or the end of"
                + " the line (write a quote inside a quoted field as \"\")");
    }

    /** Whether a line end ({@code \n} or {@code \r\n}) starts at the reader's position, which holds a char. */
    private boolean atLineEnd() throws IOException {
        char c = buffer[position];
        return c == '\n' || (c == '\r' && ensure(2) && buffer[position + 1] == '\n');
    }

    /** Skips the line end at the reader's position. */
    private void skipLineEnd() {
        position += buffer[position] == '\r' ? 2 : 1;
        line++;
    }

    /** Whether at least {@code count} chars are buffered after reading more as needed; false at the end of input. */
    private boolean ensure(int count) throws IOException {
        while (limit - position < count) {
            if (endOfInput) {
                return false;
            }
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfInput = true;
            } else {
                limit += read;
            }
        }
        return true;
    }

    private void append(char[] from, int start, int count) {
        if (length + count > MAX_RECORD_CHARS) {
            throw new IllegalArgumentException(source + " line " + recordLine + ": the record is longer than "
                    + MAX_RECORD_CHARS + " chars; is a quote not closed?");
        }
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.min(MAX_RECORD_CHARS, Math.max(2 * chars.length, length + count)));
        }
        System.arraycopy(from, start, chars, length, count);
        length += count;
    }
}
