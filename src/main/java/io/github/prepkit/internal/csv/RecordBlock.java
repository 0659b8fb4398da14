package io.github.prepkit.internal.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one stretch of a UTF-8 CSV text in memory, split by a {@link Utf8RecordReader} and kept side by side
 * so that columns can be parsed one after another: field {@code k = row * width + column} is the UTF-8 bytes
 * {@code bytes[start(k) .. ends[k])}. A block also says where its first record started and where the next record
 * starts, so that blocks read in parallel from guessed boundaries can be checked to join up (see
 * {@link CsvTableReader}); an error met while reading is kept, not thrown, as the block may turn out to have started
 * inside a quoted field.
 */
final class RecordBlock {

    /** The fields of a record, or -1 for any number (a header). */
    final int width;
    final int start;
    byte[] bytes;
    int length;
    int[] ends = new int[256];
    int fields;
    /** The line each row starts on, counted from the line the block starts on. */
    long[] lines = new long[64];
    int rows;
    int firstRecord = -1;
    int nextRecord;
    IllegalArgumentException error;
    private int recordFirstField;
    /** Room for a last record that runs past the block's stretch, so that a typical one needs no copy. */
    private static final int SLACK_BYTES = 1 << 12;

    /** A block of records of {@code width} fields, starting at {@code start}, expected to span {@code bytes}. */
    private RecordBlock(int width, int start, int bytes) {
        this.width = width;
        this.start = start;
        this.bytes = new byte[bytes + SLACK_BYTES];
    }

    /**
     * The records of {@code text} starting in {@code [start, end)}, {@code start} being a line's start, with line
     * numbers counted from {@code line} there, each to have {@code width} fields.
     */
    static RecordBlock read(byte[] text, int start, int end, long line, int width, String source,
                            CsvDialect dialect) {
        RecordBlock block = new RecordBlock(width, start, end - start);
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
        RecordBlock block = new RecordBlock(-1, start, 0);
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
            long expected = (long) (bytes.length - SLACK_BYTES) / recordBytes + 1;
            ends = Arrays.copyOf(ends, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(ends.length,
                    (expected + expected / 8) * width)));
        }
        int found = fields - (rows - 1) * width;
        if (found != width) {
            throw new IllegalArgumentException(source + " line " + lines[rows - 1] + ": " + found + " field"
                    + (found == 1 ? "" : "s") + ", but the header has " + width);
        }
    }

    /** Appends {@code count} bytes of {@code from} from {@code offset} to the current field. */
    void append(byte[] from, int offset, int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + count));
        }
        System.arraycopy(from, offset, bytes, length, count);
        length += count;
    }

    /** Drops whitespace (ASCII up to {@code ' '}) at the end of the current field, which starts at {@code from}. */
    void trimEnd(int from) {
        while (length > from && bytes[length - 1] >= 0 && bytes[length - 1] <= ' ') {
            length--;
        }
    }

    /** Ends the current field. */
    void endField() {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, 2 * fields);
        }
        ends[fields++] = length;
    }

    /** Ends the current record, started on line {@code line}. */
    void endRecord(long line) {
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, 2 * rows);
        }
        lines[rows++] = line;
        recordFirstField = fields;
    }

    /** Drops the fields from {@code firstField} on, a record that turned out blank. */
    void dropFieldsFrom(int firstField) {
        fields = firstField;
        length = start(firstField);
        recordFirstField = fields;
    }

    /** The first field of the record being read. */
    int recordFirstField() {
        return recordFirstField;
    }

    /** Where field {@code k} starts in {@link #bytes}. */
    int start(int k) {
        return k == 0 ? 0 : ends[k - 1];
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
