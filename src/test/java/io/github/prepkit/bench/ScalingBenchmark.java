package io.github.prepkit.bench;

import io.github.prepkit.encode.OneHotEncoder;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.KNeighborsClassifierModel;
import io.github.prepkit.resample.SMOTE;
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
import tech.tablesaw.columns.Column;

/**
 * How cost grows with the rows (issue 15, item 4): five workloads of the speed table at {@code factor} 1, 10 and 100
 * times their rows, on generated tables of the same shape, one thread. Divide each time by the rows that grow to get
 * the time per row:
 * <ul>
 * <li>{@code knnPredict}: 2,000 queries against 100,000 x 20 training rows x factor, k = 5 (the training rows grow;
 *     the queries do not). Brute force: linear in the training rows.
 * <li>{@code forestFit}: 100 trees of depth 10 on 100,000 x 20 x factor. Features radix-sorted once, then depth x rows
 *     x features per tree: linear.
 * <li>{@code smoteFitResample}: SMOTE k = 5 on 100,000 x 20 x factor with a 10 % minority, to balance. Its brute-force
 *     neighbour search among the minority rows is quadratic in them.
 * <li>{@code medianFitTransform}: median imputation of 1,000,000 x 10 x factor, 5 % missing. Linear.
 * <li>{@code oneHotFitTransform}: one-hot encoding of one 20-level column of 1,000,000 rows x factor. Linear.
 * </ul>
 * Single shot, one warm-up (eight for the two workloads of a tenth of a second, so that the JIT has compiled their
 * loops) and two measured shots, a fresh fork (8 GB heap) per workload and size. Factors 1 and 10:
 * {@code mvn -o -q test-compile exec:exec@bench -Dbench=ScalingBenchmark}. Factor 100, for the workloads whose shot
 * takes under two minutes and whose data fit in the heap (kNN): {@code java -cp
 * target/test-classes:target/classes:$(mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
 * org.openjdk.jmh.Main 'ScalingBenchmark.knnPredict' -p factor=100 -jvmArgs '-Xms8g -Xmx8g -XX:+UseParallelGC
 * -XX:+AlwaysPreTouch'} (without the pre-touch, the first-touch page faults of the young generation dominate the
 * cheap workloads).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class ScalingBenchmark {

    /** The rows of a workload: its speed-table size times {@code factor}. */
    @State(Scope.Benchmark)
    public abstract static class Sized {

        @Param({"1", "10"})
        public int factor;

        int rows(int base) {
            return Math.multiplyExact(base, factor);
        }
    }

    /** A kNN classifier fitted on 100,000 x factor rows, and 2,000 query rows. */
    public static class Neighbours extends Sized {

        KNeighborsClassifierModel model;
        Table queries;

        @Setup
        public void fit() {
            model = new KNeighborsClassifier().nNeighbors(5).nJobs(1)
                    .fit(GeneratedTables.classification(rows(100_000), 20, 0.1, true, 1), "y");
            queries = GeneratedTables.classification(2_000, 20, 0.1, false, 2);
        }
    }

    /** 100,000 x factor rows of 20 features and a 9:1 target. */
    public static class Classes extends Sized {

        Table table;

        @Setup
        public void generate() {
            table = GeneratedTables.classification(rows(100_000), 20, 0.1, true, 3);
        }
    }

    /** 1,000,000 x factor rows of 10 doubles, 5 % missing. */
    public static class Gaps extends Sized {

        Table table;

        @Setup
        public void generate() {
            table = GeneratedTables.numeric(rows(1_000_000), 10, 0.05, 42);
        }
    }

    /** 1,000,000 x factor rows of one 20-level string column. */
    public static class Levels extends Sized {

        Table table;

        @Setup
        public void generate() {
            table = GeneratedTables.categorical("color", rows(1_000_000), 20, 42);
        }
    }

    @Benchmark
    public Column<?> knnPredict(Neighbours data) {
        return data.model.predict(data.queries);
    }

    @Benchmark
    public RandomForestClassifierModel forestFit(Classes data) {
        return new RandomForestClassifier().nEstimators(100).maxDepth(10).seed(0).nJobs(1).fit(data.table, "y");
    }

    @Benchmark
    public Table smoteFitResample(Classes data) {
        return new SMOTE().kNeighbors(5).seed(0).nJobs(1).fitResample(data.table, "y");
    }

    @Benchmark
    @Warmup(iterations = 8)
    public Table medianFitTransform(Gaps data) {
        return new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN).fitTransform(data.table);
    }

    @Benchmark
    @Warmup(iterations = 8)
    public Table oneHotFitTransform(Levels data) {
        return new OneHotEncoder().fitTransform(data.table);
    }
}
