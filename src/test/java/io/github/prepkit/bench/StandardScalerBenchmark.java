package io.github.prepkit.bench;

import io.github.prepkit.scale.StandardScaler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tech.tablesaw.api.Table;

/** StandardScaler fit + transform on 1,000,000 x 10 doubles with 5 % missing (issue 3's workload). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class StandardScalerBenchmark {

    private Table table;

    @Setup
    public void generate() {
        table = GeneratedTables.numeric(1_000_000, 10, 0.05, 42);
    }

    @Benchmark
    public Table fitTransform() {
        return new StandardScaler().fitTransform(table);
    }
}
