package io.github.prepkit.bench;

import io.github.prepkit.impute.KNNImputer;
import io.github.prepkit.outliers.MahalanobisDetector;
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
 * KNNImputer fit + transform on 10,000 x 10 doubles with 5 % missing (about 4,000 rows to impute, each against
 * the 10,000 fitted rows), k = 5; and the Mahalanobis detector's fit + scores on 1,000,000 x 10 complete doubles.
 * Peer: {@code KNNImputer(n_neighbors=5).fit_transform(X)} in scikit-learn 1.2.1 on the same shape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class KNNImputerBenchmark {

    private Table withMissing;
    private Table complete;

    @Setup
    public void generate() {
        withMissing = GeneratedTables.numeric(10_000, 10, 0.05, 42);
        complete = GeneratedTables.numeric(1_000_000, 10, 0, 42);
    }

    @Benchmark
    public Table knnFitTransform() {
        return new KNNImputer().fitTransform(withMissing);
    }

    @Benchmark
    public double[] mahalanobisFitScores() {
        return new MahalanobisDetector().fit(complete).scores(complete);
    }
}
