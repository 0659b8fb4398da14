package io.github.prepkit.demo;

import io.github.prepkit.cli.ConsoleLogging;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo tour: {@code mvn -q compile exec:java} runs every topic in order;
 * {@code mvn -q exec:java -Dexec.args="pandas algorithms"} runs the named ones. An unknown topic
 * lists the known ones and exits with status 2.
 */
public final class Main {

    private static final List<Topic> TOPICS = List.of(
            new Topic("datasets", "the bundled data sets, their sizes and columns", DatasetsDemo::run),
            new Topic("pandas", "the pandas interview questions on the bundled tables", PandasExercisesDemo::run),
            new Topic("algorithms", "the interview coding challenges", AlgorithmsDemo::run),
            new Topic("preprocessing", "imputation, encoding, scaling and outliers, and what each step learned",
                    PreprocessingDemo::run),
            new Topic("features", "encoders and transforms that make features: ordinal and target codes, bins, power"
                    + " and quantile transforms, polynomial terms; PCA of wine, charted; feature selection in a pipeline",
                    FeaturesDemo::run),
            new Topic("models", "every model on a bundled data set: scores, predictions, charts", ModelsDemo::run),
            new Topic("evaluation", "a classifier judged on held-out rows: classification report, ROC and"
                    + " precision-recall curves, permutation importance, a learning curve, with charts",
                    EvaluationDemo::run),
            new Topic("imbalance", "SMOTE and BorderlineSMOTE on breast cancer: counts, chart, resampling the training"
                    + " rows only; the samplers compared by cross-validated balanced accuracy and geometric mean",
                    ImbalanceDemo::run),
            new Topic("search", "a leak-free pipeline impute -> scale -> SMOTE -> kNN on breast cancer, cross-validated and"
                    + " grid-searched: cv results, heat map", SearchDemo::run),
            new Topic("models-on-disk", "a fitted pipeline saved to a model file, inspected, loaded and predicting the"
                    + " same, bit for bit", ModelsOnDiskDemo::run));

    private Main() {
    }

    /**
     * Runs the topics named in {@code args} (all when none is given) and exits with {@link #run}'s status; log
     * warnings are printed as one line each among the topics' output ({@link ConsoleLogging}).
     */
    public static void main(String[] args) {
        // before any Tablesaw class loads; warnings on standard output, in order, under the topic they belong to
        ConsoleLogging.install(System.out);
        int status = run(args, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the named topics, printing to {@code out}; returns 0, or 2 (after listing the known topics)
     * if a name is unknown, in which case nothing runs.
     */
    public static int run(String[] args, PrintStream out) {
        Map<String, Topic> byName = new LinkedHashMap<>();
        TOPICS.forEach(topic -> byName.put(topic.name(), topic));
        List<String> names = args.length == 0 ? List.copyOf(byName.keySet()) : Arrays.asList(args);
        List<String> unknown = names.stream().filter(name -> !byName.containsKey(name)).toList();
        if (!unknown.isEmpty()) {
            out.println("Unknown topic " + String.join(", ", unknown) + ". Known topics:");
            TOPICS.forEach(topic -> out.printf("  %-15s %s%n", topic.name(), topic.summary()));
            return 2;
        }
        out.println("prepkit tour: " + String.join(", ", names));
        names.forEach(name -> byName.get(name).run(out));
        return 0;
    }
}
