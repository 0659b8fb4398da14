package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Utf8RecordReader} splits UTF-8 bytes into the fields {@link CsvRecordReader} reads from chars. */
class Utf8RecordReaderTest {

    /** The fields of every row of {@code text} after its header, and the line each starts on, as "line: fields". */
    private static List<String> rows(String text, CsvDialect dialect) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        RecordBlock header = RecordBlock.first(bytes, 0, "in.csv", dialect);
        RecordBlock block = RecordBlock.read(bytes, header.nextRecord, bytes.length, 2, header.fields, "in.csv",
                dialect);
        if (block.error != null) {
            throw block.error;
        }
        List<String> rows = new ArrayList<>();
        rows.add(header.firstRow().toString());
        for (int row = 0; row < block.rows; row++) {
            List<String> fields = new ArrayList<>();
            for (int j = 0; j < block.width; j++) {
                fields.add(block.text(row * block.width + j));
            }
            rows.add(block.lines[row] + ": " + fields);
        }
        return rows;
    }

    @Test
    void tablesawsDialectTrimsFieldsAndSkipsCommentsAndLinesOfWhitespace() {
        String text = " a , b\n# a comment\n  1 ,\" x \"  \n \t \n#\n2\t,\"y\"\r\n";
        assertEquals(List.of("[a, b]", "3: [1,  x ]", "6: [2, y]"), rows(text, CsvDialect.tablesaw(',')));
        assertEquals(List.of("[a, b]", "2: [1, ]"), rows(" a\t b \n1\t\n", CsvDialect.tablesaw('\t')));
    }

    @Test
    void multiByteCharsAndDelimitersSplitAsChars() {
        String text = "é§\u4e1c\n\u00a0x\u00a0§\"q§\"\"\"\n";
        assertEquals(List.of("[é, \u4e1c]", "2: [\u00a0x\u00a0, q§\"]"), rows(text, CsvDialect.tablesaw('§')));
        assertEquals(List.of("[a, b]", "2: [x\ry, z]", "3: [\"w\"\n, v]"),
                rows("a,b\nx\ry,z\r\n\"\"\"w\"\"\r\n\",v\n", new CsvDialect(',', true, true, true)));
    }

    @Test
    void malformedRecordsNameTheLine() {
        assertEquals("in.csv line 3: 'é' after the closing quote of field 2; a quoted field must be followed by a"
                        + " delimiter or the end of the line (write a quote inside a quoted field as \"\")",
                assertThrows(IllegalArgumentException.class,
                        () -> rows("a,b\n1,2\n3,\"4\"é\n", CsvDialect.tablesaw(','))).getMessage());
        assertEquals("in.csv line 2: 1 field, but the header has 2",
                assertThrows(IllegalArgumentException.class,
                        () -> rows("a,b\n1\n", CsvDialect.tablesaw(','))).getMessage());
    }
}
