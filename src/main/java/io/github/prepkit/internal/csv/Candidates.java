package io.github.prepkit.internal.csv;

import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.AbstractColumnParser;

/**
 * The types a column may take, in Tablesaw's order of preference, with Tablesaw's parser for each; a set of them is a
 * bit mask over this list. The integer, long and double types are flagged, for {@link BlockColumn} to parse plain
 * numbers itself; a plain number is also ruled out of Tablesaw's date-time, time, date and boolean types without
 * their parsers where their formats cannot match it, so that a numeric file never makes them.
 */
final class Candidates {

    /** At most this many types, one bit each of a {@code long}. */
    private static final int MAX_TYPES = Long.SIZE;

    /**
     * The fewest bytes of a plain number that Tablesaw's default date formats may accept: {@code yyyyMMdd}'s. Its
     * other date, date-time and time formats need a letter, a colon, a slash, a space or two points or dashes,
     * and its boolean detection letters, none of which a plain number holds.
     */
    private static final int MIN_DATE_DIGITS = 8;

    final ColumnType[] types;
    private final TablesawParsers parsers;
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
    /** Tablesaw's date-time, time, date and boolean types, which reject most plain numbers (see {@link #temporal}). */
    private final long temporalOrBoolean;

    /**
     * {@code types}, with {@code parsers}' parsers for them (made when first needed).
     *
     * @throws IllegalArgumentException if there are more than 64 types
     */
    Candidates(List<ColumnType> types, TablesawParsers parsers) {
        if (types.size() > MAX_TYPES) {
            throw new IllegalArgumentException("at most " + MAX_TYPES + " candidate types, found " + types.size());
        }
        this.types = types.toArray(ColumnType[]::new);
        this.parsers = parsers;
        this.integer = types.indexOf(ColumnType.INTEGER);
        this.longInteger = types.indexOf(ColumnType.LONG);
        this.floating = types.indexOf(ColumnType.DOUBLE);
        this.string = types.indexOf(ColumnType.STRING);
        this.numbers = bit(integer) | bit(longInteger) | bit(floating);
        this.plain = numbers | bit(string);
        this.acceptingNumber = new long[] {0, plain, plain & ~bit(integer), bit(floating) | bit(string)};
        this.temporalOrBoolean = bit(types.indexOf(ColumnType.LOCAL_DATE_TIME))
                | bit(types.indexOf(ColumnType.LOCAL_TIME)) | bit(types.indexOf(ColumnType.LOCAL_DATE))
                | bit(types.indexOf(ColumnType.BOOLEAN));
    }

    /** Tablesaw's parser of type {@code type}. */
    AbstractColumnParser<?> parser(int type) {
        return parsers.of(types[type]);
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
     * {@link NumberToken#OTHER} the number types are decided without it, as are the date-time, time, date and boolean
     * types where {@link #temporal} says they cannot match, and a string accepts anything (as Tablesaw's string
     * parser does).
     */
    long accepting(long alive, int number, RecordBlock block, int k) {
        if (number != NumberToken.OTHER) {
            long others = alive & ~plain;
            if (others == 0 || ((others & ~temporalOrBoolean) == 0 && !temporal(block, k))) {
                return alive & acceptingNumber[number];
            }
        }
        long accepted = 0;
        String text = null;
        for (long rest = alive; rest != 0; rest &= rest - 1) {
            int t = first(rest);
            boolean decided = t == string || (number != NumberToken.OTHER && (numbers & (1L << t)) != 0);
            if (!decided && text == null) {
                text = block.text(k);
            }
            if (decided ? t == string || acceptsNumber(t, number) : parser(t).canParse(text)) {
                accepted |= 1L << t;
            }
        }
        return accepted;
    }

    /**
     * Whether Tablesaw's default date-time, time, date or boolean detection may accept field {@code k}, a plain
     * number: only a date of {@link #MIN_DATE_DIGITS} or more digits ({@code yyyyMMdd}), so a field that is shorter
     * or has a point or an exponent is none of them.
     */
    private static boolean temporal(RecordBlock block, int k) {
        int start = block.start(k);
        int end = block.ends[k];
        if (end - start < MIN_DATE_DIGITS) {
            return false;
        }
        for (int p = start; p < end; p++) {
            byte c = block.bytes[p];
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    private boolean acceptsNumber(int type, int number) {
        return type == floating || number == NumberToken.INT || (type == longInteger && number == NumberToken.LONG);
    }
}
