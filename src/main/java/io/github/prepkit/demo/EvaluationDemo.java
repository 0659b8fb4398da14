package io.github.prepkit.demo;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.inspection.LearningCurve;
import io.github.prepkit.inspection.LearningCurveResult;
import io.github.prepkit.inspection.PermutationImportance;
import io.github.prepkit.inspection.PermutationImportanceResult;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.metrics.PrecisionRecallCurve;
import io.github.prepkit.metrics.RankingMetrics;
import io.github.prepkit.metrics.RocCurve;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.plot.BarChart;
import io.github.prepkit.plot.LearningCurveChart;
import io.github.prepkit.plot.PrecisionRecallChart;
import io.github.prepkit.plot.RocChart;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.selection.Split;
import io.github.prepkit.selection.TrainTestSplit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code evaluation} topic: on breast cancer's held-out rows, a logistic regression's classification report (as a
 * table and as scikit-learn's text) with Matthews' correlation and Cohen's kappa; its ROC and precision-recall curves
 * beside a random forest's, with their areas, charted to {@code target/charts/evaluation-roc.png} and
 * {@code evaluation-precision-recall.png}; the forest's permutation importances ({@code evaluation-permutation-importance.png});
 * and the logistic regression's learning curve ({@code evaluation-learning-curve.png}). Small forest, few repeats:
 * the topic takes seconds.
 */
final class EvaluationDemo {

    private static final String TARGET = "diagnosis";
    /** How many of the most important features the importance table and chart show. */
    private static final int TOP = 10;

    private EvaluationDemo() {
    }

    /** The logistic regression on standardised columns that the report, the curves and the learning curve evaluate. */
    static ClassifierPipeline logistic() {
        return Pipeline.steps().transform("scale", new StandardScaler()).classifier("logistic", new LogisticRegression());
    }

    /** The forest whose curves are drawn beside the logistic regression's and whose importances are measured. */
    static RandomForestClassifier forest() {
        return new RandomForestClassifier().nEstimators(50).seed(0);
    }

    /** The stratified 75 / 25 split of breast cancer every section but the learning curve uses. */
    static Split split() {
        return new TrainTestSplit().stratify(TARGET).seed(0).split(Datasets.load("breast_cancer"));
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        Split split = split();
        Table features = Columns.without(split.test(), TARGET);
        Column<?> truth = split.test().column(TARGET);
        Map<String, ClassifierModel> models = new LinkedHashMap<>();
        models.put("logistic regression", logistic().fit(split.train(), TARGET));
        models.put("random forest", forest().fit(split.train(), TARGET));
        report(tour, out, split, models.get("logistic regression").predict(features));
        curves(tour, out, features, truth, models);
        importance(tour, out, models.get("random forest"), features, truth);
        learningCurve(tour, out);
    }

    private static void report(Tour tour, PrintStream out, Split split, Column<?> predicted) {
        Column<?> truth = split.test().column(TARGET);
        tour.heading("Classification report: precision, recall and F1 per class");
        tour.question("A logistic regression on standardised columns, fitted on " + split.train().rowCount()
                + " tumours: how well does it classify the " + split.test().rowCount() + " held-out ones, class by"
                + " class?");
        tour.input("breast cancer, stratified 75 / 25 split (seed 0); the report counts the held-out rows");
        tour.answer(ClassificationMetrics.confusionMatrix(truth, predicted));
        tour.answer(Tour.rounded(ClassificationMetrics.classificationReport(truth, predicted)));
        out.println("The same as scikit-learn's classification_report prints it:");
        out.print(ClassificationMetrics.classificationReportText(truth, predicted, 3));
        tour.answer("precision: of the tumours called malignant, the share that are; recall: of the malignant tumours,"
                + " the share found; F1: their harmonic mean; support: the rows of each class.");
        out.printf("  Matthews correlation %.4f, Cohen's kappa %.4f (1 for perfect predictions, 0 for chance"
                + " agreement)%n", ClassificationMetrics.matthewsCorrcoef(truth, predicted),
                ClassificationMetrics.cohenKappa(truth, predicted));
    }

    private static void curves(Tour tour, PrintStream out, Table features, Column<?> truth,
            Map<String, ClassifierModel> models) {
        tour.heading("ROC and precision-recall curves");
        tour.question("Ranking the held-out tumours by the predicted probability of malignant, how well do the two"
                + " models put the malignant ones first, whatever the threshold?");
        tour.input("the probability of malignant (the positive class) of each of the " + features.rowCount()
                + " held-out rows, from the logistic regression and from a random forest of 50 trees");
        RocChart roc = new RocChart("Breast cancer, held-out rows: ROC curves");
        PrecisionRecallChart precisionRecall = new PrecisionRecallChart("Breast cancer, held-out rows:"
                + " precision-recall curves");
        out.printf("  %-20s %8s %18s %8s%n", "model", "ROC AUC", "average precision", "points");
        models.forEach((name, model) -> {
            Table probabilities = model.predictProba(features);
            RocCurve rocCurve = RankingMetrics.rocCurve(truth, probabilities);
            PrecisionRecallCurve prCurve = RankingMetrics.precisionRecallCurve(truth, probabilities);
            roc.curve(name, rocCurve);
            precisionRecall.curve(name, prCurve);
            out.printf("  %-20s %8.4f %18.4f %8d%n", name, rocCurve.area(), prCurve.averagePrecision(),
                    rocCurve.fpr().length);
        });
        tour.answer("ROC AUC is the chance that a malignant tumour is ranked above a benign one; average precision"
                + " the precision averaged over the recall levels reached. 'points' counts the ROC curve's corners"
                + " (intermediate points on straight stretches dropped, as scikit-learn does).");
        tour.answer("charts: " + roc.save(Path.of("target", "charts", "evaluation-roc.png")) + ", "
                + precisionRecall.save(Path.of("target", "charts", "evaluation-precision-recall.png")));
    }

    private static void importance(Tour tour, PrintStream out, ClassifierModel forest, Table features,
            Column<?> truth) {
        PermutationImportanceResult result = new PermutationImportance().nRepeats(5).seed(0)
                .compute(forest, features, truth);
        tour.heading("Permutation importance of the random forest");
        tour.question("How much does the forest's held-out accuracy drop when one measurement's values are shuffled"
                + " among the rows?");
        tour.input("the forest of 50 trees, the " + features.rowCount() + " held-out rows, each of the "
                + features.columnCount() + " columns shuffled 5 times (seed 0)");
        Table top = result.table().first(TOP);
        tour.answer(String.format("baseline accuracy %.4f; the %d largest mean drops:", result.baselineScore(), TOP));
        out.println(Tour.rounded(top).printAll());
        long unused = Arrays.stream(result.importances()).filter(drops -> Arrays.stream(drops).allMatch(d -> d == 0))
                .count();
        Path chart = new BarChart("Random forest on breast cancer: permutation importance (held-out rows)", "feature",
                "mean drop in accuracy", top.stringColumn("feature").asList())
                .bars("importance", top.doubleColumn("importance_mean").asDoubleArray())
                .save(Path.of("target", "charts", "evaluation-permutation-importance.png"));
        tour.answer(unused + " of " + features.columnCount() + " columns leave the accuracy unchanged in all 5 shuffles."
                + " Many"
                + " measurements are correlated (radius, perimeter and area): shuffle one and the trees still read its"
                + " twins, so each looks less important than the information it carries. Each drop of 1/"
                + features.rowCount() + " = " + String.format("%.4f", 1.0 / features.rowCount()) + " is one more"
                + " tumour misclassified. Chart: " + chart);
    }

    private static void learningCurve(Tour tour, PrintStream out) {
        Table cancer = Datasets.load("breast_cancer");
        LearningCurveResult curve = new LearningCurve().shuffle(true).seed(0).evaluate(logistic(), cancer, TARGET);
        tour.heading("Learning curve of the logistic regression");
        tour.question("Would more tumours help? How do the training and cross-validated accuracies change with the"
                + " number of training rows?");
        tour.input("all " + cancer.rowCount() + " tumours in 5 stratified folds; in each, the logistic regression is"
                + " fitted on the first 10 %, 32.5 %, 55 %, 77.5 % and 100 % of the fold's training rows (shuffled,"
                + " seed 0) and scored on them and on the fold's test rows");
        double[] trainMean = curve.scores().trainMean();
        double[] testMean = curve.scores().testMean();
        double[] testStd = curve.scores().testStd();
        out.printf("  %13s %15s %26s%n", "training rows", "training score", "test score (mean +/- std)");
        int[] sizes = curve.trainSizes();
        for (int s = 0; s < sizes.length; s++) {
            out.printf("  %13d %15.4f %17.4f +/- %.4f%n", sizes[s], trainMean[s], testMean[s], testStd[s]);
        }
        Path chart = new LearningCurveChart("Breast cancer: learning curve of a logistic regression", "accuracy", curve)
                .save(Path.of("target", "charts", "evaluation-learning-curve.png"));
        tour.answer("the training score stays above the test score and the gap narrows as rows are added: a model that"
                + " no longer gains much from more data. Chart: " + chart);
    }
}
