package io.github.prepkit.bench;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.ensemble.BalancedBaggingClassifier;
import io.github.prepkit.ensemble.BalancedRandomForestClassifier;
import io.github.prepkit.ensemble.BalancedRandomForestClassifierModel;
import io.github.prepkit.ensemble.EasyEnsembleClassifier;
import io.github.prepkit.ensemble.RUSBoostClassifier;
import io.github.prepkit.resample.ADASYN;
import io.github.prepkit.resample.EditedNearestNeighbours;
import io.github.prepkit.resample.NearMiss;
import io.github.prepkit.resample.SMOTEENN;
import io.github.prepkit.resample.TomekLinks;
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
 * The imbalanced-learn workloads of issue 13 on {@code cls_100k.csv} (100,000 x 20, classes 9:1), on one thread and on
 * two: ADASYN (k = 5), TomekLinks, EditedNearestNeighbours (k = 3), NearMiss-1, SMOTEENN and a balanced random
 * forest of 100 trees of depth 10; and, with their defaults, the other balanced ensembles: BalancedBaggingClassifier,
 * EasyEnsembleClassifier and RUSBoostClassifier (its rounds are sequential, so it runs alike for either thread
 * count). The peers' twin is {@code src/test/resources/bench/imbalance_peers.py}, timing
 * imbalanced-learn 0.10 on the same file with n_jobs 1 and 2; run both in one sitting. Reading the CSV is outside the
 * timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ImbalanceBenchmark {

    @Param({"1", "2"})
    public int threads;

    private Table table;

    @Setup
    public void read() {
        table = BenchData.csv("cls_100k.csv");
    }

    private Table resample(Sampler sampler) {
        return sampler.fitResample(table, "y");
    }

    @Benchmark
    public Table adasyn() {
        return resample(new ADASYN().seed(0).nJobs(threads));
    }

    @Benchmark
    public Table tomekLinks() {
        return resample(new TomekLinks().nJobs(threads));
    }

    @Benchmark
    public Table editedNearestNeighbours() {
        return resample(new EditedNearestNeighbours().nJobs(threads));
    }

    @Benchmark
    public Table nearMiss1() {
        return resample(new NearMiss().nJobs(threads));
    }

    @Benchmark
    public Table smoteEnn() {
        return resample(new SMOTEENN().seed(0).nJobs(threads));
    }

    @Benchmark
    public BalancedRandomForestClassifierModel balancedRandomForest() {
        return new BalancedRandomForestClassifier().nEstimators(100).maxDepth(10).seed(0).nJobs(threads)
                .fit(table, "y");
    }

    @Benchmark
    public ClassifierModel balancedBagging() {
        return new BalancedBaggingClassifier().seed(0).nJobs(threads).fit(table, "y");
    }

    @Benchmark
    public ClassifierModel easyEnsemble() {
        return new EasyEnsembleClassifier().seed(0).nJobs(threads).fit(table, "y");
    }

    @Benchmark
    public ClassifierModel rusBoost() {
        return new RUSBoostClassifier().seed(0).fit(table, "y");
    }
}
