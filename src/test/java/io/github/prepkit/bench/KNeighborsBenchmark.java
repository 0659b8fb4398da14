package io.github.prepkit.bench;

import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
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
import smile.classification.KNN;
import smile.math.distance.EuclideanDistance;
import smile.neighbor.LinearSearch;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * kNN prediction, k = 5, Euclidean, uniform: the 2,000 queries of {@code cls_query_2k.csv} against the
 * 100,000 x 20 training rows of {@code cls_100k.csv} (the peers' workload {@code knn_predict_brute}). Fitting is
 * outside the timing, as in the peers. Ours on one and on two threads; Smile 3.1.1's {@code KNN} over a
 * {@code LinearSearch} (its brute force) with its parallel streams confined to the caller thread, as the peers'
 * one-thread figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class KNeighborsBenchmark {

    private Table queries;
    private KNeighborsClassifierModel oneThread;
    private KNeighborsClassifierModel twoThreads;
    private KNN<double[]> smile;
    private double[][] smileQueries;

    @Setup
    public void fit() {
        Table train = BenchData.csv("cls_100k.csv");
        queries = BenchData.csv("cls_query_2k.csv").removeColumns("y");
        KNeighborsClassifier knn = new KNeighborsClassifier().nNeighbors(5);
        oneThread = knn.nJobs(1).fit(train, "y");
        twoThreads = knn.nJobs(2).fit(train, "y");
        int[] labels = ((NumericColumn<?>) train.column("y")).asDoubleColumn().asIntColumn().asIntArray();
        smile = new KNN<>(LinearSearch.of(SmileData.rows(train.copy().removeColumns("y")), new EuclideanDistance()), labels, 5);
        smileQueries = SmileData.rows(queries);
    }

    @Benchmark
    public Column<?> predictOneThread() {
        return oneThread.predict(queries);
    }

    @Benchmark
    public Column<?> predictTwoThreads() {
        return twoThreads.predict(queries);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
    public int[] smileOneThread() {
        return smile.predict(smileQueries);
    }
}
