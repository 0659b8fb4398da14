package io.github.prepkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The CSV files the peers' benchmark scripts generate ({@code ../shared/bench/gen_data.py}), so that our
 * benchmarks time the same data as scikit-learn's and Smile's. The folder is the system property
 * {@code prepkit.bench.data} (the pom passes {@code -Dbench.data}, default {@code /tmp/bench/data}).
 */
final class BenchData {

    private BenchData() {
    }

    /** The file {@code name} (e.g. {@code "cls_100k.csv"}) read as a table. */
    static Table csv(String name) {
        Path file = file(name);
        return Table.read().csv(CsvReadOptions.builder(file.toFile()).tableName(name));
    }

    /** The file {@code name}, which must exist. */
    static Path file(String name) {
        Path folder = Path.of(System.getProperty("prepkit.bench.data", "/tmp/bench/data"));
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " not found: copy ../shared/bench to /tmp/bench and run"
                    + " '/usr/bin/python3 gen_data.py' there, or pass -Dbench.data=<folder> to the benchmark command");
        }
        return file;
    }
}
