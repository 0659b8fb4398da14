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
 * SMOTE, k = 5, to balanced classes on {@code cls_100k.csv} (100,000 x 20, 90,000 / 10,000 rows): 80,000 new rows
 * interpolated within the 10,000-row minority class (the peers' workload {@code smote_k5}, which times
 * imbalanced-learn's {@code SMOTE(random_state=0).fit_resample}). Reading the CSV is outside the timing; building
 * the 180,000-row result table is inside it. Ours on one thread; Smile 3.1.1 has no SMOTE.
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
}
