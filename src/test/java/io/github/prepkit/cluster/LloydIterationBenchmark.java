package io.github.prepkit.cluster;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureMatrix;
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
 * One Lloyd iteration (assignment with the sums in the same pass, empty-cluster check, new centres) on
 * {@code blobs_200k.csv}, 200,000 x 16, k = 8 from the first 8 rows: the work scikit-learn's
 * {@code lloyd_iter_chunked_dense} does per iteration (bench_sklearn.py's {@code kmeans_lloyd_kernel_100it} / 100).
 * It lives in the cluster package because the step is package-private; the public fits are in
 * {@code bench.KMeansBenchmark}. Run it with {@code mvn -q test-compile exec:exec@bench -Dbench=LloydIteration}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class LloydIterationBenchmark {

    @Param({"1", "2"})
    public int nJobs;

    private PointBlocks points;
    private double[] centres;
    private int[] labels;
    private double[] weights;

    @Setup
    public void read() {
        Path file = Path.of(System.getProperty("prepkit.bench.data", "/tmp/bench/data"), "blobs_200k.csv");
        FeatureMatrix matrix = FeatureMatrix.of(Table.read().csv(file.toFile()), "bench");
        int features = matrix.columns();
        double[] mean = new double[features];
        for (int i = 0; i < matrix.values().length; i++) {
            mean[i % features] += matrix.values()[i] / matrix.rows();
        }
        points = PointBlocks.of(matrix, BinaryScale.ONE, mean);
        centres = new double[8 * features];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = matrix.values()[i] - mean[i % features];
        }
        labels = new int[matrix.rows()];
        weights = PointWeights.unit(matrix.rows()).values();
    }

    @Benchmark
    public double[] iteration() {
        ClusterSums sums = new Assignment(points, centres).assignAndSum(labels, weights, nJobs);
        Relocation.relocateEmptyClusters(points, weights, centres, labels, sums);
        return sums.means();
    }
}
