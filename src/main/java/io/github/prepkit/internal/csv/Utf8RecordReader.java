package io.github.prepkit.internal.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits the records of a UTF-8 CSV text in memory into a {@link RecordBlock}, on the bytes: the delimiter, quotes,
 * line ends, {@code #} and the whitespace trimmed are ASCII, and no byte of a multi-byte UTF-8 char is ASCII, so the
 * text need not be decoded to chars first (a non-ASCII delimiter is matched as its byte sequence, which starts with a
 * byte no other char's encoding holds inside). Fields are kept in the block where they lie in the text, or copied once,
 * unquoted, where they must be (see {@link RecordBlock}). The dialect is
 * {@link CsvRecordReader}'s: RFC 4180's quoting, {@code \n} or {@code \r\n} line ends (a lone {@code \r} is data),
 * blank lines skipped, and as the {@link CsvDialect} says whitespace around fields dropped, comment lines skipped and a
 * quoted {@code \r\n} read as {@code \n}. A record may hold up to {@link CsvRecordReader#MAX_RECORD_CHARS} bytes.
 * Errors are {@link IllegalArgumentException}s naming the source and the line.
 */
final class Utf8RecordReader {

    private static final byte QUOTE = '"';
    private static final byte COMMENT = '#';

    private final byte[] text;
    private final String source;
    private final CsvDialect dialect;
    private final boolean trim;
    /** The delimiter's first byte and the rest of its UTF-8 bytes (none for an ASCII delimiter). */
    private final byte delimiter;
    private final byte[] delimiterTail;
    /** No record starts at or after this position. */
    private final int end;
    private int position;
    private long line;
    private int recordStart;

    /**
     * A reader of the records of {@code text} that start in {@code [start, end)}, {@code start} being the start of a
     * line numbered {@code line}.
     */
    Utf8RecordReader(byte[] text, int start, int end, long line, String source, CsvDialect dialect) {
        this.text = text;
        this.source = source;
        this.dialect = dialect;
        this.trim = dialect.trim();
        byte[] delimiterBytes = String.valueOf(dialect.delimiter()).getBytes(StandardCharsets.UTF_8);
        this.delimiter = delimiterBytes[0];
        this.delimiterTail = Arrays.copyOfRange(delimiterBytes, 1, delimiterBytes.length);
        this.end = end;
        this.position = start;
        this.line = line;
    }

    /** Where the last record read started. */
    int recordStart() {
        return recordStart;
    }

    /** Where the reader stands: after a record, the start of the next line. */
    int position() {
        return position;
    }

    /**
     * Appends the next record to {@code block}, with as many fields as it has; false at the end of the records.
     *
     * @throws IllegalArgumentException if a quoted field is not closed or is followed by something other than a
     *                                  delimiter or a line end, or the record is too long, naming the line
     */
    boolean next(RecordBlock block) {
        while (true) {
            skipBlankLines();
            if (position >= text.length || position >= end) {
                return false;
            }
            recordStart = position;
            long recordLine = line;
            int firstField = block.fields;
            boolean quoted = fields(block);
            if (position < text.length) {
                skipLineEnd();
            }
            if (!(trim && block.fields == firstField + 1 && block.fieldLength(firstField) == 0 && !quoted)) {
                block.endRecord(recordLine);
                return true;
            }
            block.dropFieldsFrom(firstField);  // a line of whitespace only is blank too
        }
    }

    /** Reads a record's fields into the block; returns whether its last field was quoted. */
    private boolean fields(RecordBlock block) {
        boolean more = true;
        boolean quoted = false;
        while (more) {
            if (trim) {
                skipWhitespace();
            }
            quoted = position < text.length && text[position] == QUOTE;
            more = quoted ? quotedField(block) : unquotedField(block);
            block.endField();
            if (block.recordBytes() > CsvRecordReader.MAX_RECORD_CHARS) {
                throw new IllegalArgumentException(source + " line " + line + ": the record is longer than "
                        + CsvRecordReader.MAX_RECORD_CHARS + " bytes; is a quote not closed?");
            }
        }
        return quoted;
    }

    /** Skips blank lines and comment lines at the reader's position, counting them. */
    private void skipBlankLines() {
        while (position < text.length) {
            if (atLineEnd()) {
                position += text[position] == '\r' ? 2 : 1;
            } else if (dialect.comments() && text[position] == COMMENT) {
                while (position < text.length && !atLineEnd()) {
                    position++;
                }
                if (position < text.length) {
                    position += text[position] == '\r' ? 2 : 1;
                }
            } else {
                return;
            }
            line++;
        }
    }

    /** Skips whitespace (ASCII up to {@code ' '}) but line ends and the delimiter. */
    private void skipWhitespace() {
        while (position < text.length) {
            byte c = text[position];
            if (c < 0 || c > ' ' || c == delimiter || c == '\n' || c == '\r') {
                return;
            }
            position++;
        }
    }

    /**
     * Reads an unquoted field; returns whether a delimiter followed it (and skips the delimiter), else the reader
     * stands on the line end or at the end of the text.
     */
    private boolean unquotedField(RecordBlock block) {
        byte[] t = text;
        int start = position;
        int p = start;
        boolean more = false;
        while (p < t.length) {
            byte c = t[p];
            if (c == delimiter && delimiterAt(p)) {
                more = true;
                break;
            }
            if (c == '\n' || (c == '\r' && p + 1 < t.length && t[p + 1] == '\n')) {
                break;
            }
            p++;
        }
        block.append(t, start, p - start);
        position = more ? p + 1 + delimiterTail.length : p;
        if (trim) {
            block.trimEnd();
        }
        return more;
    }

    /** Whether the delimiter's bytes start at {@code p}, which holds its first byte. */
    private boolean delimiterAt(int p) {
        byte[] tail = delimiterTail;
        if (tail.length == 0) {
            return true;
        }
        if (p + tail.length >= text.length) {
            return false;
        }
        for (int k = 0; k < tail.length; k++) {
            if (text[p + 1 + k] != tail[k]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a quoted field, the reader standing on its opening quote; returns as {@link #unquotedField}. */
    private boolean quotedField(RecordBlock block) {
        long opened = line;
        position++;
        while (true) {
            int start = position;
            int p = start;
            while (p < text.length && text[p] != QUOTE) {
                if (text[p] == '\n') {
                    line++;
                } else if (text[p] == '\r' && dialect.crlfToLf() && p + 1 < text.length && text[p + 1] == '\n') {
                    break;
                }
                p++;
            }
            block.append(text, start, p - start);
            if (p == text.length) {
                throw new IllegalArgumentException(source + " line " + opened + ": the quoted field "
                        + (block.fields - block.recordFirstField() + 1)
                        + " opened on this line is not closed by the end of the file");
            }
            position = p + 1;
            if (text[p] == '\r') {
                continue;  // the \r of a \r\n read as \n
            }
            if (position < text.length && text[position] == QUOTE) {
                block.append(text, position++, 1);
            } else {
                break;
            }
        }
        if (trim) {
            skipWhitespace();
        }
        if (position >= text.length || atLineEnd()) {
            return false;
        }
        if (text[position] == delimiter && delimiterAt(position)) {
            position += 1 + delimiterTail.length;
            return true;
        }
        throw new IllegalArgumentException(source + " line " + line + ": '" + charAt(position) + "' after the closing"
                + " quote of field " + (block.fields - block.recordFirstField() + 1) + "; a quoted field must be"
                + " followed by a delimiter or the end of the line (write a quote inside a quoted field as \"\")");
    }

    /** The char whose UTF-8 bytes start at {@code p}. */
    private String charAt(int p) {
        String decoded = new String(text, p, Math.min(4, text.length - p), StandardCharsets.UTF_8);
        return decoded.substring(0, Character.charCount(decoded.codePointAt(0)));
    }

    /** Whether a line end ({@code \n} or {@code \r\n}) starts at the reader's position, which holds a byte. */
    private boolean atLineEnd() {
        byte c = text[position];
        return c == '\n' || (c == '\r' && position + 1 < text.length && text[position + 1] == '\n');
    }

    /** Skips the line end at the reader's position. */
    private void skipLineEnd() {
        position += text[position] == '\r' ? 2 : 1;
        line++;
    }
}
