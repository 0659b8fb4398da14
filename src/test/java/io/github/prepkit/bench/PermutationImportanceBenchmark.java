package io.github.prepkit.bench;

import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.inspection.PermutationImportance;
import io.github.prepkit.inspection.PermutationImportanceResult;
import io.github.prepkit.selection.Scoring;
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
import tech.tablesaw.columns.Column;

/**
 * Permutation importance of a 100-tree random forest (issue 14's workload): the forest ({@code nJobs(1)}, seed 0,
 * scikit-learn's other defaults) fitted once on the 10,000 x 20 rows of {@code cls_10k.csv}, then scored by accuracy
 * on the same rows with every column permuted 5 times (101 predictions of 10,000 rows). One thread, and the
 * permutations on two threads (the forest's own prediction staying on one) as a second figure. Beside
 * {@code src/test/resources/bench/inspection_peers.py}, which times scikit-learn's {@code permutation_importance}
 * ({@code n_jobs=1}) of its own forest on the same file: the forests differ (their random streams do), so the trees'
 * sizes do too. One warm-up, then 3 single shots, as the script's best of 3 after a warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class PermutationImportanceBenchmark {

    private Table features;
    private Column<?> target;
    private RandomForestClassifierModel forest;

    @Setup
    public void fit() {
        Table data = BenchData.csv("cls_10k.csv");
        target = data.column("y");
        features = data.copy().removeColumns("y");
        forest = new RandomForestClassifier().nJobs(1).seed(0).fit(features, target);
    }

    private PermutationImportanceResult importances(int nJobs) {
        return new PermutationImportance().scoring(Scoring.ACCURACY).nRepeats(5).seed(0).nJobs(nJobs)
                .compute(forest, features, target);
    }

    @Benchmark
    public PermutationImportanceResult forest100OneThread() {
        return importances(1);
    }

    @Benchmark
    public PermutationImportanceResult forest100TwoThreads() {
        return importances(2);
    }
}
