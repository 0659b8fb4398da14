package io.github.prepkit.internal.csv;

import java.util.concurrent.atomic.AtomicLong;
import tech.tablesaw.api.ColumnType;

/**
 * One column of one {@link RecordBlock}: the types that accept every value of it (a mask over {@link Candidates}) and
 * its values parsed as the first of them. Integer, long and double values go straight into primitive arrays; plain
 * numbers are parsed here (see {@link NumberToken}), the rest by Tablesaw's parsers. Values of any other type are left
 * in the block, to be parsed by Tablesaw's parser when the column is built (see {@link ColumnAssembly}).
 */
final class BlockColumn {

    final long mask;
    final int type;
    /** Whether the column holds a value that is not missing. */
    final boolean present;
    /** int[], long[] or double[] for those types, else null. */
    final Object values;
    /** The first row no candidate type accepts (a column of a given type only), else -1. */
    final int failedRow;

    private BlockColumn(long mask, int type, boolean present, Object values, int failedRow) {
        this.mask = mask;
        this.type = type;
        this.present = present;
        this.values = values;
        this.failedRow = failedRow;
    }

    /**
     * Column {@code column} of {@code block}, each value tried on the types of {@code alive} and of {@code shared}
     * (the types no block has ruled out yet, narrowed here as values rule more out).
     */
    static BlockColumn parse(RecordBlock block, int column, Candidates candidates, MissingMarkers missing,
                             long alive, AtomicLong shared) {
        NumberToken token = NumberToken.create();
        long mask = alive & shared.get();
        while (true) {
            int type = Candidates.first(mask);
            Values values = new Values(candidates, type, block.rows);
            boolean present = false;
            long narrowed = mask;
            int row = 0;
            for (; row < block.rows; row++) {
                int k = row * block.width + column;
                int start = block.start(k);
                int end = block.ends[k];
                if (missing.matches(block.chars, start, end - start)) {
                    values.missing(row);
                    continue;
                }
                present = true;
                int number = (narrowed & candidates.numbers) != 0
                        ? token.classify(block.chars, start, end) : NumberToken.OTHER;
                long accepted = candidates.accepting(narrowed, number, block, k);
                if (accepted != narrowed) {
                    narrowed = accepted;
                    if (accepted != 0) {
                        shared.getAndAccumulate(accepted | ~alive, (a, b) -> a & b);
                    }
                    if (accepted == 0 || Candidates.first(accepted) != type) {
                        break;
                    }
                }
                values.set(row, number, token.value, block, k);
            }
            if (row == block.rows) {
                return new BlockColumn(narrowed, type, present, values.array, -1);
            }
            if (narrowed == 0) {
                return new BlockColumn(0, type, true, null, row);
            }
            mask = narrowed;
        }
    }

    /** The values of a column as its type holds them: a primitive array for integers, longs and doubles. */
    private static final class Values {

        private final Candidates candidates;
        private final int type;
        final Object array;

        Values(Candidates candidates, int type, int rows) {
            this.candidates = candidates;
            this.type = type;
            if (type == candidates.integer) {
                array = new int[rows];
            } else if (type == candidates.longInteger) {
                array = new long[rows];
            } else if (type == candidates.floating) {
                array = new double[rows];
            } else {
                array = null;
            }
        }

        void missing(int row) {
            if (array instanceof int[] ints) {
                ints[row] = Integer.MIN_VALUE;
            } else if (array instanceof long[] longs) {
                longs[row] = Long.MIN_VALUE;
            } else if (array instanceof double[] doubles) {
                doubles[row] = Double.NaN;
            }
        }

        /** Sets the value of field {@code k}, accepted by the type, a {@link NumberToken} of class {@code number}. */
        void set(int row, int number, long integer, RecordBlock block, int k) {
            if (array == null) {
                return;
            }
            boolean plain = number != NumberToken.OTHER;
            if (array instanceof double[] doubles) {
                doubles[row] = number == NumberToken.DECIMAL
                        ? NumberParser.parse(block.chars, block.start(k), block.ends[k] - block.start(k))
                        : plain ? integer : candidates.parsers[type].parseDouble(block.text(k));
            } else if (array instanceof int[] ints) {
                ints[row] = plain ? (int) integer : candidates.parsers[type].parseInt(block.text(k));
            } else {
                ((long[]) array)[row] = plain ? integer : candidates.parsers[type].parseLong(block.text(k));
            }
        }
    }

    /** The type this column's values were parsed as. */
    ColumnType columnType(Candidates candidates) {
        return candidates.types[type];
    }
}
