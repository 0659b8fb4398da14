package io.github.prepkit.bench;

import io.github.prepkit.data.Csv;
import io.github.prepkit.data.CsvOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/**
 * Reading the peers' cls_100k.csv (100,000 x 21, 17.9 MB) warm: {@link Csv} on one and two threads against
 * Tablesaw's {@code Table.read().csv} (issue 15's target: at least 3x faster). Run with
 * {@code mvn -q test-compile exec:exec@bench -Dbench=CsvReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 15)
@Fork(1)
public class CsvReadBenchmark {

    @Param({"1", "2"})
    public int threads;

    private Path file;

    @Setup
    public void locate() {
        file = BenchData.file("cls_100k.csv");
    }

    @Benchmark
    public Table csv() {
        return Csv.read(file, new CsvOptions().threads(threads));
    }

    @Benchmark
    public Table tablesaw() {
        return Table.read().csv(file.toFile());
    }
}
