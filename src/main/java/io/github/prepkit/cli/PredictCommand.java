package io.github.prepkit.cli;

import io.github.prepkit.base.Model;
import io.github.prepkit.internal.csv.CsvRecordReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * {@code predict MODEL --input IN.csv --output OUT.csv [--proba] [--chunk-rows N]}: scores a CSV file with a saved
 * model, streaming. It reads {@code chunkRows} rows at a time into a table of the model's columns, applies the model
 * (see {@link ModelOutput}) and appends the result to the output, so memory stays flat whatever the input's size.
 * Before reading any row it applies the model to the header alone (a table without rows): a model column missing
 * from the header fails there with the model's own message, and that table's columns make the output's header.
 *
 * @param model     the model file
 * @param input     the CSV file to score, in UTF-8 (bytes that are not read as U+FFFD), in the dialect of
 *                  {@link CsvRecordReader}
 * @param output    the CSV file to write (see {@link CsvTableWriter}); written only if every row is scored
 * @param proba     whether to write a classifier's class probabilities instead of its predictions
 * @param chunkRows the rows read and scored at a time
 */
record PredictCommand(Path model, Path input, Path output, boolean proba, int chunkRows) implements Command {

    /** The rows read and scored at a time unless {@code --chunk-rows} says otherwise. */
    static final int DEFAULT_CHUNK_ROWS = 8192;

    /**
     * Scores the input and writes the output, then prints how many rows it wrote.
     *
     * @throws IllegalArgumentException if the model file is bad, the model cannot score (see {@link ModelOutput}), or
     *                                  the input cannot be read or scored, naming the file and the lines
     */
    @Override
    public void run(PrintStream out) throws IOException {
        Model fitted = ModelFileReader.load(model);
        ModelOutput scoring = ModelOutput.of(fitted, proba, model.toString());
        String source = input.toString();
        try (CsvRecordReader records = new CsvRecordReader(
                new InputStreamReader(Files.newInputStream(input), StandardCharsets.UTF_8), source)) {
            ChunkReader chunks = new ChunkReader(records, fitted.schema(), chunkRows, model.toString());
            Table header = headerOnly(scoring, chunks.emptyTable(), source);
            long rows = 0;
            try (CsvTableWriter writer = CsvTableWriter.create(output)) {
                writer.header(header.columnNames());
                for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                    writer.rows(scored(scoring, chunk, source));
                    rows += chunk.lines().length;
                }
                writer.commit();
            }
            out.println("wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + output);
        }
    }

    private static Table headerOnly(ModelOutput scoring, Table noRows, String source) {
        try {
            return scoring.apply(noRows);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(source + ": " + Main.messageOf(e), e);
        }
    }

    private static Table scored(ModelOutput scoring, Chunk chunk, String source) {
        try {
            return scoring.apply(chunk.table());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw chunk.failure(source, e);
        }
    }
}
