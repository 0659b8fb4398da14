package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.csv.CsvRecordReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class ChunkReaderTest {

    private static final Schema SCHEMA = Schema.of(List.of("a", "s", "f", "i"),
            List.of(ColumnType.DOUBLE, ColumnType.STRING, ColumnType.BOOLEAN, ColumnType.INTEGER));

    private static ChunkReader reader(String text, Schema schema, int chunkRows) throws IOException {
        return new ChunkReader(new CsvRecordReader(new StringReader(text), "in.csv"), schema, chunkRows, "m.prepkit");
    }

    @Test
    void chunksHoldTheModelsColumnsTypedAsAtFitWithTheirLines() throws IOException {
        ChunkReader reader = reader("id,f,s,a,i\n1,true,x,1.5,3\n2,,NA,,\n\n3,0,\"q,\nr\",-Infinity,7\n", SCHEMA, 2);
        Chunk first = reader.next();
        Table table = first.table();
        assertEquals(List.of("a", "s", "f", "i"), table.columnNames());
        assertArrayEquals(new double[] {1.5, Double.NaN}, table.doubleColumn("a").asDoubleArray());
        assertEquals(List.of("x", ""), table.stringColumn("s").asList());
        BooleanColumn flags = table.booleanColumn("f");
        assertEquals(List.of(true, true), List.of(flags.get(0), flags.isMissing(1)));
        assertArrayEquals(new double[] {3, Double.NaN}, table.doubleColumn("i").asDoubleArray());
        assertArrayEquals(new long[] {2, 3}, first.lines());
        assertEquals(3, first.lastLine());

        Chunk second = reader.next();
        assertEquals(1, second.table().rowCount());
        assertEquals("q,\nr", second.table().stringColumn("s").get(0));
        assertEquals(false, second.table().booleanColumn("f").get(0));
        assertEquals(Double.NEGATIVE_INFINITY, second.table().doubleColumn("a").get(0));
        assertArrayEquals(new long[] {5}, second.lines());
        assertEquals(6, second.lastLine());
        assertNull(reader.next());
    }

    @Test
    void aColumnMissingFromTheHeaderIsLeftOutForTheModelToName() throws IOException {
        ChunkReader reader = reader("a,s\n1,x\n", SCHEMA, 10);
        assertEquals(List.of("a", "s"), reader.emptyTable().columnNames());
        assertEquals(0, reader.emptyTable().rowCount());
        assertEquals(List.of("a", "s"), reader.next().table().columnNames());
    }

    @Test
    void chunksOfManyRowsGrowTheirBuffers() throws IOException {
        StringBuilder text = new StringBuilder("a\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append('\n');
        }
        Schema schema = Schema.of(List.of("a"), List.of(ColumnType.DOUBLE));
        ChunkReader reader = reader(text.toString(), schema, 3000);
        assertEquals(3000, reader.next().table().rowCount());
        Chunk last = reader.next();
        assertEquals(2000, last.table().rowCount());
        assertEquals(4999, last.table().doubleColumn("a").get(1999));
        assertEquals(5001, last.lastLine());
    }

    @Test
    void aBadNumberIsRefusedNamingTheLineAndColumn() throws IOException {
        ChunkReader reader = reader("a,s,f,i\n1,x,true,2\n1,x,true,2.5.1\n", SCHEMA, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, reader::next);
        assertEquals("in.csv line 3, column 'i' (field 4): '2.5.1' is not a number", e.getMessage());
    }

    @Test
    void aLongBadValueIsShortenedInTheMessage() throws IOException {
        ChunkReader reader = reader("a,s,f,i\n" + "7".repeat(30) + "x".repeat(30) + ",x,true,2\n", SCHEMA, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, reader::next);
        assertEquals("in.csv line 2, column 'a' (field 1): '" + "7".repeat(30) + "x".repeat(10) + "...' (60 chars) is not"
                + " a number", e.getMessage());
    }

    @Test
    void aBadBooleanIsRefusedNamingTheLineAndColumn() throws IOException {
        ChunkReader reader = reader("f,a,s,i\nyes,1,x,2\n", SCHEMA, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, reader::next);
        assertEquals("in.csv line 2, column 'f' (field 1): 'yes' is not a boolean (true, false, 1 or 0)", e.getMessage());
    }

    @Test
    void aColumnTypeThatCannotBeReadIsRefusedAtTheStart() {
        Schema dates = Schema.of(List.of("a", "day"), List.of(ColumnType.DOUBLE, ColumnType.LOCAL_DATE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reader("a\n1\n", dates, 10));
        assertEquals("m.prepkit: the model was fitted on column 'day' of type LOCAL_DATE; predict reads numeric, STRING"
                + " and BOOLEAN columns only", e.getMessage());
    }

    @Test
    void aModelColumnTwiceInTheHeaderIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reader("a,s,a\n1,x,2\n", SCHEMA, 10));
        assertEquals("in.csv: column 'a' appears twice in the header (fields 1 and 3)", e.getMessage());
    }

    @Test
    void theFieldsOfOtherColumnsAreNotParsed() throws IOException {
        Schema schema = Schema.of(List.of("a"), List.of(ColumnType.DOUBLE));
        Table table = reader("note,a\nnot a number,2\n", schema, 10).next().table();
        assertEquals(List.of(2.0), Arrays.stream(table.doubleColumn("a").asDoubleArray()).boxed().toList());
    }
}
