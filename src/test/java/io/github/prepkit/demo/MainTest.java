package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    private record Run(int status, String output) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFullTourRunsEveryTopicWithQuestionsAndAnswers() {
        Run tour = run();
        assertEquals(0, tour.status());
        assertTrue(tour.output().startsWith("prepkit tour: datasets, pandas, algorithms, preprocessing, features, models, evaluation, imbalance, search, models-on-disk"), tour.output());
        for (String heading : new String[] {"Bundled data sets", "Median rainfall on rainy days",
                "Median imputation of cheese prices", "Students by grade and colour", "One-sample t statistic",
                "Digit accumulator", "First non-repeating character", "Merge sorted lists", "Rectangle overlap",
                "Palindrome permutation", "Missing number", "Forward-fill nulls", "Trapped rain water",
                "Brute-force PIN", "Cross-validating a pipeline", "Grid search over the pipeline's kNN",
                "Saved, and inspected without loading",
                "Classification report: precision, recall and F1 per class", "Learning curve of the logistic regression",
                "PCA: wine's 13 measurements seen in two dimensions"}) {
            assertTrue(tour.output().contains("== " + heading + " "), "missing section " + heading);
        }
    }

    @Test
    void oneTopicRunsAloneWithItsAnswers() {
        Run algorithms = run("algorithms");
        assertEquals(0, algorithms.status());
        assertTrue(algorithms.output().contains("Input: \"-12.509\"\nA: 17"), algorithms.output());
        assertTrue(algorithms.output().contains("A: [1, 1, 2, 3, 3, 3, 5, 5]"), algorithms.output());
        assertFalse(algorithms.output().contains("Median rainfall"));
    }

    @Test
    void thePandasTopicShowsInputRowsAndAnswers() {
        Run pandas = run("pandas");
        assertEquals(0, pandas.status());
        assertTrue(pandas.output().contains("Input: rainfall, 42 rows x 2 columns (first 5 shown)"), pandas.output());
        assertTrue(pandas.output().contains("A: 7 rows"), pandas.output());
        assertTrue(pandas.output().contains("47 degrees of freedom"), pandas.output());
    }

    @Test
    void thePreprocessingTopicComparesImputersAndWritesTheOutlierChart() throws IOException {
        Path chart = Path.of("target", "charts", "wine-outliers.png");
        Files.deleteIfExists(chart);
        Run preprocessing = run("preprocessing");
        assertEquals(0, preprocessing.status());
        assertTrue(preprocessing.output().contains("A: learned [price] -> [18.95]; indicators [price]"), preprocessing.output());
        assertTrue(preprocessing.output().contains("IterativeImputer (Bayes)"), preprocessing.output());
        assertTrue(preprocessing.output().contains("mahalanobis  flags  12 rows"), preprocessing.output());
        assertTrue(Files.size(chart) > 10_000, "the chart is written");
    }

    @Test
    void theModelsTopicScoresEveryModelAndWritesItsCharts() throws IOException {
        Path kmeans = Path.of("target", "charts", "kmeans-iris.png");
        Path loss = Path.of("target", "charts", "gradient-descent-loss.png");
        Files.deleteIfExists(kmeans);
        Files.deleteIfExists(loss);
        Run models = run("models");
        assertEquals(0, models.status());
        for (String line : new String[] {"kNN (k = 5), iris", "random forest (100 trees), breast cancer",
                "gradient boosting (100 stages), breast cancer", "|--- worst_perimeter <= ", "LinearRegression (least squares)",
                "inertia ", "kNN(5, iris, [6.1, 2.9, 4.7, 1.4]) = versicolor"}) {
            assertTrue(models.output().contains(line), "missing " + line + " in\n" + models.output());
        }
        assertTrue(Files.size(kmeans) > 10_000 && Files.size(loss) > 10_000, "both charts are written");
    }

    @Test
    void anUnknownTopicListsTheKnownOnesAndRunsNothing() {
        Run unknown = run("pandas", "sklearn");
        assertEquals(2, unknown.status());
        assertTrue(unknown.output().startsWith("Unknown topic sklearn. Known topics:"), unknown.output());
        for (String topic : new String[] {"datasets", "pandas", "algorithms", "preprocessing", "features", "models", "evaluation",
                "imbalance", "search", "models-on-disk"}) {
            assertTrue(unknown.output().contains("  " + topic + " "), unknown.output());
        }
        assertFalse(unknown.output().contains("Median rainfall"));
    }
}
