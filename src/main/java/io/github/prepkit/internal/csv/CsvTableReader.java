package io.github.prepkit.internal.csv;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a UTF-8 CSV text in memory into the table Tablesaw 0.44.4's {@code Table.read().csv} makes of it, on several
 * threads, splitting and parsing the bytes without decoding them to chars first (only the values of types other than
 * numbers are decoded, to strings). The text is cut into blocks at guessed record boundaries (the line start after
 * every {@code blockBytes} bytes); the blocks are read in parallel into {@link RecordBlock}s, then checked in order: a
 * block whose first record does not start where its predecessor's next record does (the guess fell inside a quoted
 * field holding a line end) is read again from there. Then the blocks are parsed in parallel, each column narrowing
 * the types that accept all its values ({@link BlockColumn}); a column's type is the first that accepts every value of
 * every block (Tablesaw looks at a sample of rows only, so where a row outside its sample would make its read fail,
 * this one picks the type that fits every row; a column without a value is a string column, as Tablesaw's); a block
 * that parsed a column as another type is parsed again.
 * Errors name the source and the line: the first bad record (see {@link Utf8RecordReader}), else the first value that a
 * column of a given type cannot parse.
 */
public final class CsvTableReader {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvDialect dialect;
    private final List<String> missingMarkers;
    private final boolean header;
    private final Map<String, ColumnType> types;
    private final int threads;
    private final int blockBytes;

    /**
     * A reader.
     *
     * @param dialect        the delimiter, and Tablesaw's trimming and comments
     * @param missingMarkers the values besides the empty field that are missing, or null for Tablesaw's defaults
     * @param header         whether the first record names the columns (else they are named C0, C1, ...)
     * @param types          the type of some columns by name, not detected
     * @param threads        the threads to read on ({@link Parallel#threads}'s nJobs)
     * @param blockBytes     the bytes of a block, at least 1
     */
    public CsvTableReader(CsvDialect dialect, List<String> missingMarkers, boolean header,
                          Map<String, ColumnType> types, int threads, int blockBytes) {
        this.dialect = Checks.notNull(dialect, "dialect");
        this.missingMarkers = missingMarkers == null ? null : Checks.noNulls(missingMarkers, "missingMarkers");
        this.header = header;
        this.types = Checks.noNulls(types, "types");
        this.threads = threads;
        this.blockBytes = blockBytes;
    }

    /**
     * The table of {@code text}, named {@code tableName}; {@code source} names the text in messages.
     *
     * @throws IllegalArgumentException if the text has no header, a record is malformed or has another number of
     *                                  fields than the header, a value does not parse as its column's given type,
     *                                  two columns have the same name, or a given type names no column
     */
    public Table read(byte[] text, String tableName, String source) {
        Checks.notNull(tableName, "tableName");
        RecordBlock first = RecordBlock.first(text, byteOrderMark(text) ? UTF8_BYTE_ORDER_MARK.length : 0, source,
                dialect);
        List<String> names = names(first.firstRow());
        int dataStart = header ? first.nextRecord : first.firstRecord;
        CsvDialect fileDialect = dialect.trim() ? dialect.crlfToLf(crlfAfterHeader(text, first)) : dialect;
        RecordBlock[] blocks = blocks(text, dataStart, names, source, fileDialect);
        TablesawParsers parsers = new TablesawParsers(missingMarkers);
        MissingMarkers missing = missingMarkers == null ? MissingMarkers.TABLESAW : new MissingMarkers(missingMarkers);
        Candidates detected = new Candidates(TablesawParsers.DETECTED, parsers);
        Candidates[] candidates = new Candidates[names.size()];
        for (int j = 0; j < candidates.length; j++) {
            ColumnType given = types.get(names.get(j));
            candidates[j] = given == null ? detected : new Candidates(List.of(given), parsers);
        }
        for (String name : types.keySet()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException(source + ": a type is given for column '" + name
                        + "', which the header does not name; columns: " + names);
            }
        }
        if (Arrays.stream(blocks).allMatch(block -> block.rows == 0)) {
            return Table.create(tableName);
        }
        requireDistinct(names, source);
        int[] firstRows = new int[blocks.length + 1];
        for (int b = 0; b < blocks.length; b++) {
            firstRows[b + 1] = firstRows[b] + blocks[b].rows;
        }
        ColumnArrays[] arrays = new ColumnArrays[names.size()];
        Arrays.setAll(arrays, j -> new ColumnArrays(firstRows[blocks.length]));
        BlockColumn[][] parsed = parse(text, names, source, blocks, firstRows, candidates, missing, arrays);
        Column<?>[] columns = new Column<?>[names.size()];
        Parallel.forEach(columns.length, threads, j -> {
            columns[j] = ColumnAssembly.build(names.get(j), j, parsed[0][j].type, candidates[j], blocks, arrays[j]);
        });
        return Table.create(tableName, columns);
    }

    /**
     * Fails as Tablesaw fails on a header that names a column twice (ignoring case), naming the source, without
     * building a table of string columns, which costs a fresh JVM a fifth of a small file's read.
     */
    private static void requireDistinct(List<String> names, String source) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name.toLowerCase())) {
                throw new IllegalArgumentException(source + ": Cannot add column with duplicate name " + name
                        + " to table " + source);
            }
        }
    }

    /** Whether the text starts with UTF-8's byte order mark. */
    private static boolean byteOrderMark(byte[] text) {
        return Arrays.equals(text, 0, Math.min(text.length, UTF8_BYTE_ORDER_MARK.length), UTF8_BYTE_ORDER_MARK, 0,
                UTF8_BYTE_ORDER_MARK.length);
    }

    /** Whether the header's line ends with {@code \r\n}, as univocity-parsers detects a file's line ends. */
    private static boolean crlfAfterHeader(byte[] text, RecordBlock first) {
        int end = first.nextRecord;
        return end >= 2 && text[end - 1] == '\n' && text[end - 2] == '\r';
    }

    /** The column names Tablesaw gives a header: trimmed; C and the index for an empty one. */
    private List<String> names(List<String> fields) {
        List<String> names = new ArrayList<>(fields.size());
        for (int j = 0; j < fields.size(); j++) {
            String name = fields.get(j).trim();
            if (!header || fields.get(j).isEmpty()) {
                name = "C" + j;
            } else if (name.isEmpty()) {
                name = "Column " + j;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * The records from {@code dataStart} in blocks, read in parallel and joined up.
     *
     * @throws IllegalArgumentException at the first malformed record
     */
    private RecordBlock[] blocks(byte[] text, int dataStart, List<String> names, String source,
                                 CsvDialect fileDialect) {
        int[] starts = boundaries(text, dataStart);
        RecordBlock[] blocks = new RecordBlock[starts.length - 1];
        Parallel.forEach(blocks.length, threads, b -> blocks[b] = RecordBlock.read(
                text, starts[b], starts[b + 1], 1, names.size(), source, fileDialect));
        for (int b = 0; b < blocks.length; b++) {
            if (b > 0 && blocks[b].firstRecord != blocks[b - 1].nextRecord) {
                blocks[b] = RecordBlock.read(
                        text, blocks[b - 1].nextRecord, starts[b + 1], 1, names.size(), source, fileDialect);
            }
            if (blocks[b].error != null) {
                long line = 1 + lineEnds(text, blocks[b].start);
                throw RecordBlock.read(text, blocks[b].start, starts[b + 1], line, names.size(), source, fileDialect).error;
            }
        }
        return blocks;
    }

    /** The guessed block boundaries: {@code dataStart}, the line start after each {@code blockBytes} bytes, the end. */
    private int[] boundaries(byte[] text, int dataStart) {
        List<Integer> starts = new ArrayList<>();
        starts.add(dataStart);
        int at = dataStart;
        while (text.length - at > blockBytes) {
            at += blockBytes;
            while (at < text.length && text[at - 1] != '\n') {
                at++;
            }
            starts.add(at);
        }
        if (at < text.length) {
            starts.add(text.length);
        }
        if (starts.size() == 1) {
            starts.add(text.length);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Every column of every block, parsed as the type that accepts all of the column's values.
     *
     * @throws IllegalArgumentException at the first value a column of a given type cannot parse
     */
    private BlockColumn[][] parse(byte[] text, List<String> names, String source, RecordBlock[] blocks,
                                  int[] firstRows, Candidates[] candidates, MissingMarkers missing,
                                  ColumnArrays[] arrays) {
        int width = candidates.length;
        AtomicLong[] shared = new AtomicLong[width];
        for (int j = 0; j < width; j++) {
            shared[j] = new AtomicLong(-1L);
        }
        long[] all = Arrays.stream(candidates).mapToLong(Candidates::all).toArray();
        BlockColumn[][] parsed = new BlockColumn[blocks.length][];
        Parallel.forEach(blocks.length, threads, b -> parsed[b] = BlockColumn.parse(blocks[b], firstRows[b], candidates, missing,
                all, shared, arrays));
        failure(text, names, source, blocks, parsed, candidates);
        long[] types = new long[width];
        for (int j = 0; j < width; j++) {
            types[j] = Candidates.bit(type(parsed, j, candidates[j]));
        }
        Parallel.forEach(blocks.length, threads, b -> {
            boolean again = false;
            for (int j = 0; j < width; j++) {
                again |= Candidates.bit(parsed[b][j].type) != types[j];
            }
            if (again) {
                BlockColumn[] reparsed = BlockColumn.parse(blocks[b], firstRows[b], candidates, missing, types,
                        shared, arrays);
                for (int j = 0; j < width; j++) {
                    parsed[b][j] = Candidates.bit(parsed[b][j].type) != types[j] ? reparsed[j] : parsed[b][j];
                }
            }
        });
        return parsed;
    }

    /**
     * The type of column {@code j}: the first that every block accepts; for a column without a value, the last (a
     * string), as Tablesaw decides.
     */
    private static int type(BlockColumn[][] parsed, int j, Candidates candidates) {
        long mask = candidates.all();
        boolean present = false;
        for (BlockColumn[] block : parsed) {
            mask &= block[j].mask;
            present |= block[j].present;
        }
        return present ? Candidates.first(mask) : candidates.types.length - 1;
    }

    /** Throws at the first value, in file order, that its column's given type does not accept, if any. */
    private static void failure(byte[] text, List<String> names, String source, RecordBlock[] blocks,
                                BlockColumn[][] parsed, Candidates[] candidates) {
        for (int b = 0; b < blocks.length; b++) {
            int row = Integer.MAX_VALUE;
            int column = -1;
            for (int j = 0; j < parsed[b].length; j++) {
                if (parsed[b][j].failedRow >= 0 && parsed[b][j].failedRow < row) {
                    row = parsed[b][j].failedRow;
                    column = j;
                }
            }
            if (column >= 0) {
                RecordBlock block = blocks[b];
                // the block was read from a line start with lines counted from 1 there
                long line = lineEnds(text, block.start) + block.lines[row];
                String value = block.text(row * block.width + column);
                throw new IllegalArgumentException(source + " line " + line + ", column '"
                        + names.get(column) + "': '" + value + "' is not a value of the given type "
                        + candidates[column].types[0].name());
            }
        }
    }

    /** The line ends ({@code \n}) in {@code text} before {@code end}. */
    private static long lineEnds(byte[] text, int end) {
        long count = 0;
        for (int k = 0; k < end; k++) {
            if (text[k] == '\n') {
                count++;
            }
        }
        return count;
    }
}
