package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.AbstractColumnParser;
import tech.tablesaw.io.ReadOptions;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Differential tests: whatever {@link NumberToken} decides, Tablesaw's number parsers decide the same. */
class NumberTokenTest {

    private static final ReadOptions OPTIONS = CsvReadOptions.builder(new StringReader("")).build();
    private static final AbstractColumnParser<?> INTS = ColumnType.INTEGER.customParser(OPTIONS);
    private static final AbstractColumnParser<?> LONGS = ColumnType.LONG.customParser(OPTIONS);
    private static final AbstractColumnParser<?> DOUBLES = ColumnType.DOUBLE.customParser(OPTIONS);

    private static void assertAgreesWithTablesaw(String text) {
        NumberToken token = NumberToken.create();
        byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.UTF_8);
        int number = token.classify(bytes, 1, bytes.length - 1);
        if (number == NumberToken.OTHER) {
            return;
        }
        assertEquals(number == NumberToken.INT, INTS.canParse(text), text + " as an int");
        assertEquals(number != NumberToken.DECIMAL, LONGS.canParse(text), text + " as a long");
        assertEquals(true, DOUBLES.canParse(text), text + " as a double");
        if (number == NumberToken.INT) {
            assertEquals(INTS.parseInt(text), (int) token.value, text);
        }
        if (number != NumberToken.DECIMAL) {
            assertEquals(LONGS.parseLong(text), token.value, text);
            assertEquals(Double.doubleToLongBits(DOUBLES.parseDouble(text)), Double.doubleToLongBits(token.value),
                    text);
        } else {
            double expected = DOUBLES.parseDouble(text);
            assertEquals(Double.doubleToLongBits(expected),
                    Double.doubleToLongBits(NumberParser.parse(bytes, 1, bytes.length - 2)), text);
            if (!Double.isNaN(token.decimal)) {
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(token.decimal), text);
            }
        }
    }

    @Test
    void plainNumbersAreClassedAsTablesawParsesThem() {
        for (String text : new String[] {"0", "-0", "7", "-7", "007", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "999999999999999999", "9999999999999999999", "1.0", "1.00", "-0.0", "5.", ".5", "-.5", ".0",
            "1e5", "1E-5", "1.0e0", "1.5", "-", ".", "1e", "e1", "+1", "1,000", "50%", "1.0.0", "0x10", "Infinity",
            "1234567890123456789.0", "123456789012345678.000"}) {
            assertAgreesWithTablesaw(text);
        }
    }

    @Test
    void randomNumberLikeTextIsClassedAsTablesawParsesIt() {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "0123456789-.eE+000012";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(22); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertAgreesWithTablesaw(text.toString());
        }
    }
}
