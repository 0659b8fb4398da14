package io.github.prepkit.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import smile.data.DataFrame;
import tech.tablesaw.api.Table;

/**
 * The peers' classification workload, cls_100k.csv (100,000 rows x 20 features f0..f19, int target y), read once
 * per benchmark run: as a Tablesaw table for ours and as a Smile DataFrame for Smile's.
 */
@State(Scope.Benchmark)
public class Cls100k {

    Table table;
    DataFrame frame;

    @Setup
    public void read() {
        table = BenchData.csv("cls_100k.csv");
        frame = SmileData.frame(table, "y");
    }
}
