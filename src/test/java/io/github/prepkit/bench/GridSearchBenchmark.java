package io.github.prepkit.bench;

import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.selection.GridSearch;
import io.github.prepkit.selection.SearchResult;
import java.util.Arrays;
import java.util.List;
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
import smile.validation.CrossValidation;
import tech.tablesaw.api.Table;

/**
 * A 5-fold stratified grid search of kNN on the 10,000 x 20 rows of {@code cls_10k.csv}, as the peers'
 * {@code gridsearch_knn_10x5} (nNeighbors 1, 3, 5, 7, 9 x weights uniform, distance: 50 fits and the refit) and
 * {@code gridsearch_knn_uniform_5x5} (uniform weights only, 25 fits). Ours on one thread (search and kNN
 * {@code nJobs(1)}) and with the search on two; Smile 3.1.1's {@code CrossValidation.stratify} over brute-force
 * {@code KNN}s (it has no distance weighting, so only the uniform grid), its parallel streams confined to the
 * caller thread as the peers' one-thread figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class GridSearchBenchmark {

    private static final List<Integer> NEIGHBOURS = List.of(1, 3, 5, 7, 9);

    private Table data;
    private double[][] smileRows;
    private int[] smileLabels;

    @Setup
    public void read() {
        data = BenchData.csv("cls_10k.csv");
        smileRows = SmileData.rows(data.copy().removeColumns("y"));
        smileLabels = Arrays.stream(data.numberColumn("y").asDoubleArray()).mapToInt(v -> (int) v).toArray();
    }

    private static GridSearch<KNeighborsClassifier, KNeighborsClassifierModel> grid(List<Weights> weights, int nJobs) {
        return GridSearch.of(new KNeighborsClassifier().nJobs(1))
                .axis("n_neighbors", NEIGHBOURS, KNeighborsClassifier::nNeighbors)
                .axis("weights", weights, KNeighborsClassifier::weights)
                .nJobs(nJobs).progressBar(false);
    }

    @Benchmark
    public SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> tenCandidatesOneThread() {
        return grid(List.of(Weights.UNIFORM, Weights.DISTANCE), 1).fit(data, "y");
    }

    @Benchmark
    public SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> tenCandidatesTwoThreads() {
        return grid(List.of(Weights.UNIFORM, Weights.DISTANCE), 2).fit(data, "y");
    }

    @Benchmark
    public SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> uniformFiveCandidatesOneThread() {
        return grid(List.of(Weights.UNIFORM), 1).fit(data, "y");
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
    public int smileUniformFiveCandidatesOneThread() {
        EuclideanDistance euclid = new EuclideanDistance();
        double best = -1;
        int bestK = -1;
        for (int k : NEIGHBOURS) {
            double accuracy = CrossValidation.stratify(5, smileRows, smileLabels,
                    (x, y) -> new KNN<>(LinearSearch.of(x, euclid), y, k)).avg.accuracy;
            if (accuracy > best) {
                best = accuracy;
                bestK = k;
            }
        }
        return bestK;
    }
}
