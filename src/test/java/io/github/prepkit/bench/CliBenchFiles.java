package io.github.prepkit.bench;

import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The files {@link CliPredictBenchmark} scores: a CSV file of 20 standard-normal columns x0..x19 with 5 % empty fields,
 * and an impute, scale, logistic pipeline fitted on 100,000 such rows whose binary target is the sign of a linear
 * combination plus noise. Seeded, so the same on every run. {@link #main} writes them for the memory check:
 * {@code java -cp <test class path> io.github.prepkit.bench.CliBenchFiles <folder> <rows>...}.
 */
final class CliBenchFiles {

    /** The number of feature columns. */
    static final int COLUMNS = 20;

    private static final int BLOCK_ROWS = 10_000;
    private static final double MISSING = 0.05;

    private CliBenchFiles() {
    }

    /** Writes {@code <folder>/model.prepkit} and, for each count of rows, {@code <folder>/rows-<count>.csv}. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        saveModel(folder.resolve("model.prepkit"));
        for (int k = 1; k < args.length; k++) {
            int rows = Integer.parseInt(args[k]);
            writeCsv(folder.resolve("rows-" + rows + ".csv"), rows, 1);
        }
    }

    /** Fits the pipeline (logistic regression on one thread) on 100,000 generated rows and saves it to {@code file}. */
    static void saveModel(Path file) throws IOException {
        Table train = GeneratedTables.numeric(100_000, COLUMNS, MISSING, 0);
        int[] target = new int[train.rowCount()];
        SplittableRandom noise = new SplittableRandom(1);
        for (int i = 0; i < target.length; i++) {
            double score = noise.nextDouble(-1, 1);
            for (int j = 0; j < COLUMNS; j++) {
                double x = train.doubleColumn(j).getDouble(i);
                score += Double.isNaN(x) ? 0 : (j % 5 - 2) * x;
            }
            target[i] = score > 0 ? 1 : 0;
        }
        train.addColumns(IntColumn.create("y", target));
        ModelFiles.save(Pipeline.steps().transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler())
                .classifier("logistic", new LogisticRegression().nJobs(1)).fit(train, "y"), file);
    }

    /** Writes {@code rows} generated rows, with a header line, to {@code file}; a missing value is an empty field. */
    static void writeCsv(Path file, int rows, long seed) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int j = 0; j < COLUMNS; j++) {
                out.write((j == 0 ? "x" : ",x") + j);
            }
            out.write('\n');
            for (int start = 0; start < rows; start += BLOCK_ROWS) {
                Table block = GeneratedTables.numeric(Math.min(BLOCK_ROWS, rows - start), COLUMNS, MISSING, seed + start);
                for (int i = 0; i < block.rowCount(); i++) {
                    for (int j = 0; j < COLUMNS; j++) {
                        double x = block.doubleColumn(j).getDouble(i);
                        if (j > 0) {
                            out.write(',');
                        }
                        if (!Double.isNaN(x)) {
                            out.write(Double.toString(x));
                        }
                    }
                    out.write('\n');
                }
            }
        }
    }
}
