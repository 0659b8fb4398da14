package io.github.prepkit.bench;

import io.github.prepkit.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line's {@code predict} on a 1,000,000-row CSV file of 20 numeric columns (5 % empty fields) with a saved
 * impute, scale, logistic pipeline (see {@link CliBenchFiles}), from reading the model file to the last line written,
 * on one thread: rows per second = 1,000,000 / the time. The files are generated in a temporary folder at setup.
 * Run with {@code mvn -q test-compile exec:exec@bench -Dbench=CliPredict}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1")
public class CliPredictBenchmark {

    private static final int ROWS = 1_000_000;

    private Path folder;
    private String[] args;

    @Setup
    public void generate() throws IOException {
        folder = Files.createTempDirectory("prepkit-cli-bench");
        Path model = folder.resolve("model.prepkit");
        Path input = folder.resolve("rows.csv");
        CliBenchFiles.saveModel(model);
        CliBenchFiles.writeCsv(input, ROWS, 1);
        args = new String[] {"predict", model.toString(), "--input", input.toString(), "--output",
            folder.resolve("predictions.csv").toString()};
    }

    @TearDown
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public int predict() {
        int status = Main.run(args, new PrintStream(OutputStream.nullOutputStream()), System.err);
        if (status != 0) {
            throw new IllegalStateException("predict exited with status " + status);
        }
        return status;
    }
}
