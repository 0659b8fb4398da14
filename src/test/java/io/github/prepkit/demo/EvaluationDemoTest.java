package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.selection.Split;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code evaluation} topic's numbers, recomputed here from the models' predictions by the textbook formulas (counts
 * of the confusion matrix, pairs of rows for the ROC area), and its charts written.
 */
class EvaluationDemoTest {

    private static final List<String> CHARTS = List.of("evaluation-roc.png", "evaluation-precision-recall.png",
            "evaluation-permutation-importance.png", "evaluation-learning-curve.png");

    private static String output;
    private static double seconds;
    private static Table features;
    private static Column<?> truth;

    @BeforeAll
    static void runTheTopic() throws IOException {
        for (String chart : CHARTS) {
            Files.deleteIfExists(Path.of("target", "charts", chart));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long start = System.nanoTime();
        EvaluationDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        seconds = (System.nanoTime() - start) / 1e9;
        output = bytes.toString(StandardCharsets.UTF_8);
        Split split = EvaluationDemo.split();
        features = Columns.without(split.test(), "diagnosis");
        truth = split.test().column("diagnosis");
    }

    private static void assertPrinted(String expected) {
        assertTrue(output.contains(expected), "missing " + expected + " in\n" + output);
    }

    @Test
    void theReportAndTheAgreementScoresMatchTheConfusionCounts() {
        ClassifierModel logistic = EvaluationDemo.logistic().fit(EvaluationDemo.split().train(), "diagnosis");
        Column<?> predicted = logistic.predict(features);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < truth.size(); i++) {
            boolean malignant = truth.getString(i).equals("malignant");
            boolean called = predicted.getString(i).equals("malignant");
            tp += malignant && called ? 1 : 0;
            fp += !malignant && called ? 1 : 0;
            fn += malignant && !called ? 1 : 0;
            tn += !malignant && !called ? 1 : 0;
        }
        double precision = tp / (tp + fp);
        double recall = tp / (tp + fn);
        assertPrinted(String.format("%12s  %9.3f %9.3f %9.3f %9d", "malignant", precision, recall,
                2 * precision * recall / (precision + recall), (int) (tp + fn)));
        double n = tp + fp + fn + tn;
        double mcc = (tp * tn - fp * fn) / Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        double chance = ((tp + fp) * (tp + fn) + (tn + fn) * (tn + fp)) / (n * n);
        double kappa = ((tp + tn) / n - chance) / (1 - chance);
        assertPrinted(String.format("Matthews correlation %.4f, Cohen's kappa %.4f", mcc, kappa));
    }

    @Test
    void theRocAreasAreTheShareOfMalignantBenignPairsRankedRight() {
        ClassifierModel logistic = EvaluationDemo.logistic().fit(EvaluationDemo.split().train(), "diagnosis");
        ClassifierModel forest = EvaluationDemo.forest().fit(EvaluationDemo.split().train(), "diagnosis");
        assertPrinted(String.format("  %-20s %8.4f", "logistic regression", pairArea(logistic)));
        assertPrinted(String.format("  %-20s %8.4f", "random forest", pairArea(forest)));
    }

    private static double pairArea(ClassifierModel model) {
        double[] malignant = model.predictProba(features).doubleColumn("malignant").asDoubleArray();
        double right = 0;
        double pairs = 0;
        for (int i = 0; i < malignant.length; i++) {
            for (int j = 0; j < malignant.length; j++) {
                if (truth.getString(i).equals("malignant") && truth.getString(j).equals("benign")) {
                    pairs++;
                    right += malignant[i] > malignant[j] ? 1 : malignant[i] == malignant[j] ? 0.5 : 0;
                }
            }
        }
        return right / pairs;
    }

    @Test
    void theImportanceBaselineIsTheForestsAccuracyAndTheCurveUsesFlooredFractionsOfAFold() {
        Column<?> predicted = EvaluationDemo.forest().fit(EvaluationDemo.split().train(), "diagnosis").predict(features);
        long right = IntStream.range(0, truth.size())
                .filter(i -> truth.getString(i).equals(predicted.getString(i))).count();
        assertPrinted(String.format("A: baseline accuracy %.4f;", right / (double) truth.size()));
        int foldTraining = 569 - 114; // 569 = 4 x 114 + 113: the first of 5 stratified folds holds 114 rows out
        for (double fraction : new double[] {0.1, 0.325, 0.55, 0.775}) {
            assertPrinted(String.format("%n  %13d ", (int) Math.floor(fraction * foldTraining)));
        }
    }

    @Test
    void everyChartIsWrittenAndTheTopicIsQuick() throws IOException {
        for (String chart : CHARTS) {
            assertTrue(Files.size(Path.of("target", "charts", chart)) > 10_000, chart + " is written");
            assertPrinted("target/charts/" + chart);
        }
        assertTrue(seconds < 30, "the topic took " + seconds + " s");
    }
}
