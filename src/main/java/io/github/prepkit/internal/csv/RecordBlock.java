package io.github.prepkit.internal.csv;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one stretch of a CSV text in memory, read by a {@link CsvRecordReader} and kept side by side so that
 * columns can be parsed one after another: field {@code k = row * width + column} is
 * {@code chars[start(k) .. ends[k])}. A block also says where its first record started and where the next record
 * starts, so that blocks read in parallel from guessed boundaries can be checked to join up (see
 * {@link CsvTableReader}); an error met while reading is kept, not thrown, as the block may turn out to have started
 * inside a quoted field.
 */
final class RecordBlock {

    final int width;
    final int start;
    char[] chars = new char[1024];
    int length;
    int[] ends = new int[256];
    /** The line each row starts on, counted from the line the block starts on. */
    long[] lines = new long[64];
    int rows;
    int firstRecord = -1;
    int nextRecord;
    IllegalArgumentException error;

    private RecordBlock(int width, int start) {
        this.width = width;
        this.start = start;
    }

    /**
     * The records of {@code text} starting in {@code [start, end)}, {@code start} being a line's start, with line
     * numbers counted from {@code line} there.
     */
    static RecordBlock read(char[] text, int start, int end, long line, List<String> header, String source,
                            CsvDialect dialect) {
        RecordBlock block = new RecordBlock(header.size(), start);
        CsvRecordReader records = new CsvRecordReader(text, start, end, line, header, source, dialect);
        try {
            while (records.next()) {
                if (block.firstRecord < 0) {
                    block.firstRecord = records.recordStart();
                }
                records.copyTo(block);
            }
            block.nextRecord = records.position();
        } catch (IllegalArgumentException e) {
            block.error = e;
            block.firstRecord = block.firstRecord < 0 ? records.recordStart() : block.firstRecord;
        } catch (IOException e) {
            throw new AssertionError("a text in memory cannot fail to read", e);
        }
        if (block.firstRecord < 0) {
            block.firstRecord = block.nextRecord;
        }
        return block;
    }

    /** Appends a record of {@code fields} fields, its chars and field ends as a {@link CsvRecordReader} holds them. */
    void add(char[] recordChars, int recordLength, int[] recordEnds, int fields, long line) {
        if (length + recordLength > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + recordLength));
        }
        System.arraycopy(recordChars, 0, chars, length, recordLength);
        int k = rows * width;
        if (k + fields > ends.length) {
            ends = Arrays.copyOf(ends, Math.max(2 * ends.length, k + fields));
        }
        for (int j = 0; j < fields; j++) {
            ends[k + j] = length + recordEnds[j];
        }
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, 2 * rows);
        }
        lines[rows++] = line;
        length += recordLength;
    }

    /** Where field {@code k} starts in {@link #chars}. */
    int start(int k) {
        return k == 0 ? 0 : ends[k - 1];
    }

    /** Field {@code k} as a string. */
    String text(int k) {
        int s = start(k);
        return new String(chars, s, ends[k] - s);
    }
}
