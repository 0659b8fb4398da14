package io.github.prepkit.bench;

import io.github.prepkit.decomposition.PCA;
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

/**
 * PCA fit + transform on 100,000 x 50 correlated Gaussian values (issue 14's workload), on one thread as prepkit's PCA
 * is, keeping 10 components and all 50: the file {@code pca_100k_x50.csv} that
 * {@code src/test/resources/bench/decomposition_peers.py} writes (numpy's {@code default_rng(42)} Gaussian columns
 * times a random 50 x 50 mixing) and times scikit-learn on, so both libraries see the same values. Five warm-up shots
 * (the JIT compiles the kernels on the first ones; the script's one warm-up serves numpy's caches), then 3 single
 * shots, as the script's best of 3. Run with {@code mvn -q test-compile exec:exec@bench
 * -Dbench=PCABenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 3)
@Fork(1)
public class PCABenchmark {

    private Table table;

    @Setup
    public void read() {
        table = BenchData.csv("pca_100k_x50.csv");
    }

    @Benchmark
    public Table tenComponents() {
        return new PCA().nComponents(10).fitTransform(table);
    }

    @Benchmark
    public Table allComponents() {
        return new PCA().fitTransform(table);
    }
}
