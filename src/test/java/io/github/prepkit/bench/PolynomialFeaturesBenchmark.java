package io.github.prepkit.bench;

import io.github.prepkit.transform.PolynomialFeatures;
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
 * PolynomialFeatures (degree 2: 66 output columns) fit + transform on 1,000,000 x 10 standard-normal doubles, nothing
 * missing (PolynomialFeatures refuses missing values, so the peers' wide_1m.csv, which has them, does not serve).
 * {@code src/test/resources/bench/transform_peers.py} times scikit-learn's on the same numbers, replaying this seeded
 * generator in numpy. Run: {@code mvn -o -q test-compile exec:exec@bench -Dbench=PolynomialFeaturesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PolynomialFeaturesBenchmark {

    private Table table;

    @Setup
    public void generate() {
        table = GeneratedTables.numeric(1_000_000, 10, 0.0, 42);
    }

    @Benchmark
    public Table fitTransform() {
        return new PolynomialFeatures().fitTransform(table);
    }
}
