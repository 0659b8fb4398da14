package io.github.prepkit.internal.csv;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One column of one {@link RecordBlock}: the types that accept every value of it (a mask over {@link Candidates}) and
 * its values parsed as the first of them. Integer, long and double values go straight into the table's primitive
 * arrays ({@link ColumnArrays}) at the block's first row; plain
 * numbers are parsed here (see {@link NumberToken}), the rest by Tablesaw's parsers. Values of any other type are left
 * in the block, to be parsed by Tablesaw's parser when the column is built (see {@link ColumnAssembly}). A block's
 * columns are parsed together, row by row, so that the block.s bytes are read once in order; a column whose values
 * rule out the type it was being parsed as is parsed again from its first row as the next type.
 */
final class BlockColumn {

    final long mask;
    final int type;
    /** Whether the column holds a value that is not missing. */
    final boolean present;
    /** The first row no candidate type accepts (a column of a given type only), else -1. */
    final int failedRow;

    private BlockColumn(Parse parse) {
        this.mask = parse.narrowed;
        this.type = parse.type;
        this.present = parse.present;
        this.failedRow = parse.failedRow;
    }

    /**
     * Every column of {@code block}, column j's values tried on the types of {@code alive[j]} and of {@code shared[j]}
     * (the types no block has ruled out yet, narrowed here as values rule more out); number values go into
     * {@code arrays[j]} from row {@code firstRow}.
     */
    static BlockColumn[] parse(RecordBlock block, int firstRow, Candidates[] candidates, MissingMarkers missing,
                               long[] alive, AtomicLong[] shared, ColumnArrays[] arrays) {
        NumberToken token = NumberToken.create();
        Parse[] columns = new Parse[block.width];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = new Parse(block, j, firstRow, candidates[j], missing, alive[j], shared[j], arrays[j],
                    token);
        }
        for (int row = 0; row < block.rows; row++) {
            for (Parse column : columns) {
                column.next(row);
            }
        }
        BlockColumn[] parsed = new BlockColumn[columns.length];
        for (int j = 0; j < columns.length; j++) {
            parsed[j] = new BlockColumn(columns[j]);
        }
        return parsed;
    }

    /** The parse of one column, row by row. */
    private static final class Parse {

        private final RecordBlock block;
        private final int column;
        private final Candidates candidates;
        private final MissingMarkers missing;
        private final long alive;
        private final AtomicLong shared;
        private final NumberToken token;
        private final ColumnArrays arrays;
        private final int firstRow;
        long narrowed;
        int type;
        Object array;
        boolean present;
        int failedRow = -1;

        Parse(RecordBlock block, int column, int firstRow, Candidates candidates, MissingMarkers missing, long alive,
              AtomicLong shared, ColumnArrays arrays, NumberToken token) {
            this.block = block;
            this.firstRow = firstRow;
            this.arrays = arrays;
            this.column = column;
            this.candidates = candidates;
            this.missing = missing;
            this.alive = alive;
            this.shared = shared;
            this.token = token;
            start(alive & shared.get());
        }

        /** Parses row {@code row}; if its value rules out the type, parses rows 0 to {@code row} again as the next. */
        void next(int row) {
            if (failedRow >= 0 || take(row)) {
                return;
            }
            while (failedRow < 0) {
                start(narrowed);
                int r = 0;
                while (r <= row && take(r)) {
                    r++;
                }
                if (r > row) {
                    return;
                }
            }
        }

        /** Starts over parsing as the first type of {@code mask}. */
        private void start(long mask) {
            narrowed = mask;
            type = Candidates.first(mask);
            present = false;
            array = arrays.of(type, candidates);
        }

        /** Parses row {@code row}; false if its value rules out the type (or, for a given type, fails it). */
        private boolean take(int row) {
            int k = row * block.width + column;
            int start = block.start(k);
            int end = block.ends[k];
            if (missing.matches(block.bytes, start, end - start)) {
                setMissing(row);
                return true;
            }
            present = true;
            int number = (narrowed & candidates.numbers) != 0
                    ? token.classify(block.bytes, start, end) : NumberToken.OTHER;
            long accepted = candidates.accepting(narrowed, number, block, k);
            if (accepted != narrowed) {
                narrowed = accepted;
                if (accepted == 0) {
                    failedRow = row;
                    return false;
                }
                shared.getAndAccumulate(accepted | ~alive, (a, b) -> a & b);
                if (Candidates.first(accepted) != type) {
                    return false;
                }
            }
            set(row, number, k);
            return true;
        }

        private void setMissing(int blockRow) {
            int row = firstRow + blockRow;
            if (array instanceof double[] doubles) {
                doubles[row] = Double.NaN;
            } else if (array instanceof int[] ints) {
                ints[row] = Integer.MIN_VALUE;
            } else if (array instanceof long[] longs) {
                longs[row] = Long.MIN_VALUE;
            }
        }

        /** Sets the value of field {@code k}, accepted by the type, classified by the token as {@code number}. */
        private void set(int blockRow, int number, int k) {
            int row = firstRow + blockRow;
            if (array instanceof double[] doubles) {
                doubles[row] = number == NumberToken.DECIMAL ? decimal(k)
                        : number != NumberToken.OTHER ? token.value
                        : candidates.parser(type).parseDouble(block.text(k));
            } else if (array instanceof int[] ints) {
                ints[row] = number != NumberToken.OTHER ? (int) token.value
                        : candidates.parser(type).parseInt(block.text(k));
            } else if (array instanceof long[] longs) {
                longs[row] = number != NumberToken.OTHER ? token.value
                        : candidates.parser(type).parseLong(block.text(k));
            }
        }

        private double decimal(int k) {
            double value = token.decimal;
            return value == value ? value
                    : NumberParser.parse(block.bytes, block.start(k), block.ends[k] - block.start(k));
        }
    }
}
