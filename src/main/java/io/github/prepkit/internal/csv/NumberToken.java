package io.github.prepkit.internal.csv;

/**
 * Recognises the plain numbers of a CSV field without making a string: an optional minus, ASCII digits, an optional
 * fraction and exponent. For those Tablesaw's number parsers are known to agree with this class (an integer of at most
 * 18 digits is an {@code int} or a {@code long}, also with a fraction of zeros, which Tablesaw's
 * {@code ignoreZeroDecimal} drops; any of them is the double {@link Double#parseDouble} reads); anything else
 * (a plus sign, grouping commas, percents, negative zero, more digits, {@code Infinity}, whitespace) is
 * {@link #OTHER}, left to Tablesaw's own parsers.
 */
final class NumberToken {

    /** Not a plain number: ask Tablesaw's parsers. */
    static final int OTHER = 0;
    /** An integer in {@code int} range, {@link #value}. */
    static final int INT = 1;
    /** An integer outside {@code int} range, {@link #value}. */
    static final int LONG = 2;
    /** A number that is not an integer: a double only. */
    static final int DECIMAL = 3;

    private static final int MAX_DIGITS = 18;

    /** The integer an {@link #INT} or {@link #LONG} field holds. */
    long value;

    private NumberToken() {
    }

    /** A token to classify fields with, one per thread. */
    static NumberToken create() {
        return new NumberToken();
    }

    /** The class of {@code chars[start .. end)}, a field that is not empty. */
    int classify(char[] chars, int start, int end) {
        int p = start;
        boolean negative = chars[p] == '-';
        if (negative) {
            p++;
        }
        int digits = p;
        long v = 0;
        while (p < end && chars[p] >= '0' && chars[p] <= '9') {
            v = 10 * v + (chars[p++] - '0');
        }
        int integerDigits = p - digits;
        if (p == end) {
            return integer(integerDigits, negative, v);
        }
        boolean zeroFraction = true;
        int fractionDigits = 0;
        if (chars[p] == '.') {
            p++;
            while (p < end && chars[p] >= '0' && chars[p] <= '9') {
                zeroFraction &= chars[p++] == '0';
                fractionDigits++;
            }
            if (p == end && fractionDigits > 0 && zeroFraction) {
                return integer(integerDigits, negative, v);
            }
        }
        if (integerDigits + fractionDigits == 0) {
            return OTHER;
        }
        if (p < end && (chars[p] == 'e' || chars[p] == 'E')) {
            p++;
            if (p < end && (chars[p] == '-' || chars[p] == '+')) {
                p++;
            }
            int exponent = p;
            while (p < end && chars[p] >= '0' && chars[p] <= '9') {
                p++;
            }
            if (p == exponent) {
                return OTHER;
            }
        }
        return p == end ? DECIMAL : OTHER;
    }

    private int integer(int digits, boolean negative, long magnitude) {
        if (digits == 0 || digits > MAX_DIGITS || (negative && magnitude == 0)) {
            return OTHER;
        }
        value = negative ? -magnitude : magnitude;
        return value == (int) value ? INT : LONG;
    }
}
