package io.github.prepkit.internal.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one stretch of a UTF-8 CSV text in memory, split by a {@link Utf8RecordReader} and kept side by side
 * so that columns can be parsed one after another: field {@code k = row * width + column} is the UTF-8 bytes
 * {@code bytes[start(k) .. ends[k])}. The fields point into the text itself, without a copy, until a field's bytes
 * are not a stretch of the text (a quoted field with {@code ""} inside, or a quoted {@code \r\n} read as {@code \n});
 * from then on the block holds its own unquoted copy of every field. A block also says where its first record
 * started and where the next record starts, so that blocks read in parallel from guessed boundaries can be checked to
 * join up (see {@link CsvTableReader}); an error met while reading is kept, not thrown, as the block may turn out to
 * have started inside a quoted field.
 */
final class RecordBlock {

    /** The fields of a record, or -1 for any number (a header). */
    final int width;
    final int start;
    /** The text while the fields point into it, else the block's copy of them. */
    byte[] bytes;
    /** Where the current field ends in {@link #bytes}. */
    int length;
    int[] starts = new int[256];
    int[] ends = new int[256];
    int fields;
    /** The line each row starts on, counted from the line the block starts on. */
    long[] lines = new long[64];
    int rows;
    int firstRecord = -1;
    int nextRecord;
    IllegalArgumentException error;
    private int recordFirstField;
    /** The bytes of the current record's fields ended so far. */
    private int recordBytes;
    /** Where the current field starts in {@link #bytes}, once a byte stretch is appended to it. */
    private int fieldStart;
    private boolean fieldEmpty = true;
    private boolean copying;
    /** The bytes of the text the block is expected to span. */
    private final int stretch;
    /** Room for a last record that runs past the block's stretch, so that a typical one needs no copy. */
    private static final int SLACK_BYTES = 1 << 12;

    /**
     * A block of the records of {@code text} of {@code width} fields, from {@code start}, expected to span
     * {@code stretch} bytes.
     */
    private RecordBlock(byte[] text, int width, int start, int stretch) {
        this.width = width;
        this.start = start;
        this.bytes = text;
        this.stretch = stretch;
    }

    /**
     * The records of {@code text} starting in {@code [start, end)}, {@code start} being a line's start, with line
     * numbers counted from {@code line} there, each to have {@code width} fields.
     */
    static RecordBlock read(byte[] text, int start, int end, long line, int width, String source,
                            CsvDialect dialect) {
        RecordBlock block = new RecordBlock(text, width, start, end - start);
        Utf8RecordReader records = new Utf8RecordReader(text, start, end, line, source, dialect);
        try {
            while (records.next(block)) {
                if (block.firstRecord < 0) {
                    block.firstRecord = records.recordStart();
                }
                block.requireWidth(source, records.position() - records.recordStart());
            }
            block.nextRecord = records.position();
        } catch (IllegalArgumentException e) {
            block.error = e;
            block.firstRecord = block.firstRecord < 0 ? records.recordStart() : block.firstRecord;
        }
        if (block.firstRecord < 0) {
            block.firstRecord = block.nextRecord;
        }
        return block;
    }

    /**
     * The first record of {@code text} from {@code start}, as a block of one row of any width; its
     * {@link #nextRecord} is where the next line starts and its {@link #firstRecord} where the record started.
     *
     * @throws IllegalArgumentException if the text holds no record or the record is malformed
     */
    static RecordBlock first(byte[] text, int start, String source, CsvDialect dialect) {
        RecordBlock block = new RecordBlock(text, -1, start, 0);
        Utf8RecordReader records = new Utf8RecordReader(text, start, text.length, 1, source, dialect);
        if (!records.next(block)) {
            throw new IllegalArgumentException(source
                    + ": the file is empty; expected a header line with the column names");
        }
        block.firstRecord = records.recordStart();
        block.nextRecord = records.position();
        return block;
    }

    /**
     * Checks the last record's width; after the first record, sizes the field ends for as many records as the block's
     * stretch holds at the first record's length, so that they rarely grow.
     */
    private void requireWidth(String source, int recordBytes) {
        if (rows == 1 && recordBytes > 0) {
            long expected = (long) stretch / recordBytes + 1;
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max(ends.length, (expected + expected / 8) * width));
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        int found = fields - (rows - 1) * width;
        if (found != width) {
            throw new IllegalArgumentException(source + " line " + lines[rows - 1] + ": " + found + " field"
                    + (found == 1 ? "" : "s") + ", but the header has " + width);
        }
    }

    /**
     * Appends {@code count} bytes of the text from {@code offset} to the current field: while the field's bytes are
     * one stretch of the text, it points there; else the block copies its fields first.
     */
    void append(byte[] text, int offset, int count) {
        if (!copying) {
            if (fieldEmpty) {
                fieldStart = offset;
                length = offset + count;
                fieldEmpty = false;
                return;
            }
            if (offset == length) {
                length += count;
                return;
            }
            copyFields();
        }
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + count));
        }
        System.arraycopy(text, offset, bytes, length, count);
        length += count;
        fieldEmpty = false;
    }

    /** Copies the fields so far, the current one included, out of the text into the block's own bytes. */
    private void copyFields() {
        byte[] copy = new byte[stretch + SLACK_BYTES + (length - fieldStart)];
        int at = 0;
        for (int k = 0; k < fields; k++) {
            int count = ends[k] - starts[k];
            System.arraycopy(bytes, starts[k], copy, at, count);
            starts[k] = at;
            ends[k] = at + count;
            at += count;
        }
        int current = fieldEmpty ? 0 : length - fieldStart;
        System.arraycopy(bytes, fieldStart, copy, at, current);
        bytes = copy;
        fieldStart = at;
        length = at + current;
        copying = true;
    }

    /** Drops whitespace (ASCII up to {@code ' '}) at the end of the current field. */
    void trimEnd() {
        int from = fieldEmpty ? length : fieldStart;
        while (length > from && bytes[length - 1] >= 0 && bytes[length - 1] <= ' ') {
            length--;
        }
    }

    /** Ends the current field. */
    void endField() {
        if (fields == ends.length) {
            starts = Arrays.copyOf(starts, 2 * fields);
            ends = Arrays.copyOf(ends, 2 * fields);
        }
        int fieldFirst = fieldEmpty ? length : fieldStart;
        starts[fields] = fieldFirst;
        ends[fields++] = length;
        recordBytes += length - fieldFirst;
        fieldStart = length;
        fieldEmpty = true;
    }

    /** Ends the current record, started on line {@code line}. */
    void endRecord(long line) {
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, 2 * rows);
        }
        lines[rows++] = line;
        recordFirstField = fields;
        recordBytes = 0;
    }

    /** Drops the fields from {@code firstField} on, a record that turned out blank. */
    void dropFieldsFrom(int firstField) {
        fields = firstField;
        length = starts[firstField];
        fieldStart = length;
        fieldEmpty = true;
        recordFirstField = fields;
        recordBytes = 0;
    }

    /** The bytes of the fields of the record being read, ended so far. */
    int recordBytes() {
        return recordBytes;
    }

    /** The first field of the record being read. */
    int recordFirstField() {
        return recordFirstField;
    }

    /** Where field {@code k} starts in {@link #bytes}. */
    int start(int k) {
        return starts[k];
    }

    /** The bytes of field {@code k}. */
    int fieldLength(int k) {
        return ends[k] - start(k);
    }

    /** Field {@code k} as a string (malformed UTF-8 as U+FFFD). */
    String text(int k) {
        int s = start(k);
        return new String(bytes, s, ends[k] - s, StandardCharsets.UTF_8);
    }

    /** The fields of row 0, a header's, as strings. */
    List<String> firstRow() {
        String[] texts = new String[fields];
        for (int k = 0; k < fields; k++) {
            texts[k] = text(k);
        }
        return List.of(texts);
    }
}
