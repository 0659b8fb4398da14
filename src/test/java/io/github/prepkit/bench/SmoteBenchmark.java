package io.github.prepkit.bench;

import io.github.prepkit.resample.SMOTE;
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

/**
 * SMOTE, k = 5, to balanced classes on {@code cls_100k.csv} (100,000 x 20; classes of 89,589 and 10,411 rows): 79,178
 * new rows interpolated within the minority class, whose 10,411 rows each need their 6 nearest among themselves (the
 * peers' workload {@code smote_k5}, which times imbalanced-learn's {@code SMOTE(random_state=0).fit_resample}).
 * Reading the CSV is outside the timing; building the 179,178-row result table is inside it. Ours on one thread and
 * on two (the neighbour search is what runs in parallel); Smile 3.1.1 has no SMOTE to put beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(1)
public class SmoteBenchmark {

    private Table table;

    @Setup
    public void read() {
        table = BenchData.csv("cls_100k.csv");
    }

    @Benchmark
    public Table fitResampleOneThread() {
        return new SMOTE().kNeighbors(5).seed(0).nJobs(1).fitResample(table, "y");
    }

    @Benchmark
    public Table fitResampleTwoThreads() {
        return new SMOTE().kNeighbors(5).seed(0).nJobs(2).fitResample(table, "y");
    }
}
