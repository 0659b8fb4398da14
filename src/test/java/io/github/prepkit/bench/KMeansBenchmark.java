package io.github.prepkit.bench;

import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.cluster.KMeansModel;
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
import smile.clustering.PartitionClustering;
import smile.math.MathEx;
import tech.tablesaw.api.Table;

/**
 * K-means (Lloyd) on {@code blobs_200k.csv} (200,000 x 16, 8 blobs), k = 8, as scikit-learn's {@code kmeans_lloyd}
 * rows of bench_sklearn.py. {@code fitGivenInit} starts from the first 8 rows (scikit-learn's anchor; Smile has no
 * way to take initial centres); {@code fitKMeansPlusPlus} and {@code smileLloyd} include k-means++ seeding.
 * One Lloyd iteration is the difference between {@code maxIter = 2} and {@code maxIter = 1} (the fixed costs:
 * reading the table, centring, the final labelling and the inertia cancel out); a full fit is {@code maxIter = 100}.
 * Ours runs on one thread ({@code nJobs(1)}) unless the name says two. Smile runs with the common fork-join pool
 * off (parallelism 0), so its parallel streams use the calling thread. Run it with
 * {@code mvn -q test-compile exec:exec@bench -Dbench=KMeansBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class KMeansBenchmark {

    @Param({"1", "2", "100"})
    public int maxIter;

    private Table table;
    private double[][] rows;
    private double[][] firstRows;

    @Setup
    public void read() {
        table = BenchData.csv("blobs_200k.csv");
        rows = SmileData.rows(table);
        firstRows = new double[8][];
        System.arraycopy(rows, 0, firstRows, 0, 8);
    }

    @Benchmark
    public KMeansModel fitGivenInit() {
        return new KMeans().nClusters(8).init(firstRows).nInit(1).maxIter(maxIter).nJobs(1).fit(table);
    }

    @Benchmark
    public KMeansModel fitGivenInitTwoThreads() {
        return new KMeans().nClusters(8).init(firstRows).nInit(1).maxIter(maxIter).nJobs(2).fit(table);
    }

    @Benchmark
    public KMeansModel fitKMeansPlusPlus() {
        return new KMeans().nClusters(8).nInit(1).maxIter(maxIter).seed(0).nJobs(1).fit(table);
    }

    @Benchmark
    public PartitionClustering smileLloyd() {
        MathEx.setSeed(0);
        return smile.clustering.KMeans.lloyd(rows, 8, maxIter, 1e-4);
    }
}
