package io.github.prepkit.bench;

import io.github.prepkit.data.Csv;
import io.github.prepkit.data.CsvOptions;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.CrossValidationResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import tech.tablesaw.api.Table;

/**
 * Time to first result, as a user's first program costs it in a fresh JVM: read a 100,000 x 20 CSV with empty cells,
 * then 5-fold cross-validation (stratified and unshuffled, the default for a classifier) of the pipeline median
 * imputation, standard scaling, logistic regression (every step with its defaults), and print the mean accuracy.
 * Run as a process, whose wall time and peak memory are the caller's to measure ({@code /usr/bin/time -v}):
 * <pre>
 * java -cp "$(cat target/runtime-classpath.txt):target/classes:target/test-classes" \
 *     io.github.prepkit.bench.EndToEnd /tmp/bench/data/cls_100k_missing.csv [threads]
 * </pre>
 * with {@code threads} for the read and the folds (default -1, every core, as a user gets). Its twin
 * {@code src/test/resources/bench/end_to_end.py} writes the file if it is missing and prints the same mean accuracy.
 * Prints one JSON line: the mean accuracy (10 digits) and the milliseconds from the JVM's start to {@code main}, of
 * the read, of the cross-validation, and from the JVM's start to the end. To time it with an AppCDS archive
 * ({@code -XX:ArchiveClassesAtExit} once, then {@code -XX:SharedArchiveFile}), put the classes in jars
 * ({@code jar cf classes.jar -C target/classes .}, the same for the test classes): Java 17 refuses to archive with
 * a non-empty folder on the class path.
 */
public final class EndToEnd {

    private EndToEnd() {
    }

    /** {@code file [threads]}. */
    public static void main(String[] args) {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        long atMain = System.nanoTime();
        double toMain = Duration.between(started, Instant.now()).toNanos() / 1e6;
        Path file = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : -1;

        Table data = Csv.read(file, new CsvOptions().threads(threads));
        long beforeCrossValidation = System.nanoTime();
        Pipeline<?> pipeline = Pipeline.steps()
                .transform("impute", new SimpleImputer().strategy(SimpleImputer.Strategy.MEDIAN))
                .transform("scale", new StandardScaler())
                .classifier("logistic", new LogisticRegression());
        CrossValidationResult result = new CrossValidation().cv(5).nJobs(threads).evaluate(pipeline, data, "y");
        long end = System.nanoTime();

        System.out.printf("{\"lib\": \"prepkit\", \"threads\": %d, \"rows\": %d, \"mean_accuracy\": \"%.10f\","
                        + " \"to_main_ms\": %.1f, \"read_ms\": %.1f, \"cv_ms\": %.1f, \"jvm_start_to_end_ms\": %.1f}%n",
                threads, data.rowCount(), result.mean(), toMain, (beforeCrossValidation - atMain) / 1e6,
                (end - beforeCrossValidation) / 1e6, toMain + (end - atMain) / 1e6);
    }
}
