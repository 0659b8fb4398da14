package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFileException;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.pipeline.RegressorPipelineModel;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class MainTest {

    @TempDir
    Path folder;

    private record Result(int status, String out, String err) {
    }

    private static Result run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int status = Main.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path save(Model model, String name) throws IOException {
        Path file = folder.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }

    private Path csv(Table table, String name) {
        Path file = folder.resolve(name);
        table.write().csv(file.toString());
        return file;
    }

    private Path csv(String text, String name) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /** {@code table} without {@code target}, with every 13th value of some columns blanked, and an id column first. */
    private static Table features(Table table, String target) {
        Table features = Columns.without(table, target);
        for (int j = 0; j < features.columnCount(); j += 3) {
            DoubleColumn column = ((NumericColumn<?>) features.column(j)).asDoubleColumn().copy();
            for (int i = j % 13; i < column.size(); i += 13) {
                column.setMissing(i);
            }
            features.replaceColumn(j, column.setName(features.column(j).name()));
        }
        IntColumn id = IntColumn.indexColumn("id", features.rowCount(), 1000);
        return Table.create("features", id).addColumns(features.columnArray());
    }

    /** Runs predict with chunks of 1, 7 and 8,192 rows, checks the output files are identical, and returns the lines. */
    private List<String> predictWithChunks(Path model, Path input, String... options) throws IOException {
        List<String> lines = null;
        Path first = null;
        for (int chunkRows : new int[] {1, 7, 8192}) {
            Path output = folder.resolve("out-" + chunkRows + ".csv");
            List<Object> args = new ArrayList<>(List.of("predict", model, "--input", input, "--output", output,
                    "--chunk-rows", chunkRows));
            args.addAll(List.of(options));
            Result result = run(args.toArray());
            assertEquals(0, result.status(), result.err());
            assertEquals("", result.err());
            List<String> written = Files.readAllLines(output);
            int rows = written.size() - 1;
            assertEquals("wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + output + System.lineSeparator(),
                    result.out());
            if (first == null) {
                first = output;
                lines = written;
            } else {
                assertEquals(-1, Files.mismatch(first, output), "chunk size " + chunkRows + " writes another file");
            }
        }
        return lines;
    }

    /** Checks that {@code lines} are {@code expected}'s CSV: its header, then each double value bit for bit. */
    private static void assertWritten(Table expected, List<String> lines) {
        assertEquals(String.join(",", expected.columnNames()), lines.get(0));
        assertEquals(expected.rowCount() + 1, lines.size());
        for (int i = 0; i < expected.rowCount(); i++) {
            String[] fields = lines.get(i + 1).split(",", -1);
            assertEquals(expected.columnCount(), fields.length, "line " + (i + 2));
            for (int j = 0; j < fields.length; j++) {
                Column<?> column = expected.column(j);
                if (column instanceof DoubleColumn doubles) {
                    double read = fields[j].isEmpty() ? Double.NaN : Double.parseDouble(fields[j]);
                    assertEquals(Double.doubleToLongBits(doubles.getDouble(i)), Double.doubleToLongBits(read),
                            "line " + (i + 2));
                } else {
                    assertEquals(column.getUnformattedString(i), fields[j], "line " + (i + 2));
                }
            }
        }
    }

    @Test
    void predictWritesTheClassifierPipelinesPredictionsAndProbabilitiesForEveryChunkSize() throws IOException {
        Table data = Datasets.load("breast_cancer");
        ClassifierPipelineModel model = Pipeline.steps().transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler()).classifier("logistic", new LogisticRegression())
                .fit(data, "diagnosis");
        Path file = save(model, "cancer.prepkit");
        Table features = features(data, "diagnosis");
        Path input = csv(features, "cancer.csv");
        Table rows = features.copy().removeColumns("id");

        assertWritten(Table.create("expected", model.predict(rows)), predictWithChunks(file, input));
        assertWritten(model.predictProba(rows), predictWithChunks(file, input, "--proba"));
    }

    @Test
    void predictWritesARegressorPipelinesPredictions() throws IOException {
        Table data = Datasets.load("diabetes");
        RegressorPipelineModel model = Pipeline.steps().transform("impute", new SimpleImputer())
                .regressor("linear", new LinearRegression()).fit(data, "progression");
        Table features = features(data, "progression");
        List<String> lines = predictWithChunks(save(model, "diabetes.prepkit"), csv(features, "diabetes.csv"));
        assertWritten(Table.create("expected", model.predict(features.copy().removeColumns("id"))), lines);
    }

    @Test
    void predictWritesATransformersColumns() throws IOException {
        Table wine = Columns.without(Datasets.load("wine"), "cultivar");
        StandardScalerModel model = new StandardScaler().fit(wine);
        Table features = features(Datasets.load("wine"), "cultivar");
        List<String> lines = predictWithChunks(save(model, "scaler.prepkit"), csv(features, "wine.csv"));
        assertWritten(model.transform(features.copy().removeColumns("id")), lines);
    }

    @Test
    void anInputWithoutRowsGivesTheHeaderOnly() throws IOException {
        Table data = Datasets.load("breast_cancer");
        ClassifierModel model = new LogisticRegression().fit(data, "diagnosis");
        Path input = csv(String.join(",", Columns.without(data, "diagnosis").columnNames()) + "\n", "empty.csv");
        assertEquals(List.of("benign,malignant"), predictWithChunks(save(model, "m.prepkit"), input, "--proba"));
    }

    @Test
    void inspectPrintsWhatModelFilesInspectGives() throws IOException {
        Path file = save(new StandardScaler().fit(Columns.without(Datasets.load("wine"), "cultivar")), "scaler.prepkit");
        Result result = run("inspect", file);
        assertEquals(0, result.status(), result.err());
        assertEquals(ModelFiles.inspect(file), result.out());
    }

    @Test
    void helpPrintsTheUsage() {
        Result result = run("--help");
        assertEquals(0, result.status());
        assertEquals(CommandLine.USAGE, result.out());
    }

    /** A scaler of columns a and b, saved. */
    private Path scaler() throws IOException {
        Table table = Table.create("t", DoubleColumn.create("a", 1, 2, 3), DoubleColumn.create("b", 4, 6, 9));
        return save(new StandardScaler().fit(table), "ab.prepkit");
    }

    private Result failingPredict(Path model, String input, String... options) throws IOException {
        Path output = folder.resolve("out.csv");
        List<Object> args = new ArrayList<>(List.of("predict", model, "--input", csv(input, "in.csv"),
                "--output", output));
        args.addAll(List.of(options));
        Result result = run(args.toArray());
        assertEquals(1, result.status(), result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(Files.exists(output), "no output on failure");
        assertFalse(Files.exists(folder.resolve("out.csv.part")), "no partial output left");
        return result;
    }

    @Test
    void aMissingColumnIsNamedAsTheModelNamesIt() throws IOException {
        Result result = failingPredict(scaler(), "id,a\n1,2\n");
        assertTrue(result.err().startsWith(folder.resolve("in.csv") + ": StandardScalerModel.transform: the table does"
                + " not match the one seen at fit: column 'b' is missing"), result.err());
    }

    @Test
    void aRaggedRowIsNamedByItsLine() throws IOException {
        Result result = failingPredict(scaler(), "a,b\n1,2\n3\n");
        assertEquals(folder.resolve("in.csv") + " line 3: 1 field, but the header has 2" + System.lineSeparator(),
                result.err());
    }

    @Test
    void aBadNumberIsNamedByLineAndColumn() throws IOException {
        Result result = failingPredict(scaler(), "a,b\r\n1,2\r\n\"3\",x4\r\n");
        assertEquals(folder.resolve("in.csv") + " line 3, column 'b' (field 2): 'x4' is not a number"
                + System.lineSeparator(), result.err());
    }

    @Test
    void anUnseenLevelIsNamedWithTheLinesAndTheLineOfItsRow() throws IOException {
        Table train = Table.create("t", StringColumn.create("color", "red", "blue", "red", "blue"),
                DoubleColumn.create("x", 1, 2, 3, 4), IntColumn.create("y", 0, 1, 0, 1));
        ClassifierPipelineModel model = Pipeline.steps().transform("onehot", new OneHotEncoder())
                .classifier("logistic", new LogisticRegression()).fit(train, "y");
        Result result = failingPredict(save(model, "onehot.prepkit"),
                "x,color\n1,red\n2,\"blue\"\n3,purple\n4,red\n", "--chunk-rows", "3");
        String err = result.err();
        assertTrue(err.startsWith(folder.resolve("in.csv") + " lines 2-4: OneHotEncoderModel.transform: column 'color'"
                + " has level 'purple' at row 2, not seen at fit"), err);
        assertTrue(err.endsWith("(row 2 of this chunk is line 4)" + System.lineSeparator()), err);
    }

    @Test
    void aMissingValueTheModelRefusesIsNamedWithTheLines() throws IOException {
        Table train = Table.create("t", DoubleColumn.create("a", 1, 2, 3, 4), IntColumn.create("y", 0, 1, 0, 1));
        Path model = save(new LogisticRegression().fit(train, "y"), "logistic.prepkit");
        Result result = failingPredict(model, "a\n1\n2\nNA\n", "--chunk-rows", "2");
        assertTrue(result.err().startsWith(folder.resolve("in.csv") + " line 4: LogisticRegressionModel"), result.err());
        assertTrue(result.err().contains("feature column 'a' has 1 missing value(s)"), result.err());
    }

    @Test
    void probaOnARegressorIsRefused() throws IOException {
        Table data = Datasets.load("diabetes");
        Path model = save(new LinearRegression().fit(data, "progression"), "linear.prepkit");
        Result result = failingPredict(model, "age\n1\n", "--proba");
        assertTrue(result.err().startsWith("--proba needs a classifier, but " + model + " holds a LinearRegressionModel"),
                result.err());
    }

    @Test
    void aFileThatIsNotAModelFileIsRefusedWithTheModelFilesMessage() throws IOException {
        Path notAModel = csv("a,b\n1,2\n", "not-a-model.prepkit");
        String expected = assertThrows(ModelFileException.class, () -> ModelFiles.load(notAModel, Model.class))
                .getMessage();
        String line = notAModel + ": " + expected + System.lineSeparator();
        assertEquals(line, failingPredict(notAModel, "a,b\n1,2\n").err());
        Result inspect = run("inspect", notAModel);
        assertEquals(1, inspect.status());
        assertEquals(line, inspect.err());
    }

    @Test
    void aNonexistentInputIsNamed() throws IOException {
        Path missing = folder.resolve("nowhere.csv");
        Result result = run("predict", scaler(), "--input", missing, "--output", folder.resolve("out.csv"));
        assertEquals(1, result.status());
        assertEquals("no such file: " + missing + System.lineSeparator(), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "predict", "predict m.prepkit --input", "predict m.prepkit --output o.csv",
        "predict m.prepkit --input i.csv --output o.csv --probability", "predict --input i.csv --output o.csv",
        "predict m.prepkit --input i.csv --output o.csv --chunk-rows 0", "inspect", "inspect a b", "score m.prepkit"})
    void aBadCommandLineExitsWith2AndTheUsage(String line) {
        Result result = run((Object[]) (line.isEmpty() ? new String[0] : line.split(" ")));
        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().endsWith(CommandLine.USAGE), result.err());
        assertEquals(result.err().indexOf('\n') + 1, result.err().length() - CommandLine.USAGE.length(),
                "one line of error before the usage");
    }
}
