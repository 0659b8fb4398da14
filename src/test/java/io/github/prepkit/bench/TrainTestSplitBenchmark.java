package io.github.prepkit.bench;

import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
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
 * A train / test split of the 1,000,000 x 11 rows of {@code wide_1m.csv} (10 double columns and the string column
 * {@code cat}), test 0.2, seed 0: ours stratified on {@code cat} and plain, beside Tablesaw 0.44's own
 * {@code stratifiedSampleSplit} and {@code sampleSplit} (Smile has no split). scikit-learn's anchors are
 * {@code train_test_split_1m_frame} (plain) and the same call with {@code stratify=W["cat"]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class TrainTestSplitBenchmark {

    private Table wide;

    @Setup
    public void read() {
        wide = BenchData.csv("wide_1m.csv");
    }

    @Benchmark
    public Split stratified() {
        return new TrainTestSplit().testSize(0.2).stratify("cat").split(wide);
    }

    @Benchmark
    public Split plain() {
        return new TrainTestSplit().testSize(0.2).split(wide);
    }

    @Benchmark
    public Table[] tablesawStratified() {
        return wide.stratifiedSampleSplit(wide.stringColumn("cat"), 0.8);
    }

    @Benchmark
    public Table[] tablesawPlain() {
        return wide.sampleSplit(0.8);
    }
}
