package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Blocks cut anywhere, inside quoted line ends included, join up into the table one block gives, on one thread and
 * on two; errors name the line wherever the blocks fall.
 */
class CsvTableReaderTest {

    private static final String TEXT = "id,text,x\n"
            + "1,\"a\nb\",1.5\n"
            + "\n"
            + "2,\"c,\"\"\n\nd\"\"\",2\r\n"
            + "# a comment\n"
            + "3,plain \"quote,NA\n"
            + "4,\"\n5,x,6\n\",-0.0\n"
            + "7, spaced ,1e3\n"
            + "8,\"\",\n";

    private static Table read(String text, int threads, int blockChars) {
        return new CsvTableReader(CsvDialect.tablesaw(','), null, true, Map.of(), threads, blockChars)
                .read(text.getBytes(StandardCharsets.UTF_8), "t.csv", "t.csv");
    }

    @Test
    void blocksCutAtEveryPositionGiveTheTableOfOneBlock() {
        Table whole = read(TEXT, 1, Integer.MAX_VALUE);
        assertEquals(6, whole.rowCount());
        assertEquals("c,\"\n\nd\"", whole.stringColumn("text").get(1));
        assertEquals("\n5,x,6\n", whole.stringColumn("text").get(3));
        for (int blockChars = 1; blockChars <= TEXT.length(); blockChars++) {
            for (int threads : new int[] {1, 2}) {
                Table cut = read(TEXT, threads, blockChars);
                assertEquals(whole.printAll(), cut.printAll(), "blocks of " + blockChars + " chars");
                for (int j = 0; j < whole.columnCount(); j++) {
                    assertEquals(whole.column(j).type(), cut.column(j).type());
                }
            }
        }
    }

    @Test
    void errorsNameTheLineWhereverTheBlocksFall() {
        String ragged = TEXT + "9,9\n";
        String open = TEXT + "9,\"9,9\n";
        for (int blockChars = 1; blockChars <= ragged.length(); blockChars++) {
            int chars = blockChars;
            assertEquals("t.csv line 15: 2 fields, but the header has 3",
                    assertThrows(IllegalArgumentException.class, () -> read(ragged, 2, chars)).getMessage());
            assertEquals("t.csv line 15: the quoted field 2 opened on this line is not closed by the end of the file",
                    assertThrows(IllegalArgumentException.class, () -> read(open, 2, chars)).getMessage());
        }
    }

    @Test
    void aHeaderWithoutRowsGivesATableWithoutColumns() {
        Table table = read("a,b\n\n", 2, 1);
        assertEquals(List.of(), table.columnNames());
        assertEquals("t.csv", table.name());
    }
}
