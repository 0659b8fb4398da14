package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.csv.Quoting;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** {@link Csv} gives the table Tablesaw's {@code Table.read().csv} gives, and names the line of what it refuses. */
class CsvTest {

    @TempDir
    Path folder;

    /** Hostile files: each must read as Tablesaw reads it. */
    static List<String> hostile() {
        return List.of(
                "a,b,c\n1,\"x,y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\"\"\n",
                "a,b\n1,\n,2\n,\n3,4\n",
                "\uFEFFa,b\n1,2\n3,4\n",
                "n,s\nNA,NA\nN/A,N/A\nNaN,NaN\nnull,null\n*,*\n,\n5,x\n",
                "x\nnan\n1.5\n",
                "i,l,d\n2147483647,2147483648,9223372036854775808\n-2147483647,-9223372036854775807,1\n",
                "big\n9223372036854775807\n-9223372036854775807\n123456789012345678\n",
                "e\n1e300\n-1e-300\n1E+300\n2.5e-3\n",
                "z\n-0.0\n0.0\n-0\n1.5\n",
                "z\n-0.0\n-0\n7\n",
                "f\nInfinity\n-Infinity\n1\n",
                "m\n1\n2.5\n3\n",
                "m\n1.0\n2.00\n-3.000\n",
                "a,empty\n1,\n2,NA\n3,\n",
                "a,b,\n1,2,\n3,4,\n",
                "a,b\r\n1,2\r\n3,\"x\r\ny\"\r\n",
                "a,b\n1,\"x\r\ny\"\r\n3,4\r\n",
                "a,b\n\n1,2\n\n\n3,4\n\n",
                "a,b,c\n",
                "a,b\n  1 ,  x y  \n\" 2 \",\" z \"\n",
                "p\n+5\n\"1,000\"\n007\n",
                "b\ntrue\nfalse\nTRUE\n\n",
                "b\nT\nF\ny\nn\n",
                "b\n1\n0\n1\n",
                "d\n2020-01-01\n2021-12-31\n\n",
                "d\n20200101\n20211231\n",
                "t\n12:30\n23:59:59\n",
                "t\n1230\n0945\n",
                "d\n12345678\n20200101\n",
                "d\n20200101\n-20200101\n",
                "d\n20200101\n12345678\n",
                "d\n202001011\n",
                "d\n2020010100\n",
                "d\n+20200101\n",
                "d\n20200101.0\n20211231\n",
                "d\n20200101\n2.0200101e7\n",
                "d\n2.0200101E7\n20200101\n",
                "t\n0945\n12.5\n",
                "d\n99999999\n-1.5\n",
                "dt\n2020-01-01T10:00\n2021-05-06 07:08:09\n",
                "c\n# not data\n1\n#2\n3\n",
                "pct\n50%\n12.5%\n",
                "s\nabc\n123\n",
                ",x,\" \"\n1,2,3\n",
                "only\n",
                "a;b\n1;2\n",
                "name,city\nZoë,Malmö\n\u00e9t\u00e9,\u4e1c\u4eac\n");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void readsHostileFilesAsTablesawDoes(String text) throws IOException {
        assertSameAsTablesaw(write("hostile.csv", text));
    }

    @Test
    void readsEveryBundledDataSetAsTablesawDoes() throws URISyntaxException {
        for (String name : Datasets.names()) {
            Path file = Path.of(Datasets.class.getResource("/io/github/prepkit/datasets/" + name + ".csv").toURI());
            assertSameAsTablesaw(file);
        }
    }

    @Test
    void readsRandomHostileFilesAsTablesawDoes() throws IOException {
        String[] tokens = {"", "NA", "N/A", "NaN", "nan", "*", "null", "0", "-0", "7", "-12", "2147483648", "1.5",
            "-0.0",
            "1e5", "1.0", "+3", "99999999999999999999", "Infinity", "true", "false", "x", "a b", " q ", "\"c,d\"",
            "\"e\nf\"", "\"\"", "2020-01-01", "12:30"};
        SplittableRandom random = new SplittableRandom(15);
        for (int file = 0; file < 60; file++) {
            int columns = 1 + random.nextInt(4);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < columns; j++) {
                text.append(j == 0 ? "" : ",").append("c").append(j);
            }
            text.append('\n');
            // a column draws from a few tokens, so that its type is often narrower than string
            int[][] choices = new int[columns][];
            for (int j = 0; j < columns; j++) {
                choices[j] = random.ints(1 + random.nextInt(3), 0, tokens.length).toArray();
            }
            for (int row = 1 + random.nextInt(30); row > 0; row--) {
                for (int j = 0; j < columns; j++) {
                    int[] choice = choices[j];
                    text.append(j == 0 ? "" : ",").append(tokens[choice[random.nextInt(choice.length)]]);
                }
                text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            assertSameAsTablesaw(write("random" + file + ".csv", text.toString()));
        }
    }

    /** Quoted fields that are not a stretch of the text ({@code ""}, a quoted {@code \r\n}) far into a block. */
    @Test
    void fieldsThatMustBeCopiedLateInABlockReadAsTablesawDoes() throws IOException {
        StringBuilder text = new StringBuilder("n, s ,x\n");
        for (int row = 0; row < 20_000; row++) {
            String s = row % 4_999 == 4_998 ? "say \"\"hi\"\" " + row
                    : row % 3_001 == 3_000 ? "two\r\nlines" : "s" + row;
            text.append(row).append(", \"").append(s).append("\" ,").append(row % 7 == 0 ? " " : "")
                    .append(row * 0.5).append(row % 2_003 == 2_002 ? "\r\n" : "\n");
        }
        assertSameAsTablesaw(write("late.csv", text.toString()));
    }

    @Test
    void duplicateHeaderNamesAreRefusedAsTablesawRefusesThem() throws IOException {
        Path file = write("twice.csv", "a,b,a\n1,2,3\n");
        assertThrows(IllegalArgumentException.class, () -> Table.read().csv(file.toFile()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }

    @Test
    void oneThreadAndSeveralGiveTheSameTable() throws IOException {
        StringBuilder text = new StringBuilder("id,x,s\n");
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(',').append(random.nextGaussian()).append(',')
                    .append(Quoting.quoted(random.nextInt(50) == 0 ? "l\"i,n\ne" : "s" + random.nextInt(9)))
                    .append('\n');
        }
        Path file = write("many.csv", text.toString());
        Table one = Csv.read(file, new CsvOptions().threads(1));
        assertSameTable(one, Csv.read(file, new CsvOptions().threads(2)));
        assertSameTable(Table.read().csv(file.toFile()), one);
    }

    @Test
    void optionsReadAsTablesawsMatchingOptions() throws IOException {
        Path semicolons = write("semi.csv", "a;b\n1;x\n-;2,5\n");
        assertSameTable(Table.read().csv(CsvReadOptions.builder(semicolons.toFile()).separator(';')),
                Csv.read(semicolons, new CsvOptions().delimiter(';')));
        Path markers = write("markers.csv", "a,b\n1,-\n-,NA\n3,y\n");
        assertSameTable(Table.read().csv(CsvReadOptions.builder(markers.toFile()).missingValueIndicator("-")),
                Csv.read(markers, new CsvOptions().missingValues("-")));
        Path noHeader = write("plain.csv", "1,x\n2,y\n");
        assertSameTable(Table.read().csv(CsvReadOptions.builder(noHeader.toFile()).header(false)),
                Csv.read(noHeader, new CsvOptions().header(false)));
        Path typed = write("typed.csv", "a,b,c\n1,2,x\n3,4,y\n");
        Map<String, ColumnType> types = Map.of("a", ColumnType.DOUBLE, "b", ColumnType.STRING, "c", ColumnType.STRING);
        assertSameTable(Table.read().csv(CsvReadOptions.builder(typed.toFile()).columnTypesPartial(types)),
                Csv.read(typed, new CsvOptions().columnTypes(types)));
    }

    @Test
    void aRaggedRowIsRefusedNamingTheFileAndLine() throws IOException {
        Path file = write("ragged.csv", "a,b\n1,2\n\"x\ny\",3\n4\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Csv.read(file));
        assertEquals(file + " line 5: 1 field, but the header has 2", e.getMessage());
        Path more = write("more.csv", "a,b\n1,2,3\n");
        assertEquals(more + " line 2: 3 fields, but the header has 2",
                assertThrows(IllegalArgumentException.class, () -> Csv.read(more)).getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineItOpensOn() throws IOException {
        Path file = write("open.csv", "a,b\n1,2\n3,\"4\n5,6\n");
        assertEquals(file + " line 3: the quoted field 2 opened on this line is not closed by the end of the file",
                assertThrows(IllegalArgumentException.class, () -> Csv.read(file)).getMessage());
    }

    @Test
    void aValueThatDoesNotParseAsItsGivenTypeIsRefusedNamingTheLineAndColumn() throws IOException {
        Path file = write("typed.csv", "a,b\n1,2\n\"x\ny\",3\n4,z\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csv.read(file, new CsvOptions().columnTypes(Map.of("b", ColumnType.INTEGER))));
        assertEquals(file + " line 5, column 'b': 'z' is not a value of the given type INTEGER", e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Csv.read(file, new CsvOptions().columnTypes(Map.of("q", ColumnType.INTEGER))));
        assertTrue(unknown.getMessage().contains("column 'q', which the header does not name"), unknown.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = write("empty.csv", "\n");
        assertEquals(file + ": the file is empty; expected a header line with the column names",
                assertThrows(IllegalArgumentException.class, () -> Csv.read(file)).getMessage());
    }

    @Test
    void optionsValidateAndCopy() {
        CsvOptions defaults = new CsvOptions();
        assertEquals(new CsvOptions(Map.of(), null, ',', true, -1), defaults);
        assertEquals(';', defaults.delimiter(';').delimiter());
        assertEquals(',', defaults.delimiter());
        assertEquals(List.of("-"), defaults.missingValues("-").missingValues());
        assertEquals(2, defaults.threads(2).threads());
        assertTrue(!defaults.header(false).header());
        assertThrows(IllegalArgumentException.class, () -> defaults.delimiter('"'));
        assertThrows(IllegalArgumentException.class, () -> defaults.delimiter('\n'));
        assertThrows(IllegalArgumentException.class, () -> defaults.threads(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.columnTypes(null));
        assertThrows(IllegalArgumentException.class, () -> defaults.missingValues((String[]) null));
        assertThrows(IllegalArgumentException.class, () -> Csv.read(null));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Fails unless {@link Csv} reads {@code file} as Tablesaw does, or both refuse it. */
    private static void assertSameAsTablesaw(Path file) {
        Table expected;
        try {
            expected = Table.read().csv(file.toFile());
        } catch (RuntimeException e) {
            assertThrows(IllegalArgumentException.class, () -> Csv.read(file), "Tablesaw refuses: " + e);
            return;
        }
        assertSameTable(expected, Csv.read(file));
        assertSameTable(expected, Csv.read(file, new CsvOptions().threads(1)));
    }

    /** Fails unless the tables have the same name, column names and types, values (bit for bit) and missing cells. */
    static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.name(), actual.name(), "table name");
        assertEquals(expected.columnNames(), actual.columnNames(), "column names");
        List<ColumnType> expectedTypes = new ArrayList<>();
        List<ColumnType> actualTypes = new ArrayList<>();
        expected.columns().forEach(column -> expectedTypes.add(column.type()));
        actual.columns().forEach(column -> actualTypes.add(column.type()));
        assertEquals(expectedTypes, actualTypes, "column types of " + expected.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount(), "rows");
        for (int j = 0; j < expected.columnCount(); j++) {
            for (int i = 0; i < expected.rowCount(); i++) {
                String where = "column " + expected.column(j).name() + ", row " + i;
                assertEquals(expected.column(j).isMissing(i), actual.column(j).isMissing(i), where + " missing");
                Object e = expected.column(j).get(i);
                Object a = actual.column(j).get(i);
                if (e instanceof Double d) {
                    assertEquals(Double.doubleToLongBits(d), Double.doubleToLongBits((Double) a),
                            where + ": " + e + " " + a);
                } else {
                    assertEquals(e, a, where);
                }
            }
        }
    }
}
