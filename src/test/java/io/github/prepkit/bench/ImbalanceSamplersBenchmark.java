package io.github.prepkit.bench;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.cluster.KMeans;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.resample.AllKNN;
import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.ClusterCentroids;
import io.github.prepkit.resample.CondensedNearestNeighbour;
import io.github.prepkit.resample.InstanceHardnessThreshold;
import io.github.prepkit.resample.KMeansSMOTE;
import io.github.prepkit.resample.NearMiss;
import io.github.prepkit.resample.NeighbourhoodCleaningRule;
import io.github.prepkit.resample.OneSidedSelection;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.RepeatedEditedNearestNeighbours;
import io.github.prepkit.resample.SMOTEN;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SMOTETomek;
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
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rest of issue 13's samplers, each with imbalanced-learn's defaults (KMeansSMOTE's but two, see there) and seed 0,
 * on one thread and on two: on {@code cls_100k.csv} (100,000 x 20, classes 9:1) BorderlineSMOTE, SMOTENC, KMeansSMOTE,
 * RandomOverSampler (plain and with shrinkage 1), RandomUnderSampler, NearMiss-3, OneSidedSelection and
 * NeighbourhoodCleaningRule; on {@code cls_10k.csv} (10,000 x 20, the same generator), because one imbalanced-learn run
 * of each on cls_100k took over a minute, SMOTEN, NearMiss-2, CondensedNearestNeighbour, InstanceHardnessThreshold,
 * ClusterCentroids, RepeatedEditedNearestNeighbours, AllKNN and SMOTETomek. The random samplers take no thread count,
 * so they run alike for either; the k-means of KMeansSMOTE and ClusterCentroids gets the threads (the twin sets
 * scikit-learn's OpenMP threads for it). The peers' twin is {@code src/test/resources/bench/imbalance_peers.py} (the
 * same names in snake case); run both in one sitting. Reading the CSVs and deriving the categorical tables are outside
 * the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ImbalanceSamplersBenchmark {

    @Param({"1", "2"})
    public int threads;

    private Table table;
    private Table small;
    private Table mixed;
    private Table nominalSmall;

    @Setup
    public void read() {
        table = BenchData.csv("cls_100k.csv");
        small = BenchData.csv("cls_10k.csv");
        mixed = floored(table, 5);
        nominalSmall = floored(small, small.columnCount() - 1);
    }

    /**
     * {@code data} with its first {@code count} columns (features f0...) replaced by the text of
     * {@code (int) Math.floor(x)}, as imbalance_peers.py's {@code np.floor(x).astype(int).astype(str)}.
     */
    private static Table floored(Table data, int count) {
        Table result = data.copy();
        for (int j = 0; j < count; j++) {
            NumericColumn<?> column = data.numberColumn(j);
            StringColumn levels = StringColumn.create(column.name());
            for (int i = 0; i < column.size(); i++) {
                levels.append(Integer.toString((int) Math.floor(column.getDouble(i))));
            }
            result.replaceColumn(j, levels);
        }
        return result;
    }

    private Table resample(Sampler sampler) {
        return sampler.fitResample(table, "y");
    }

    private Table resampleSmall(Sampler sampler) {
        return sampler.fitResample(small, "y");
    }

    /** Borderline-1, k 5, m 10. */
    @Benchmark
    public Table borderlineSmote() {
        return resample(new BorderlineSMOTE().seed(0).nJobs(threads));
    }

    /** k 5; f0..f4 categorical (the text of their floor), f5..f19 numeric. */
    @Benchmark
    public Table smoteNc() {
        return new SMOTENC().seed(0).nJobs(threads).fitResample(mixed, "y");
    }

    /**
     * k 2, auto density exponent; the clusterer a full k-means of 8 clusters, k-means++, 10 runs, seed 0, as the twin
     * passes (imbalanced-learn's default is a MiniBatchKMeans). Cluster balance threshold 0.1, about the minority's
     * share: with auto (0.5 here) imbalanced-learn finds no cluster of cls_100k to grow in.
     */
    @Benchmark
    public Table kMeansSmote() {
        return resample(new KMeansSMOTE().kmeansEstimator(new KMeans().seed(0).nJobs(threads))
                .clusterBalanceThreshold(0.1).seed(0).nJobs(threads));
    }

    /** Plain copies. */
    @Benchmark
    public Table randomOverSampler() {
        return resample(new RandomOverSampler().seed(0));
    }

    /** A smoothed bootstrap, shrinkage 1. */
    @Benchmark
    public Table randomOverSamplerShrinkage() {
        return resample(new RandomOverSampler().shrinkage(1.0).seed(0));
    }

    /** Every class but the minority cut to its size. */
    @Benchmark
    public Table randomUnderSampler() {
        return resample(new RandomUnderSampler().seed(0));
    }

    /** Version 3, 3 neighbours, 3 candidates around each minority row. */
    @Benchmark
    public Table nearMiss3() {
        return resample(new NearMiss().version(3).nJobs(threads));
    }

    /** A 1-NN, one seed. */
    @Benchmark
    public Table oneSidedSelection() {
        return resample(new OneSidedSelection().seed(0).nJobs(threads));
    }

    /** 3 neighbours, kind ALL, threshold 0.5. */
    @Benchmark
    public Table neighbourhoodCleaningRule() {
        return resample(new NeighbourhoodCleaningRule().nJobs(threads));
    }

    /**
     * k 5, on cls_10k: every column categorical (the text of its floor). On cls_100k one imbalanced-learn run took 92
     * s of CPU, its value-difference distances over all pairs of the 10,411 minority rows.
     */
    @Benchmark
    public Table smoteN() {
        return new SMOTEN().seed(0).nJobs(threads).fitResample(nominalSmall, "y");
    }

    /**
     * Version 2, 3 neighbours, on cls_10k: on cls_100k imbalanced-learn sorts every majority row's distances to all
     * the minority rows, a run unfinished after 90 s of CPU and 15 GB.
     */
    @Benchmark
    public Table nearMiss2() {
        return resampleSmall(new NearMiss().version(2).nJobs(threads));
    }

    /**
     * A 1-NN, one seed, on cls_10k: imbalanced-learn visits the rows one by one in Python, a run on cls_100k
     * unfinished after 90 s of CPU (on cls_10k it takes about two minutes).
     */
    @Benchmark
    public Table condensedNearestNeighbour() {
        return resampleSmall(new CondensedNearestNeighbour().seed(0).nJobs(threads));
    }

    /**
     * 5 shuffled folds, on cls_10k; the estimator imbalanced-learn's default, a random forest of 100 unpruned trees
     * (scikit-learn's defaults, seed 0) growing on the same threads as the folds. Five such forests on cls_100k left
     * imbalanced-learn unfinished after 90 s of CPU.
     */
    @Benchmark
    public Table instanceHardnessThreshold() {
        return resampleSmall(new InstanceHardnessThreshold()
                .estimator(new RandomForestClassifier().seed(0).nJobs(threads)).seed(0).nJobs(threads));
    }

    /**
     * Soft voting, on cls_10k; k-means++, 10 runs, seed 0 (scikit-learn 1.2's KMeans defaults, which the twin passes
     * as imbalanced-learn's default estimator). On cls_100k its k-means of 10,411 clusters left imbalanced-learn
     * unfinished after 90 s of CPU.
     */
    @Benchmark
    public Table clusterCentroids() {
        return resampleSmall(new ClusterCentroids().estimator(new KMeans().seed(0).nJobs(threads)));
    }

    /**
     * 3 neighbours, kind ALL, at most 100 passes, on cls_10k: a run on cls_100k left imbalanced-learn unfinished after
     * 90 s of CPU.
     */
    @Benchmark
    public Table repeatedEditedNearestNeighbours() {
        return resampleSmall(new RepeatedEditedNearestNeighbours().nJobs(threads));
    }

    /** Up to 3 neighbours, kind ALL, on cls_10k: 82 s of CPU for imbalanced-learn on cls_100k. */
    @Benchmark
    public Table allKnn() {
        return resampleSmall(new AllKNN().nJobs(threads));
    }

    /**
     * SMOTE k 5, then the Tomek links of every class, on cls_10k: a run on cls_100k left imbalanced-learn unfinished
     * after 90 s of CPU.
     */
    @Benchmark
    public Table smoteTomek() {
        return resampleSmall(new SMOTETomek().seed(0).nJobs(threads));
    }
}
