package io.github.prepkit.internal.csv;

/**
 * Recognises the plain numbers of a CSV field, from its UTF-8 bytes, without making a string: an optional minus, ASCII digits, an optional
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
    private static final int MAX_EXACT_POWER = 22;
    /** Larger exponents are all alike here: out of the fast path. */
    private static final int MAX_EXPONENT = 100_000;
    private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k <= MAX_EXACT_POWER; k++) {
            POWERS_OF_TEN[k] = 10 * POWERS_OF_TEN[k - 1];
        }
    }

    /** The integer an {@link #INT} or {@link #LONG} field holds. */
    long value;
    /** The double a {@link #DECIMAL} field holds, or NaN where it must be parsed. */
    double decimal;

    private NumberToken() {
    }

    /** A token to classify fields with, one per thread. */
    static NumberToken create() {
        return new NumberToken();
    }

    /**
     * The class of {@code chars[start .. end)}, a field that is not empty. For a {@link #DECIMAL}, {@link #decimal} is
     * its double where the digits make it exact cheaply, else NaN.
     */
    int classify(byte[] chars, int start, int end) {
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
        long mantissa = v;
        if (chars[p] == '.') {
            p++;
            while (p < end && chars[p] >= '0' && chars[p] <= '9') {
                byte c = chars[p++];
                zeroFraction &= c == '0';
                mantissa = 10 * mantissa + (c - '0');
                fractionDigits++;
            }
            if (p == end && fractionDigits > 0 && zeroFraction) {
                return integer(integerDigits, negative, v);
            }
        }
        if (integerDigits + fractionDigits == 0) {
            return OTHER;
        }
        int exponent = 0;
        if (p < end && (chars[p] == 'e' || chars[p] == 'E')) {
            p++;
            boolean negativeExponent = p < end && chars[p] == '-';
            if (p < end && (chars[p] == '-' || chars[p] == '+')) {
                p++;
            }
            int exponentDigits = p;
            while (p < end && chars[p] >= '0' && chars[p] <= '9') {
                exponent = Math.min(10 * exponent + (chars[p++] - '0'), MAX_EXPONENT);
            }
            if (p == exponentDigits) {
                return OTHER;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (p != end) {
            return OTHER;
        }
        decimal = exact(integerDigits + fractionDigits, mantissa, exponent - fractionDigits, negative);
        return DECIMAL;
    }

    /**
     * {@code ±mantissa * 10^scale}, correctly rounded as {@link Double#parseDouble} rounds it, where one double
     * operation on exact operands gives it (Clinger's fast path: a mantissa below 2^53, a power of ten up to 10^22),
     * else NaN.
     */
    private static double exact(int digits, long mantissa, int scale, boolean negative) {
        if (digits > MAX_DIGITS || mantissa >= 1L << 53 || scale < -MAX_EXACT_POWER || scale > MAX_EXACT_POWER) {
            return Double.NaN;
        }
        double value = scale < 0 ? mantissa / POWERS_OF_TEN[-scale] : mantissa * POWERS_OF_TEN[scale];
        return negative ? -value : value;
    }

    private int integer(int digits, boolean negative, long magnitude) {
        if (digits == 0 || digits > MAX_DIGITS || (negative && magnitude == 0)) {
            return OTHER;
        }
        value = negative ? -magnitude : magnitude;
        return value == (int) value ? INT : LONG;
    }
}
