package io.github.prepkit.demo;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.metrics.Average;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.plot.BarChart;
import io.github.prepkit.plot.XYPlot;
import io.github.prepkit.resample.ADASYN;
import io.github.prepkit.resample.BorderlineSMOTE;
import io.github.prepkit.resample.EditedNearestNeighbours;
import io.github.prepkit.resample.NearMiss;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTEENN;
import io.github.prepkit.resample.SMOTETomek;
import io.github.prepkit.resample.TomekLinks;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.CrossValidation;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.StratifiedKFold;
import io.github.prepkit.selection.TrainTestSplit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code imbalance} topic: SMOTE on breast cancer (212 malignant, 357 benign tumours), the class counts before and
 * after, where the new rows lie (charted to {@code target/charts/smote-breast-cancer.png}), BorderlineSMOTE's rows
 * near the border, why only the training rows are resampled, and the samplers compared on one data set: class counts
 * after each, and a pipeline's cross-validated balanced accuracy and geometric mean with each (charted to
 * {@code target/charts/imbalance-samplers.png}).
 */
final class ImbalanceDemo {

    private static final String TARGET = "diagnosis";
    private static final String X = "mean_radius";
    private static final String Y = "mean_texture";

    private ImbalanceDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        Table cancer = Datasets.load("breast_cancer");
        Table balanced = new SMOTE().seed(0).fitResample(cancer, TARGET);
        balancing(tour, cancer, balanced);
        borderline(tour, out, cancer, balanced);
        trainingRowsOnly(tour, out);
        compared(tour, out);
    }

    private static void balancing(Tour tour, Table cancer, Table balanced) {
        tour.heading("SMOTE: synthetic malignant tumours");
        tour.question("Balance the diagnoses by adding malignant rows between malignant rows and their 5 nearest"
                + " malignant neighbours.");
        tour.input("breast cancer, " + cancer.rowCount() + " rows x " + (cancer.columnCount() - 1)
                + " numeric features; diagnosis counts " + counts(cancer));
        tour.answer("after SMOTE: " + counts(balanced) + "; the " + (balanced.rowCount() - cancer.rowCount())
                + " new rows come after the originals:");
        tour.answer(balanced.selectColumns(X, Y, "mean_area", TARGET).inRange(cancer.rowCount(), cancer.rowCount() + 3));
        tour.answer("chart of " + X + " against " + Y + ": " + chart(cancer, balanced));
    }

    private static void borderline(Tour tour, PrintStream out, Table cancer, Table balanced) {
        Table border = new BorderlineSMOTE().seed(0).fitResample(cancer, TARGET);
        tour.heading("BorderlineSMOTE: new rows only where the classes meet");
        tour.question("Where do the new malignant rows lie when only rows whose 10 nearest neighbours are mostly"
                + " benign may grow?");
        out.printf("  mean %s of the benign rows %.2f, of the malignant rows %.2f%n", X,
                mean(cancer, X, 0, cancer.rowCount(), "benign"), mean(cancer, X, 0, cancer.rowCount(), "malignant"));
        out.printf("  mean %s of the new rows: SMOTE %.2f, BorderlineSMOTE %.2f%n", X,
                mean(balanced, X, cancer.rowCount(), balanced.rowCount(), "malignant"),
                mean(border, X, cancer.rowCount(), border.rowCount(), "malignant"));
        tour.answer("borderline rows sit between the classes, SMOTE's among all malignant rows; counts " + counts(border));
    }

    private static void trainingRowsOnly(Tour tour, PrintStream out) {
        Split split = new TrainTestSplit().stratify(TARGET).seed(0).split(Datasets.load("breast_cancer"));
        Table train = split.train();
        Map<String, Table> runs = new LinkedHashMap<>();
        runs.put("as they are", train);
        runs.put("balanced by SMOTE", new SMOTE().seed(0).fitResample(train, TARGET));
        runs.put("balanced by BorderlineSMOTE", new BorderlineSMOTE().seed(0).fitResample(train, TARGET));
        tour.heading("Resample the training rows only");
        tour.question("Does kNN (k = 5) find more malignant tumours when trained on balanced rows?");
        tour.input("stratified 75 / 25 split: training counts " + counts(train) + ", test counts " + counts(split.test())
                + "; the test rows are left as they are, so the scores count real tumours only");
        out.printf("  %-30s %9s %17s%n", "training rows", "accuracy", "malignant recall");
        Table features = Columns.without(split.test(), TARGET);
        Column<?> truth = split.test().column(TARGET);
        runs.forEach((name, rows) -> {
            Column<?> predicted = new KNeighborsClassifier().fit(rows, TARGET).predict(features);
            out.printf("  %-30s %9.3f %17.3f%n", name, ClassificationMetrics.accuracy(truth, predicted),
                    ClassificationMetrics.recall(truth, predicted, Average.binary("malignant")));
        });
        tour.answer("one split of 53 malignant test tumours: each 0.019 of recall is one tumour. Resampling before the"
                + " split would leak: synthetic rows built from test tumours would sit in training.");
    }

    /** The samplers of the comparison, by name; the first resamples nothing. */
    private static Map<String, Sampler> samplers() {
        Map<String, Sampler> samplers = new LinkedHashMap<>();
        samplers.put("none", (data, target) -> data);
        samplers.put("RandomOverSampler", new RandomOverSampler().seed(0));
        samplers.put("RandomUnderSampler", new RandomUnderSampler().seed(0));
        samplers.put("SMOTE", new SMOTE().seed(0));
        samplers.put("BorderlineSMOTE", new BorderlineSMOTE().seed(0));
        samplers.put("ADASYN", new ADASYN().seed(0));
        samplers.put("TomekLinks", new TomekLinks());
        samplers.put("EditedNearestNeighbours", new EditedNearestNeighbours());
        samplers.put("NearMiss-1", new NearMiss());
        samplers.put("SMOTEENN", new SMOTEENN().seed(0));
        samplers.put("SMOTETomek", new SMOTETomek().seed(0));
        return samplers;
    }

    private static void compared(Tour tour, PrintStream out) {
        Table cancer = Datasets.load("breast_cancer");
        tour.heading("Samplers compared on one data set");
        tour.question("Which sampler helps a 5-nearest-neighbour classifier most on breast cancer, by balanced accuracy"
                + " and geometric mean over 5 stratified folds, each sampler resampling the training folds only?");
        tour.input("breast cancer, diagnosis counts " + counts(cancer) + "; pipeline scale -> sampler -> kNN (k = 5)");
        out.printf("  %-24s %-30s %18s %15s%n", "sampler", "counts after resampling all rows", "balanced accuracy",
                "geometric mean");
        Map<String, Sampler> samplers = samplers();
        double[] balanced = new double[samplers.size()];
        double[] geometric = new double[samplers.size()];
        int s = 0;
        for (Map.Entry<String, Sampler> sampler : samplers.entrySet()) {
            ClassifierPipeline pipeline = Pipeline.steps().transform("scale", new StandardScaler())
                    .resample("sampler", sampler.getValue()).classifier("knn", new KNeighborsClassifier());
            CrossValidation cv = new CrossValidation().cv(new StratifiedKFold(5, true, 0)).nJobs(1);
            balanced[s] = cv.scoring(Scoring.BALANCED_ACCURACY).evaluate(pipeline, cancer, TARGET).mean();
            geometric[s] = cv.scoring(Scoring.GEOMETRIC_MEAN).evaluate(pipeline, cancer, TARGET).mean();
            out.printf("  %-24s %-30s %18.3f %15.3f%n", sampler.getKey(),
                    counts(sampler.getValue().fitResample(cancer, TARGET)), balanced[s], geometric[s]);
            s++;
        }
        Path chart = new BarChart("Breast cancer: kNN after each sampler, 5-fold cross-validated", "sampler", "score",
                List.copyOf(samplers.keySet())).bars("balanced accuracy", balanced).bars("geometric mean", geometric)
                .save(Path.of("target", "charts", "imbalance-samplers.png"));
        tour.answer("chart of the scores: " + chart + "; each score is the mean of 5 folds of about 114 tumours, 43"
                + " of them malignant: one more malignant tumour found adds 1/86 = 0.012 to a fold's balanced accuracy.");
    }

    private static Map<String, Integer> counts(Table table) {
        Map<String, Integer> counts = new TreeMap<>();
        table.stringColumn(TARGET).forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts;
    }

    private static double mean(Table table, String column, int from, int to, String label) {
        return IntStream.range(from, to).filter(i -> table.stringColumn(TARGET).get(i).equals(label))
                .mapToDouble(i -> table.numberColumn(column).getDouble(i)).average().orElse(Double.NaN);
    }

    private static Path chart(Table cancer, Table balanced) {
        int originals = cancer.rowCount();
        return new XYPlot("Breast cancer before and after SMOTE", X, Y)
                .points("benign", values(balanced, X, 0, originals, "benign"), values(balanced, Y, 0, originals, "benign"))
                .points("malignant", values(balanced, X, 0, originals, "malignant"),
                        values(balanced, Y, 0, originals, "malignant"))
                .points("synthetic malignant (SMOTE)", values(balanced, X, originals, balanced.rowCount(), "malignant"),
                        values(balanced, Y, originals, balanced.rowCount(), "malignant"))
                .save(Path.of("target", "charts", "smote-breast-cancer.png"));
    }

    private static double[] values(Table table, String column, int from, int to, String label) {
        return IntStream.range(from, to).filter(i -> table.stringColumn(TARGET).get(i).equals(label))
                .mapToDouble(i -> table.numberColumn(column).getDouble(i)).toArray();
    }
}
