package io.github.prepkit.bench;

import io.github.prepkit.data.Csv;
import io.github.prepkit.data.CsvOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import tech.tablesaw.api.Table;

/**
 * Times one CSV read in a fresh JVM, as a user's first read costs: run as a process, it prints one JSON line with the
 * milliseconds from the JVM's start to {@code main}, of loading Tablesaw's table classes (an empty
 * {@code Table.create}, which loads what any table needs: its column types, parsers and their registries), of the
 * read itself (also as the CPU time of every thread of the process during the read, compilers and collector included,
 * which a loaded machine inflates less than the wall time), and from the JVM's start to the end. The whole process's wall time is the caller's to measure. Run:
 * <pre>
 * java -cp "$(cat target/runtime-classpath.txt):target/classes:target/test-classes" \
 *     io.github.prepkit.bench.CsvReadProbe csv /tmp/bench/data/cls_100k.csv 2
 * </pre>
 * with {@code csv} for {@link Csv#read} on the given threads or {@code tablesaw} for {@code Table.read().csv}; its
 * twin for pandas is {@code src/test/resources/bench/csv_peers.py}. A fourth argument {@code first} leaves out the
 * separate empty {@code Table.create}, so that the read pays for Tablesaw's classes as a user's first read does
 * ({@code tablesaw_classes_ms} is then 0; {@link Csv#read} starts loading them as it begins, alongside the parse).
 */
public final class CsvReadProbe {

    private CsvReadProbe() {
    }

    /** The CPU time of every thread of this process so far (to the OS's clock tick, 10 ms on Linux). */
    private static Duration cpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow();
    }

    /** {@code csv|tablesaw file [threads [first]]}. */
    public static void main(String[] args) {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        long atMain = System.nanoTime();
        double toMain = Duration.between(started, Instant.now()).toNanos() / 1e6;
        String reader = args[0];
        Path file = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        boolean separate = args.length <= 3 || !args[3].equals("first");
        long beforeTablesaw = System.nanoTime();
        if (separate) {
            Table.create("probe");
        }
        Duration cpuBeforeRead = cpuTime();
        long beforeRead = System.nanoTime();
        Table table = reader.equals("csv") ? Csv.read(file, new CsvOptions().threads(threads))
                : Table.read().csv(file.toFile());
        long end = System.nanoTime();
        long readCpu = cpuTime().minus(cpuBeforeRead).toNanos();
        System.out.printf("{\"lib\": \"%s\", \"threads\": %d, \"separate_table_create\": %b, \"rows\": %d,"
                        + " \"to_main_ms\": %.1f,"
                        + " \"tablesaw_classes_ms\": %.1f, \"read_ms\": %.1f, \"read_cpu_ms\": %.1f,"
                        + " \"jvm_start_to_end_ms\": %.1f}%n",
                reader.equals("csv") ? "prepkit Csv" : "Tablesaw", threads, separate, table.rowCount(), toMain,
                (beforeRead - beforeTablesaw) / 1e6, (end - beforeRead) / 1e6, readCpu / 1e6, toMain + (end - atMain) / 1e6);
    }
}
