package io.github.prepkit.internal.csv;

import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.AbstractColumnParser;
import tech.tablesaw.io.ReadOptions;

/**
 * The types a column may take, in Tablesaw's order of preference, with Tablesaw's parser for each; a set of them is a
 * bit mask over this list. The integer, long and double types are flagged, for {@link BlockColumn} to parse plain
 * numbers itself.
 */
final class Candidates {

    /** At most this many types, one bit each of a {@code long}. */
    private static final int MAX_TYPES = Long.SIZE;

    final ColumnType[] types;
    final AbstractColumnParser<?>[] parsers;
    final int integer;
    final int longInteger;
    final int floating;
    final int string;
    /** The bits of the three number types. */
    final long numbers;
    /** The bits of the number types and the string type, which plain numbers are decided for without a parser. */
    private final long plain;
    /** The types of {@link #plain} that accept a plain number, by its {@link NumberToken} class. */
    private final long[] acceptingNumber;

    /**
     * {@code types}, with the parsers {@code options} configures (missing-value markers, date formats, locale).
     *
     * @throws IllegalArgumentException if there are more than 64 types
     */
    Candidates(List<ColumnType> types, ReadOptions options) {
        if (types.size() > MAX_TYPES) {
            throw new IllegalArgumentException("at most " + MAX_TYPES + " candidate types, found " + types.size());
        }
        this.types = types.toArray(ColumnType[]::new);
        this.parsers = types.stream().map(type -> type.customParser(options)).toArray(AbstractColumnParser<?>[]::new);
        this.integer = types.indexOf(ColumnType.INTEGER);
        this.longInteger = types.indexOf(ColumnType.LONG);
        this.floating = types.indexOf(ColumnType.DOUBLE);
        this.string = types.indexOf(ColumnType.STRING);
        this.numbers = bit(integer) | bit(longInteger) | bit(floating);
        this.plain = numbers | bit(string);
        this.acceptingNumber = new long[] {0, plain, plain & ~bit(integer), bit(floating) | bit(string)};
    }

    /** Every type. */
    long all() {
        return types.length == MAX_TYPES ? -1L : (1L << types.length) - 1;
    }

    /** The mask of type {@code index}, none for -1. */
    static long bit(int index) {
        return index < 0 ? 0 : 1L << index;
    }

    /** The preferred type of {@code mask}: the first in the list. */
    static int first(long mask) {
        return Long.numberOfTrailingZeros(mask);
    }

    /**
     * The types of {@code alive} that accept a field that is not missing: those whose Tablesaw parser can parse
     * field {@code k} of {@code block}, except that for a {@link NumberToken} of class {@code number} other than
     * {@link NumberToken#OTHER} the number types are decided without it, and a string accepts anything (as
     * Tablesaw's string parser does).
     */
    long accepting(long alive, int number, RecordBlock block, int k) {
        if (number != NumberToken.OTHER && (alive & ~plain) == 0) {
            return alive & acceptingNumber[number];
        }
        long accepted = 0;
        String text = null;
        for (long rest = alive; rest != 0; rest &= rest - 1) {
            int t = first(rest);
            boolean decided = t == string || (number != NumberToken.OTHER && (numbers & (1L << t)) != 0);
            if (!decided && text == null) {
                text = block.text(k);
            }
            if (decided ? t == string || acceptsNumber(t, number) : parsers[t].canParse(text)) {
                accepted |= 1L << t;
            }
        }
        return accepted;
    }

    private boolean acceptsNumber(int type, int number) {
        return type == floating || number == NumberToken.INT || (type == longInteger && number == NumberToken.LONG);
    }
}
