package io.github.prepkit.bench;

import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import smile.base.cart.SplitRule;
import smile.classification.DecisionTree;
import smile.data.formula.Formula;

/**
 * One CART classification tree of depth 10 on cls_100k.csv (100,000 rows x 20 features, target y), one thread,
 * beside Smile 3.1.1 with the peers' parameters (bench_sklearn.py {@code dtree_d10}: Gini, max_depth 10,
 * min_samples_leaf 1; Bench.java: {@code DecisionTree.fit(y ~ ., GINI, maxDepth 10, maxNodes 100000,
 * nodeSize 1)}). Both include their own preparation: ours the table-to-matrix copy and the column sort, Smile's
 * its column presort. Run: {@code mvn -q test-compile exec:exec@bench -Dbench=TreeBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class TreeBenchmark {

    @Benchmark
    public DecisionTreeClassifierModel prepkit(Cls100k data) {
        return new DecisionTreeClassifier().maxDepth(10).fit(data.table, "y");
    }

    @Benchmark
    public DecisionTree smile(Cls100k data) {
        return DecisionTree.fit(Formula.lhs("y"), data.frame, SplitRule.GINI, 10, 100_000, 1);
    }
}
