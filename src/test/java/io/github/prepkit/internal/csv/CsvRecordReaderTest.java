package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    /** A reader that hands out at most three chars at a time, so that every construct straddles a buffer refill. */
    private static final class Trickle extends Reader {

        private final Reader in;
        private final SplittableRandom random = new SplittableRandom(7);

        Trickle(String text) {
            in = new StringReader(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, Math.min(length, 1 + random.nextInt(3)));
        }

        @Override
        public void close() {
        }
    }

    /** A record read: its fields and the lines it spans. */
    private record Record(List<String> fields, long line, long lastLine) {
    }

    private static List<Record> records(CsvRecordReader reader) throws IOException {
        List<Record> records = new ArrayList<>();
        while (reader.next()) {
            List<String> fields = new ArrayList<>();
            for (int j = 0; j < reader.header().size(); j++) {
                fields.add(reader.field(j));
            }
            records.add(new Record(fields, reader.line(), reader.lastLine()));
        }
        return records;
    }

    /** The records of {@code text}, checked to be the same when read in trickles. */
    private static List<Record> records(String text) throws IOException {
        List<Record> records = records(new CsvRecordReader(new StringReader(text), "in.csv"));
        assertEquals(records, records(new CsvRecordReader(new Trickle(text), "in.csv")));
        return records;
    }

    @Test
    void quotedFieldsHoldCommasAndDoubledQuotes() throws IOException {
        assertEquals(List.of(new Record(List.of("x,y", "say \"hi\"", ""), 2, 2)),
                records("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"\"\n"));
    }

    @Test
    void quotedFieldsHoldLineEndsAndLinesCountThem() throws IOException {
        assertEquals(List.of(new Record(List.of("one\ntwo\r\nthree", "2"), 2, 4), new Record(List.of("3", "4"), 5, 5)),
                records("a,b\n\"one\ntwo\r\nthree\",2\n3,4\n"));
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheLastLineNeedsNoLineEnd() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader("\uFEFFa,b\n1,2"), "in.csv");
        assertEquals(List.of("a", "b"), reader.header());
        assertEquals(List.of(new Record(List.of("1", "2"), 2, 2)), records(reader));
    }

    @Test
    void crlfEndsARecordAndALoneCarriageReturnIsData() throws IOException {
        assertEquals(List.of(new Record(List.of("1", "x\ry"), 2, 2), new Record(List.of("3", ""), 3, 3)),
                records("a,b\r\n1,x\ry\r\n3,\r\n"));
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        assertEquals(List.of(new Record(List.of("1"), 3, 3), new Record(List.of("2"), 5, 5)),
                records("a\n\n1\n\r\n2\n\n"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsData() throws IOException {
        assertEquals(List.of(new Record(List.of("5'11\"", "q\"r"), 2, 2)), records("a,b\n5'11\",q\"r\n"));
    }

    @Test
    void theMissingMarkersAreMissingQuotedOrNot() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(
                new StringReader("a,b,c,d,e,f,g,h,i\n,NA,NaN,null,N/A,\"NA\",na,NULL, NA\n"), "in.csv");
        assertTrue(reader.next());
        List<Boolean> missing = new ArrayList<>();
        for (int j = 0; j < 9; j++) {
            missing.add(reader.isMissing(j));
        }
        assertEquals(List.of(true, true, true, true, true, true, false, false, false), missing);
    }

    @Test
    void aRaggedRowIsRefusedNamingItsLine() {
        IllegalArgumentException fewer = assertThrows(IllegalArgumentException.class,
                () -> records("a,b\n1,2\n\"x\ny\"\n"));
        assertEquals("in.csv line 3: 1 field, but the header has 2", fewer.getMessage());
        IllegalArgumentException more = assertThrows(IllegalArgumentException.class, () -> records("a,b\r\n1,2,3\r\n"));
        assertEquals("in.csv line 2: 3 fields, but the header has 2", more.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineItOpensOn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> records("a,b\n1,\"2\n3\n"));
        assertEquals("in.csv line 2: the quoted field 2 opened on this line is not closed by the end of the file",
                e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> records("a,b\n\"1\"x,2\n"));
        assertTrue(e.getMessage().startsWith("in.csv line 2: 'x' after the closing quote of field 1"), e.getMessage());
    }

    @Test
    void aRecordLongerThanTheLimitIsRefusedNamingItsLine() {
        String text = "a\n1\n\"" + "x".repeat(CsvRecordReader.MAX_RECORD_CHARS + 1) + "\"\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> records(new CsvRecordReader(new StringReader(text), "in.csv")));
        assertEquals("in.csv line 3: the record is longer than 8388608 chars; is a quote not closed?", e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CsvRecordReader(new StringReader("\n\n"), "in.csv"));
        assertEquals("in.csv: the file is empty; expected a header line with the column names", e.getMessage());
    }

    @Test
    void whatTheWriterQuotesReadsBackInWholeAndInTrickles() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        String alphabet = "ab,\"\n\r 1";
        StringBuilder text = new StringBuilder("a,b,c\n");
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            List<String> fields = new ArrayList<>();
            for (int j = 0; j < 3; j++) {
                StringBuilder field = new StringBuilder();
                for (int k = random.nextInt(6); k > 0; k--) {
                    field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                fields.add(field.toString());
            }
            expected.add(fields);
            text.append(String.join(",", fields.stream().map(Quoting::quoted).toList()))
                    .append(random.nextBoolean() ? "\n" : "\r\n");
        }
        assertTrue(text.length() > 1 << 16, "longer than the reader's buffer");
        assertEquals(expected, records(text.toString()).stream().map(Record::fields).toList());
    }
}
