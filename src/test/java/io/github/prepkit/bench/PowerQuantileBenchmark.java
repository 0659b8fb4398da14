package io.github.prepkit.bench;

import io.github.prepkit.transform.PowerTransformer;
import io.github.prepkit.transform.QuantileTransformer;
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
 * QuantileTransformer and PowerTransformer (Yeo-Johnson) fit + transform on 1,000,000 x 10 lognormal values (issue
 * 14's workload), on one thread as prepkit's transforms are: the file {@code lognormal_1m.csv} that
 * {@code src/test/resources/bench/power_quantile_peers.py} writes (numpy's {@code default_rng(42).lognormal(0, 1)})
 * and times scikit-learn on, so both libraries see the same values. One warm-up, then 3 single shots, as the script's
 * best of 3 after a warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PowerQuantileBenchmark {

    private Table table;

    @Setup
    public void read() {
        table = BenchData.csv("lognormal_1m.csv");
    }

    @Benchmark
    public Table quantileTransformer() {
        return new QuantileTransformer().fitTransform(table);
    }

    @Benchmark
    public Table powerTransformerYeoJohnson() {
        return new PowerTransformer().fitTransform(table);
    }
}
