package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Differential tests: {@link NumberParser} must give what {@link Double#parseDouble} gives, refusals included. */
class NumberParserTest {

    /** Parses {@code text} from the middle of a longer array both ways and fails unless the outcomes are the same. */
    private static void assertSameAsTheJdk(String text) {
        String expected;
        try {
            expected = Long.toHexString(Double.doubleToLongBits(Double.parseDouble(text)));
        } catch (NumberFormatException e) {
            expected = "refused";
        }
        String actual;
        try {
            actual = Long.toHexString(Double.doubleToLongBits(NumberParser.parse(("1," + text + ",2").toCharArray(), 2,
                    text.length())));
        } catch (NumberFormatException e) {
            actual = "refused";
        }
        if (!expected.equals(actual)) {
            fail("'" + text + "': Double.parseDouble gives " + expected + ", NumberParser " + actual);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "+", ".", "e", "e1", "1e", "1e+", "1e-", "1.", ".5", "-.5", "+.5e-3", "5.e2", "0",
        "-0", "+0", "00", "0.0e0", "NaN", "-NaN", "nan", "Infinity", "-Infinity", "+Infinity", "infinity", "Inf", "1d", "1D",
        "1f", "1F", "1.5e3d", "1 ", " 1", "\t1\n", "1\u00a0", "0x1p3", "0x1.8p-2", "0x.8p1", "0X1P3", "0x1", "0x1p", "0xp1",
        "0xb7c736f2.9ba9b558p983", "1_000", "1,5", "\u0661", "2.2250738585072012e-308", "2.2250738585072011e-308", "4.9e-324",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400", "1.7976931348623157e308",
        "1.7976931348623158e308", "1.7976931348623159e308", "9007199254740993", "9007199254740992.5",
        "123456789012345678901234567890", "1e2147483647", "1e-2147483648", "1e99999999999", "0e99999999999", "1x", "1e1.5",
        "--1", "+-1", "1..2", "\u0000 1", "1\u0000"})
    void edgeCasesParseAsTheJdkParsesThem(String text) {
        assertSameAsTheJdk(text);
    }

    @Test
    void randomNumbersHalfwayCasesAndMalformedTextParseAsTheJdkParsesThem() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            assertSameAsTheJdk(Double.toString(value));
            assertSameAsTheJdk(Float.toString((float) value));
            assertSameAsTheJdk(decimal(random));
            assertSameAsTheJdk(garbage(random));
            double x = Math.abs(value);
            if (x < Double.MAX_VALUE) {
                BigDecimal halfway = new BigDecimal(x).add(new BigDecimal(Math.nextUp(x))).divide(BigDecimal.valueOf(2));
                assertSameAsTheJdk(halfway.toString());
                assertSameAsTheJdk(halfway.add(halfway.ulp()).toString());
                assertSameAsTheJdk(halfway.subtract(halfway.ulp()).toString());
                assertSameAsTheJdk(halfway.round(new MathContext(17 + random.nextInt(4))).toString());
            }
        }
    }

    /** A decimal number of 1 to 20 (or 800) digits, maybe signed, with a point, an exponent, a suffix, white space. */
    private static String decimal(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(8) == 0) {
            text.append(' ');
        }
        text.append(new String[] {"", "-", "+"}[random.nextInt(3)]);
        int digits = 1 + random.nextInt(random.nextBoolean() ? 20 : 800);
        int point = random.nextInt(digits + 2) - 1;
        for (int k = 0; k < digits; k++) {
            if (k == point) {
                text.append('.');
            }
            text.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            text.append(random.nextBoolean() ? 'e' : 'E').append(new String[] {"", "-", "+"}[random.nextInt(3)])
                    .append(random.nextInt(random.nextBoolean() ? 30 : 400));
        }
        if (random.nextInt(10) == 0) {
            text.append("dDfF".charAt(random.nextInt(4)));
        }
        if (random.nextInt(8) == 0) {
            text.append("\t\n".charAt(random.nextInt(2)));
        }
        return text.toString();
    }

    private static String garbage(SplittableRandom random) {
        String alphabet = "0123456789.eE+-xXpPdDfFaAnNiItyl _,\t0123456789";
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(10); k > 0; k--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    @Test
    void hexadecimalNumbersAreLeftToTheJdk() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            assertSameAsTheJdk("0x" + Long.toHexString(random.nextLong()) + "." + Integer.toHexString(random.nextInt())
                    + "p" + (random.nextInt(2200) - 1100));
        }
        assertEquals(8.0, NumberParser.parse("0x1p3".toCharArray(), 0, 5));
    }
}
