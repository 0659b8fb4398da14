package io.github.prepkit.bench;

import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.tree.Tree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Saving and loading a forest of 100 trees of depth 10 fitted on cls_100k.csv (100,000 rows x 20 features), beside
 * scikit-learn's {@code joblib.dump} and {@code joblib.load} of its forest of the same shape
 * ({@code src/test/resources/bench/model_files_joblib.py}, run in the same sitting). One thread. Setup prints the
 * file's size against the raw bytes of the trees' arrays. Run:
 * {@code mvn -q test-compile exec:exec@bench -Dbench=ModelFilesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ModelFilesBenchmark {

    private RandomForestClassifierModel forest;
    private Path file;

    @Setup
    public void fit() throws IOException {
        forest = new RandomForestClassifier().nEstimators(100).maxDepth(10).seed(0).nJobs(2)
                .fit(BenchData.csv("cls_100k.csv"), "y");
        file = Files.createTempFile("forest", ".prepkit");
        ModelFiles.save(forest, file);
        long nodes = forest.trees().stream().mapToLong(Tree::nodeCount).sum();
        long raw = forest.trees().stream().mapToLong(tree -> tree.nodeCount() * (4L + 8 + 4 + 4 + 8 + 4 + 8)
                + 8L * tree.values().length).sum();
        System.out.printf("%n%d trees, %d nodes; file %d bytes; raw bytes of the arrays %d; ratio %.3f%n",
                forest.trees().size(), nodes, Files.size(file), raw, Files.size(file) / (double) raw);
    }

    @Benchmark
    public Path save() throws IOException {
        ModelFiles.save(forest, file);
        return file;
    }

    @Benchmark
    public RandomForestClassifierModel load() throws IOException {
        return ModelFiles.load(file, RandomForestClassifierModel.class);
    }
}
