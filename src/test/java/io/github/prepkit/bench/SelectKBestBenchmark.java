package io.github.prepkit.bench;

import io.github.prepkit.data.Columns;
import io.github.prepkit.featureselection.ScoreFunction;
import io.github.prepkit.featureselection.SelectKBest;
import io.github.prepkit.featureselection.SelectKBestModel;
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
 * SelectKBest(f_classif, k 20) fit on 100,000 x 200 features with a 3-class target (issue 14's workload), on one
 * thread as the fit is: the file {@code cls_100k_x200.csv} that {@code src/test/resources/bench/feature_selection_peers.py}
 * writes and times scikit-learn on, so both libraries see the same values. Two warm-ups, then 5 single shots, as the
 * script's best of 5 after a warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class SelectKBestBenchmark {

    private Table features;
    private Column<?> target;

    @Setup
    public void read() {
        Table table = BenchData.csv("cls_100k_x200.csv");
        features = Columns.without(table, "y");
        target = table.column("y");
    }

    @Benchmark
    public SelectKBestModel selectKBestFClassif() {
        return new SelectKBest().scoreFunc(ScoreFunction.F_CLASSIF).k(20).fit(features, target);
    }
}
