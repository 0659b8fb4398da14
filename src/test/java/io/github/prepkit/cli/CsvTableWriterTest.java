package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvTableWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesExactDoublesEmptyMissingValuesAndQuotesWhereNeeded() throws IOException {
        Table table = Table.create("t", DoubleColumn.create("x", 0.1 + 0.2, Double.NaN, -1e-300),
                StringColumn.create("s,t", "plain", "", "a \"b\", c\nd"), IntColumn.create("n", new Integer[] {1, null, -3}),
                BooleanColumn.create("b", new Boolean[] {true, null, false}));
        Path file = folder.resolve("out.csv");
        try (CsvTableWriter writer = CsvTableWriter.create(file)) {
            writer.header(table.columnNames());
            writer.rows(table.first(2));
            writer.rows(table.dropRange(2));
            writer.commit();
        }
        assertEquals("x,\"s,t\",n,b\n0.30000000000000004,plain,1,true\n,,,\n-1.0E-300,\"a \"\"b\"\", c\nd\",-3,false\n",
                Files.readString(file));
        assertEquals(List.of(file), Files.list(folder).toList());
    }

    @Test
    void withoutCommitNothingIsLeftAndAnExistingFileIsKept() throws IOException {
        Path file = Files.writeString(folder.resolve("out.csv"), "before\n");
        try (CsvTableWriter writer = CsvTableWriter.create(file)) {
            writer.header(List.of("a"));
        }
        assertEquals("before\n", Files.readString(file));
        assertFalse(Files.exists(folder.resolve("out.csv.part")));
    }
}
