package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FeaturesDemoTest {

    private static final Path CHART = Path.of("target", "charts", "wine-pca.png");

    private static String output;

    @BeforeAll
    static void runTheTopic() throws IOException {
        Files.deleteIfExists(CHART);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FeaturesDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        output = bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertPrinted(String expected) {
        assertTrue(output.contains(expected), "missing " + expected + " in\n" + output);
    }

    @Test
    void showsWhatEachEncoderAndTransformLearnedAndTheSkewnessTheyRemove() {
        for (String line : new String[] {"A: categories [blue, green, orange, purple, red, yellow]",
                " Omar  |              -1  |     93  |", "A: bin edges [68.0, 89.33333333333333, 93.66666666666667, 100.0]",
                "as measured                             1.040      1.098    0.768",
                "A: features out [1, alcohol, hue, alcohol^2, alcohol hue, hue^2]"}) {
            assertPrinted(line);
        }
    }

    @Test
    void theTargetEncodingTableCountsEachColoursStudentsAndMeanGrade() {
        Table students = Datasets.load("students");
        double[] grades = Columns.values(students, "grade");
        int[] blue = IntStream.range(0, grades.length)
                .filter(i -> students.stringColumn("favorite_color").get(i).equals("blue")).toArray();
        assertPrinted(String.format("  %-8s %8d %11.2f ", "blue", blue.length,
                Arrays.stream(blue).mapToDouble(i -> grades[i]).average().orElseThrow()));
        assertPrinted(String.format("the mean of all grades is %.2f;", Arrays.stream(grades).average().orElseThrow()));
        assertPrinted("fitTransform");
    }

    @Test
    void theExplainedVarianceRatiosAreTheCorrelationMatrixsLargestEigenvaluesOverThirteenAndTheChartIsWritten()
            throws IOException {
        Table wine = Columns.without(Datasets.load("wine"), "cultivar");
        double[][] rows = new double[wine.rowCount()][wine.columnCount()];
        for (int j = 0; j < wine.columnCount(); j++) {
            double[] column = Columns.values(wine, wine.column(j).name());
            for (int i = 0; i < rows.length; i++) {
                rows[i][j] = column[i];
            }
        }
        double[] eigenvalues = new EigenDecomposition(new PearsonsCorrelation(rows).getCorrelationMatrix())
                .getRealEigenvalues();
        Arrays.sort(eigenvalues);
        int last = eigenvalues.length - 1;
        assertEquals(13, eigenvalues.length);
        assertPrinted(String.format("explained variance ratios %.4f and %.4f", eigenvalues[last] / 13,
                eigenvalues[last - 1] / 13));
        assertTrue(Files.size(CHART) > 10_000, "the PCA chart is written");
    }

    @Test
    void selectionIsCrossValidatedWithAndWithoutOnWineWithNoise() {
        Table noisy = FeaturesDemo.withNoise(Datasets.load("wine"));
        assertEquals(14 + FeaturesDemo.NOISE_COLUMNS, noisy.columnCount());
        assertEquals("cultivar", noisy.column(noisy.columnCount() - 1).name());
        assertPrinted("scale -> kNN ");
        assertPrinted("scale -> SelectKBest(k = 13) -> kNN ");
        assertPrinted(noisy.rowCount() + " rows x " + (noisy.columnCount() - 1) + " features");
    }
}
