package io.github.prepkit.bench;

import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.formula.Formula;

/**
 * A random forest of 100 trees of depth 10 on cls_100k.csv (100,000 rows x 20 features), beside Smile 3.1.1
 * with the peers' parameters (bench_sklearn.py {@code rf100_d10}: max_features sqrt = 4, max_depth 10,
 * bootstrap; Bench.java: {@code RandomForest.fit(y ~ ., ntrees 100, mtry 4, GINI, maxDepth 10, maxNodes 100000,
 * nodeSize 1, subsample 1.0)}, which always computes out-of-bag metrics, so ours is also timed with
 * {@code oobScore(true)}). One thread: ours with {@code nJobs(1)}, Smile with the common pool's parallelism 0 as
 * the peers' 1T run; two threads: ours with {@code nJobs(2)}, Smile with the JVM's default common pool on this
 * 2-core machine. Run: {@code mvn -q test-compile exec:exec@bench -Dbench=RandomForestBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class RandomForestBenchmark {

    @Benchmark
    public RandomForestClassifierModel prepkitOneThread(Cls100k data) {
        return forest().nJobs(1).fit(data.table, "y");
    }

    @Benchmark
    public RandomForestClassifierModel prepkitOneThreadOutOfBag(Cls100k data) {
        return forest().nJobs(1).oobScore(true).fit(data.table, "y");
    }

    @Benchmark
    public RandomForestClassifierModel prepkitTwoThreads(Cls100k data) {
        return forest().nJobs(2).fit(data.table, "y");
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
    public RandomForest smileOneThread(Cls100k data) {
        return smile(data);
    }

    @Benchmark
    public RandomForest smileTwoThreads(Cls100k data) {
        return smile(data);
    }

    private static RandomForestClassifier forest() {
        return new RandomForestClassifier().nEstimators(100).maxDepth(10).seed(0);
    }

    private static RandomForest smile(Cls100k data) {
        return RandomForest.fit(Formula.lhs("y"), data.frame, 100, 4, SplitRule.GINI, 10, 100_000, 1, 1.0);
    }
}
