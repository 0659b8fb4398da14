package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Expected values from imbalanced-learn 0.10.0's docstrings and by hand (written next to each). */
class ImbalanceMetricsTest {

    private static final StringColumn ANIMALS_TRUE = StringColumn.create("y", "cat", "dog", "pig", "cat", "dog", "pig");
    private static final StringColumn ANIMALS_PRED = StringColumn.create("p", "cat", "pig", "dog", "cat", "cat", "dog");
    /** imbalanced-learn's docstring example: recalls 1, 0, 0; specificities 0.75, 0.5, 0.75. */
    private static final IntColumn DIGITS_TRUE = IntColumn.create("y", 0, 1, 2, 0, 1, 2);
    private static final IntColumn DIGITS_PRED = IntColumn.create("p", 0, 2, 1, 0, 0, 1);

    @Test
    void sensitivityAndSpecificityAverageAsImbalancedLearn() {
        // sensitivity_specificity_support docstring: (0.33..., 0.66...) for macro, micro and weighted
        for (Average average : List.of(Average.MACRO, Average.MICRO, Average.WEIGHTED)) {
            assertEquals(1.0 / 3, ImbalanceMetrics.sensitivity(ANIMALS_TRUE, ANIMALS_PRED, average), 1e-15, "" + average);
            assertEquals(2.0 / 3, ImbalanceMetrics.specificity(ANIMALS_TRUE, ANIMALS_PRED, average), 1e-15, "" + average);
        }
        assertEquals(Map.of("0", 1.0, "1", 0.0, "2", 0.0), ImbalanceMetrics.sensitivityPerClass(DIGITS_TRUE, DIGITS_PRED));
        assertEquals(Map.of("0", 0.75, "1", 0.5, "2", 0.75), ImbalanceMetrics.specificityPerClass(DIGITS_TRUE, DIGITS_PRED));
        assertEquals(List.of("0", "1", "2"), List.copyOf(ImbalanceMetrics.sensitivityPerClass(DIGITS_TRUE, DIGITS_PRED).keySet()));
    }

    @Test
    void binarySensitivityIsTheRecallOfThePositiveClassAndSpecificityThatOfTheOther() {
        IntColumn yTrue = IntColumn.create("y", 0, 1, 1, 0, 1, 1, 0, 1);
        IntColumn yPred = IntColumn.create("p", 0, 1, 0, 0, 1, 1, 1, 1);
        // class 1: 4 of 5 found; class 0: 2 of 3 left alone
        assertEquals(0.8, ImbalanceMetrics.sensitivity(yTrue, yPred, Average.binary(1)), 1e-15);
        assertEquals(2.0 / 3, ImbalanceMetrics.specificity(yTrue, yPred, Average.binary(1)), 1e-15);
        assertEquals(2.0 / 3, ImbalanceMetrics.sensitivity(yTrue, yPred, Average.binary(0)), 1e-15);
        assertEquals(0.8, ImbalanceMetrics.specificity(yTrue, yPred, Average.binary(0)), 1e-15);
        double both = Math.sqrt(0.8 * 2 / 3);
        assertEquals(both, ImbalanceMetrics.geometricMeanScore(yTrue, yPred, Average.binary(1)), 1e-15);
        assertEquals(both, ImbalanceMetrics.geometricMeanScore(yTrue, yPred), 1e-15);
    }

    @Test
    void geometricMeanMatchesTheDocstring() {
        // geometric_mean_score docstring: 0.0, correction 0.001 -> 0.010..., macro/micro/weighted 0.471...,
        // None -> [0.866..., 0, 0]
        assertEquals(0.0, ImbalanceMetrics.geometricMeanScore(DIGITS_TRUE, DIGITS_PRED));
        assertEquals(Math.cbrt(0.001 * 0.001), ImbalanceMetrics.geometricMeanScore(DIGITS_TRUE, DIGITS_PRED, 0.001), 1e-15);
        double oneVsRest = Math.sqrt(1.0 / 3 * 2.0 / 3);
        for (Average average : List.of(Average.MACRO, Average.MICRO, Average.WEIGHTED)) {
            assertEquals(oneVsRest, ImbalanceMetrics.geometricMeanScore(DIGITS_TRUE, DIGITS_PRED, average), 1e-15);
        }
        assertEquals(List.of(Math.sqrt(0.75), 0.0, 0.0),
                List.copyOf(ImbalanceMetrics.geometricMeanScorePerClass(DIGITS_TRUE, DIGITS_PRED).values()));
        // no recall of 0: the correction changes nothing
        assertEquals(1.0, ImbalanceMetrics.geometricMeanScore(DIGITS_TRUE, DIGITS_TRUE, 0.5), 1e-15);
    }

    @Test
    void aClassPredictedButNeverTrueHasRecallZeroWhichTheCorrectionReplaces() {
        IntColumn yTrue = IntColumn.create("y", 0, 0, 1, 1);
        IntColumn yPred = IntColumn.create("p", 0, 2, 1, 1);
        assertEquals(0.0, ImbalanceMetrics.geometricMeanScore(yTrue, yPred));
        assertEquals(Math.cbrt(0.5 * 1 * 0.25), ImbalanceMetrics.geometricMeanScore(yTrue, yPred, 0.25), 1e-15);
        assertEquals(0.0, ImbalanceMetrics.sensitivityPerClass(yTrue, yPred).get("2"));
        assertEquals(0.75, ImbalanceMetrics.specificityPerClass(yTrue, yPred).get("2"));
    }

    @Test
    void aClassEveryRowIsOfHasSpecificityZero() {
        IntColumn zeros = IntColumn.create("y", 0, 0, 0);
        assertEquals(0.0, ImbalanceMetrics.specificity(zeros, zeros, Average.binary(0)));
        assertEquals(1.0, ImbalanceMetrics.sensitivity(zeros, zeros, Average.binary(0)));
        // the positive label absent from one class: every binary score 0, as imbalanced-learn
        assertEquals(0.0, ImbalanceMetrics.sensitivity(zeros, zeros, Average.binary(1)));
        assertEquals(0.0, ImbalanceMetrics.geometricMeanScore(zeros, zeros, Average.binary(1)));
        assertEquals(1.0, ImbalanceMetrics.geometricMeanScore(zeros, zeros));
    }

    @Test
    void reportMatchesTheDocstring() {
        // classification_report_imbalanced docstring, rounded to 2 digits there:
        //   class 0  0.50 1.00 0.75 0.67 0.87 0.77 1 / class 1  0.00 0.00 0.75 0.00 0.00 0.00 1
        //   class 2  1.00 0.67 1.00 0.80 0.82 0.64 3 / avg / total 0.70 0.60 0.90 0.61 0.66 0.54 5
        Table report = ImbalanceMetrics.classificationReportImbalanced(IntColumn.create("y", 0, 1, 2, 2, 2),
                IntColumn.create("p", 0, 0, 2, 2, 1));
        assertEquals(List.of("class", "pre", "rec", "spe", "f1", "geo", "iba", "sup"), report.columnNames());
        assertEquals(List.of(ColumnType.STRING, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE,
                ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.INTEGER),
                report.columns().stream().map(Column::type).toList());
        assertEquals(List.of("0", "1", "2", ImbalanceMetrics.AVERAGE_ROW), report.stringColumn("class").asList());
        assertEquals(List.of(1, 1, 3, 5), report.intColumn("sup").asList());
        double[][] rounded = {{0.50, 1.00, 0.75, 0.67, 0.87, 0.77}, {0, 0, 0.75, 0, 0, 0},
            {1.00, 0.67, 1.00, 0.80, 0.82, 0.64}, {0.70, 0.60, 0.90, 0.61, 0.66, 0.54}};
        for (int row = 0; row < rounded.length; row++) {
            for (int column = 0; column < 6; column++) {
                assertEquals(rounded[row][column], report.doubleColumn(column + 1).getDouble(row), 0.005 + 1e-12,
                        "row " + row + ", column " + report.column(column + 1).name());
            }
        }
        // class 0 in full: geo = sqrt(1 * 0.75), iba = (1 + 0.1 (1 - 0.75)) 0.75
        assertEquals(Math.sqrt(0.75), report.doubleColumn("geo").getDouble(0), 1e-15);
        assertEquals(1.025 * 0.75, report.doubleColumn("iba").getDouble(0), 1e-15);
        Table alpha = ImbalanceMetrics.classificationReportImbalanced(IntColumn.create("y", 0, 1, 2, 2, 2),
                IntColumn.create("p", 0, 0, 2, 2, 1), 0.5);
        assertEquals(1.125 * 0.75, alpha.doubleColumn("iba").getDouble(0), 1e-15);
    }

    @Test
    void reportAveragesWeightByTheSupportSoAClassOnlyPredictedCountsForNothing() {
        Table report = ImbalanceMetrics.classificationReportImbalanced(StringColumn.create("y", "a", "a", "b"),
                StringColumn.create("p", "a", "c", "b"));
        assertEquals(List.of("a", "b", "c", "avg / total"), report.stringColumn("class").asList());
        assertEquals(List.of(2, 1, 0, 3), report.intColumn("sup").asList());
        assertEquals((0.5 * 2 + 1) / 3, report.doubleColumn("rec").getDouble(3), 1e-15);
        assertEquals(0.0, report.doubleColumn("pre").getDouble(2));
        assertEquals(2.0 / 3, report.doubleColumn("spe").getDouble(2), 1e-15);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> ImbalanceMetrics.sensitivity(DIGITS_TRUE, IntColumn.create("p", 1, 0), Average.MACRO));
        assertEquals("yTrue has 6 values but yPred has 2: they must have one value per row", sizes.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ImbalanceMetrics.geometricMeanScore(DoubleColumn.create("y", 1, Double.NaN), DoubleColumn.create("p", 1, 2)));
        assertTrue(missing.getMessage().startsWith("yTrue 'y' has 1 missing value(s)"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ImbalanceMetrics.specificity(
                StringColumn.create("y", "no", "yes"), StringColumn.create("p", "yes", "yes"), Average.binary("Yes")));
        assertEquals("positive label Yes is not one of the classes [no, yes]", unknown.getMessage());
        IllegalArgumentException multiclass = assertThrows(IllegalArgumentException.class,
                () -> ImbalanceMetrics.geometricMeanScore(DIGITS_TRUE, DIGITS_PRED, Average.binary(1)));
        assertTrue(multiclass.getMessage().startsWith("average binary needs at most two classes, found 3 [0, 1, 2]"),
                multiclass.getMessage());
        for (double correction : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> ImbalanceMetrics.geometricMeanScore(DIGITS_TRUE, DIGITS_PRED, correction));
            assertEquals("correction must be a finite number at least 0, found " + correction, bad.getMessage());
        }
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class,
                () -> ImbalanceMetrics.classificationReportImbalanced(DIGITS_TRUE, DIGITS_PRED, Double.NaN));
        assertEquals("alpha must be a finite number, found NaN", alpha.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImbalanceMetrics.sensitivity(DIGITS_TRUE, DIGITS_PRED, null));
        assertThrows(IllegalArgumentException.class, () -> ImbalanceMetrics.specificityPerClass(null, DIGITS_PRED));
        assertThrows(IllegalArgumentException.class,
                () -> ImbalanceMetrics.classificationReportImbalanced(IntColumn.create("y"), IntColumn.create("p")));
    }
}
