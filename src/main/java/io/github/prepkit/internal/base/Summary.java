package io.github.prepkit.internal.base;

import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * Short text of a fitted model's names and numbers, for its {@code toString}: at most {@value #SHOWN} items, then
 * how many there are; numbers to four significant digits. A model prints in a line or a few, never in full.
 */
public final class Summary {

    /** How many names or numbers are shown before the rest are counted. */
    public static final int SHOWN = 6;

    private Summary() {
    }

    /** {@code [a, b, c]}, or the first {@value #SHOWN} and {@code ... (n)} for more. */
    public static String names(List<?> names) {
        Checks.notNull(names, "names");
        return shortList(names.stream().map(String::valueOf), names.size());
    }

    /** {@code [1.5, -0.25, NaN]}, four significant digits, or the first {@value #SHOWN} and {@code ... (n)} for more. */
    public static String numbers(double[] values) {
        Checks.notNull(values, "values");
        return shortList(DoubleStream.of(values).mapToObj(Summary::number), values.length);
    }

    /** {@code value} to four significant digits, without trailing zeros: {@code 0.5}, {@code 1235}, {@code 1.235e+07}, {@code -0}. */
    public static String number(double value) {
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return Long.toString((long) value);
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String text = String.format(Locale.ROOT, "%.4g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return exponent < 0 ? mantissa : mantissa + text.substring(exponent);
    }

    private static String shortList(Stream<String> items, int count) {
        String shown = items.limit(SHOWN).collect(Collectors.joining(", "));
        return "[" + shown + (count > SHOWN ? ", ... (" + count + ")" : "") + "]";
    }
}
