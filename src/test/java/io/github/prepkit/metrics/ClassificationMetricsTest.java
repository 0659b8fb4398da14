package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Expected values from scikit-learn 1.2.1's metrics on the same inputs (written next to each). */
class ClassificationMetricsTest {

    private static final StringColumn ANIMALS_TRUE = StringColumn.create("y", "cat", "dog", "pig", "cat", "dog", "pig");
    private static final StringColumn ANIMALS_PRED = StringColumn.create("p", "cat", "pig", "dog", "cat", "cat", "dog");
    private static final IntColumn BINARY_TRUE = IntColumn.create("y", 0, 1, 1, 0, 1, 1, 0, 1);
    private static final IntColumn BINARY_PRED = IntColumn.create("p", 0, 1, 0, 0, 1, 1, 1, 1);

    private static void assertScores(double[] expected, Column<?> yTrue, Column<?> yPred, Average average) {
        assertEquals(expected[0], ClassificationMetrics.precision(yTrue, yPred, average), 1e-12, "precision " + average);
        assertEquals(expected[1], ClassificationMetrics.recall(yTrue, yPred, average), 1e-12, "recall " + average);
        assertEquals(expected[2], ClassificationMetrics.f1(yTrue, yPred, average), 1e-12, "f1 " + average);
    }

    @Test
    void multiclassMatchesScikitLearn() {
        // sklearn's precision_recall_fscore_support docstring: macro and weighted (0.2222, 0.3333, 0.2667)
        assertEquals(1.0 / 3, ClassificationMetrics.accuracy(ANIMALS_TRUE, ANIMALS_PRED), 1e-15);
        double[] expected = {0.2222222222222222, 0.3333333333333333, 0.26666666666666666};
        assertScores(expected, ANIMALS_TRUE, ANIMALS_PRED, Average.MACRO);
        assertScores(expected, ANIMALS_TRUE, ANIMALS_PRED, Average.WEIGHTED);
    }

    @Test
    void binaryScoresThePositiveClass() {
        // sklearn: pos_label=1 (0.8, 0.8, 0.8000000000000002), pos_label=0 (2/3 each), macro 0.7333, weighted 0.75
        assertEquals(0.75, ClassificationMetrics.accuracy(BINARY_TRUE, BINARY_PRED), 1e-15);
        assertScores(new double[] {0.8, 0.8, 0.8}, BINARY_TRUE, BINARY_PRED, Average.binary(1));
        assertScores(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3}, BINARY_TRUE, BINARY_PRED, Average.binary(0));
        assertScores(new double[] {0.7333333333333334, 0.7333333333333334, 0.7333333333333334},
                BINARY_TRUE, BINARY_PRED, Average.MACRO);
        assertScores(new double[] {0.75, 0.75, 0.7500000000000001}, BINARY_TRUE, BINARY_PRED, Average.WEIGHTED);
        // strings with pos_label="yes": 2/3 each
        StringColumn yTrue = StringColumn.create("y", "no", "yes", "yes", "no", "yes");
        StringColumn yPred = StringColumn.create("p", "yes", "yes", "no", "no", "yes");
        assertScores(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3}, yTrue, yPred, Average.binary("yes"));
    }

    @Test
    void zeroDivisionGivesZeroAsScikitLearnsDefault() {
        // class 1 never predicted: sklearn macro (0.5, 0.6667, 0.5556), weighted the same
        IntColumn yTrue = IntColumn.create("y", 0, 0, 1, 1, 2, 2);
        IntColumn yPred = IntColumn.create("p", 0, 0, 0, 0, 2, 2);
        assertScores(new double[] {0.5, 0.6666666666666666, 0.5555555555555555}, yTrue, yPred, Average.MACRO);
        assertScores(new double[] {0.5, 0.6666666666666666, 0.5555555555555555}, yTrue, yPred, Average.WEIGHTED);
        // sklearn: macro (0.5556, 0.5556, 0.5333), weighted (0.7222, 0.6667, 0.6667)
        IntColumn t2 = IntColumn.create("y", 0, 0, 1, 2, 2, 2);
        IntColumn p2 = IntColumn.create("p", 0, 0, 0, 2, 2, 1);
        assertScores(new double[] {0.5555555555555555, 0.5555555555555555, 0.5333333333333333}, t2, p2, Average.MACRO);
        assertScores(new double[] {0.7222222222222222, 0.6666666666666666, 0.6666666666666666}, t2, p2, Average.WEIGHTED);
    }

    @Test
    void oneClassPresent() {
        // sklearn: all 0 with pos_label=1 -> 0, 0, 0 (zero division); all 1 -> 1, 1, 1; only predictions of 1 -> 0
        IntColumn zeros = IntColumn.create("y", 0, 0, 0);
        assertScores(new double[] {0, 0, 0}, zeros, zeros, Average.binary(1));
        IntColumn ones = IntColumn.create("y", 1, 1, 1);
        assertScores(new double[] {1, 1, 1}, ones, ones, Average.binary(1));
        assertScores(new double[] {0, 0, 0}, zeros, IntColumn.create("p", 0, 1, 0), Average.binary(1));
        assertEquals(1.0, ClassificationMetrics.accuracy(zeros, zeros));
    }

    @Test
    void microAveragingPoolsTheCountsSoThatItIsTheAccuracy() {
        // sklearn: average="micro" gives 1/3 for the animals and 0.75 for the binary labels, for all three scores
        assertScores(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, ANIMALS_TRUE, ANIMALS_PRED, Average.MICRO);
        assertScores(new double[] {0.75, 0.75, 0.75}, BINARY_TRUE, BINARY_PRED, Average.MICRO);
    }

    @Test
    void balancedAccuracyIsTheMeanRecallOfTheTrueClasses() {
        // sklearn's docstring: 0.625; adjusted (0.625 - 1/2) / (1 - 1/2)
        IntColumn yTrue = IntColumn.create("y", 0, 1, 0, 0, 1, 0);
        IntColumn yPred = IntColumn.create("p", 0, 1, 0, 0, 0, 1);
        assertEquals(0.625, ClassificationMetrics.balancedAccuracy(yTrue, yPred));
        assertEquals(0.25, ClassificationMetrics.balancedAccuracy(yTrue, yPred, true), 1e-15);
        // class 2 only predicted: left out (recalls 0.5 and 1), not counted as 0
        IntColumn unseen = IntColumn.create("p", 0, 2, 1, 1);
        IntColumn truth = IntColumn.create("y", 0, 0, 1, 1);
        assertEquals(0.75, ClassificationMetrics.balancedAccuracy(truth, unseen));
        assertEquals(0.5, ClassificationMetrics.balancedAccuracy(truth, unseen, true));
        // one true class: adjusted divides by 1 - 1/1 = 0 as sklearn does
        IntColumn zeros = IntColumn.create("y", 0, 0);
        assertEquals(Double.NaN, ClassificationMetrics.balancedAccuracy(zeros, zeros, true));
        assertEquals(Double.NEGATIVE_INFINITY, ClassificationMetrics.balancedAccuracy(zeros, IntColumn.create("p", 0, 1), true));
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.balancedAccuracy(zeros, BINARY_PRED));
    }

    @Test
    void labelsAreComparedByValueAcrossNumericTypes() {
        DoubleColumn doubles = DoubleColumn.create("p", 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0);
        assertEquals(0.75, ClassificationMetrics.accuracy(BINARY_TRUE, doubles), 1e-15);
        assertEquals(0.8, ClassificationMetrics.precision(BINARY_TRUE, doubles, Average.binary(1.0)), 1e-15);
        assertEquals(0.8, ClassificationMetrics.precision(BINARY_TRUE, doubles, Average.binary(1L)), 1e-15);
        BooleanColumn truth = BooleanColumn.create("t", new boolean[] {true, false, true});
        BooleanColumn guess = BooleanColumn.create("g", new boolean[] {true, true, true});
        assertEquals(2.0 / 3, ClassificationMetrics.precision(truth, guess, Average.binary(true)), 1e-15);
    }

    @Test
    void confusionMatrixHasTrueRowsAndPredictedColumnsInSortedOrder() {
        // sklearn confusion_matrix: [[2, 0, 0], [1, 0, 1], [0, 2, 0]] for cat, dog, pig
        Table matrix = ClassificationMetrics.confusionMatrix(ANIMALS_TRUE, ANIMALS_PRED);
        assertEquals(List.of(ClassificationMetrics.TRUE_COLUMN, "cat", "dog", "pig"), matrix.columnNames());
        assertEquals(List.of("cat", "dog", "pig"), matrix.stringColumn(0).asList());
        assertEquals(List.of(2, 1, 0), matrix.intColumn("cat").asList());
        assertEquals(List.of(0, 0, 2), matrix.intColumn("dog").asList());
        assertEquals(List.of(0, 1, 0), matrix.intColumn("pig").asList());
        // a class only predicted still gets a row, numbers sort numerically (10 after 9) and print as their column
        Table numbers = ClassificationMetrics.confusionMatrix(IntColumn.create("y", 9, 10), IntColumn.create("p", 9, 2));
        assertEquals(List.of(ClassificationMetrics.TRUE_COLUMN, "2", "9", "10"), numbers.columnNames());
        assertEquals(List.of(0, 0, 1), numbers.intColumn("2").asList());
    }

    @Test
    void matthewsCorrcoefMatchesScikitLearnAndIsZeroWhereItDividesByZero() {
        // sklearn: matthews_corrcoef on the animals 0.0, on the 0/1 labels 0.4666666666666667
        assertEquals(0.0, ClassificationMetrics.matthewsCorrcoef(ANIMALS_TRUE, ANIMALS_PRED), 1e-15);
        assertEquals(0.4666666666666667, ClassificationMetrics.matthewsCorrcoef(BINARY_TRUE, BINARY_PRED), 1e-15);
        assertEquals(1.0, ClassificationMetrics.matthewsCorrcoef(BINARY_TRUE, BINARY_TRUE), 1e-15);
        IntColumn ones = IntColumn.create("p", 1, 1, 1, 1, 1, 1, 1, 1);
        assertEquals(0.0, ClassificationMetrics.matthewsCorrcoef(BINARY_TRUE, ones), "a single predicted class");
        IntColumn flipped = IntColumn.create("p", 1, 0, 0, 1, 0, 0, 1, 0);
        assertEquals(-1.0, ClassificationMetrics.matthewsCorrcoef(BINARY_TRUE, flipped), 1e-15);
    }

    @Test
    void cohenKappaWeighsDisagreementsAsAsked() {
        // sklearn: cohen_kappa_score on the animals, weights None 0.0, linear 0.25, quadratic 0.5
        assertEquals(0.0, ClassificationMetrics.cohenKappa(ANIMALS_TRUE, ANIMALS_PRED), 1e-15);
        assertEquals(0.25, ClassificationMetrics.cohenKappa(ANIMALS_TRUE, ANIMALS_PRED, KappaWeights.LINEAR), 1e-15);
        assertEquals(0.5, ClassificationMetrics.cohenKappa(ANIMALS_TRUE, ANIMALS_PRED, KappaWeights.QUADRATIC), 1e-15);
        assertEquals(0.4666666666666667, ClassificationMetrics.cohenKappa(BINARY_TRUE, BINARY_PRED), 1e-15);
        assertEquals(ClassificationMetrics.cohenKappa(BINARY_PRED, BINARY_TRUE),
                ClassificationMetrics.cohenKappa(BINARY_TRUE, BINARY_PRED), 1e-15, "symmetric");
        IntColumn zeros = IntColumn.create("y", 0, 0, 0);
        assertTrue(Double.isNaN(ClassificationMetrics.cohenKappa(zeros, zeros)), "one class: 0 / 0, as scikit-learn");
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.cohenKappa(zeros, zeros, null));
    }

    @Test
    void classificationReportIsATableAndScikitLearnsText() {
        Table report = ClassificationMetrics.classificationReport(ANIMALS_TRUE, ANIMALS_PRED);
        assertEquals(List.of("class", "precision", "recall", "f1-score", "support"), report.columnNames());
        assertEquals(List.of("cat", "dog", "pig", "accuracy", "macro avg", "weighted avg"),
                report.stringColumn("class").asList());
        assertEquals(2.0 / 3, report.doubleColumn("precision").get(0), 1e-15);
        assertEquals(0.8, report.doubleColumn("f1-score").get(0), 1e-15);
        assertTrue(report.doubleColumn("precision").isMissing(3), "the accuracy row has no precision");
        assertEquals(1.0 / 3, report.doubleColumn("f1-score").get(3), 1e-15);
        assertEquals(List.of(2, 2, 2, 6, 6, 6), report.intColumn("support").asList());
        // printed by sklearn's classification_report(y_true, y_pred)
        String expected = """
                              precision    recall  f1-score   support

                         cat       0.67      1.00      0.80         2
                         dog       0.00      0.00      0.00         2
                         pig       0.00      0.00      0.00         2

                    accuracy                           0.33         6
                   macro avg       0.22      0.33      0.27         6
                weighted avg       0.22      0.33      0.27         6
                """;
        assertEquals(expected, ClassificationMetrics.classificationReportText(ANIMALS_TRUE, ANIMALS_PRED));
        assertTrue(ClassificationMetrics.classificationReportText(ANIMALS_TRUE, ANIMALS_PRED, 4).contains("0.6667"));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.classificationReportText(ANIMALS_TRUE, ANIMALS_PRED, -1));
    }

    @Test
    void theReportTextRoundsHalfToEvenOnTheExactBinaryValueAsPython() {
        // 1/8 = 0.125 exactly: Python's '%.2f' gives 0.12 (half to even); 5/8 = 0.625 gives 0.62
        IntColumn yTrue = IntColumn.create("y", 1, 1, 1, 1, 1, 0, 0, 0);
        IntColumn yPred = IntColumn.create("p", 1, 1, 1, 1, 1, 1, 1, 1);
        String text = ClassificationMetrics.classificationReportText(yTrue, yPred);
        assertTrue(text.contains("           1       0.62      1.00      0.77         5"), text);
    }

    @Test
    void classWithANameWiderThanTheHeadingWidensTheFirstColumn() {
        StringColumn yTrue = StringColumn.create("y", "a very long class name", "b");
        String text = ClassificationMetrics.classificationReportText(yTrue, yTrue);
        assertTrue(text.startsWith(" ".repeat(22) + "  precision"), text);
        assertTrue(text.contains("\n                     b       1.00"), text);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        IllegalArgumentException sizes = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(BINARY_TRUE, IntColumn.create("p", 1, 0)));
        assertEquals("yTrue has 8 values but yPred has 2: they must have one value per row", sizes.getMessage());
        IllegalArgumentException mix = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(IntColumn.create("y", new int[] {1}), StringColumn.create("p", "1")));
        assertTrue(mix.getMessage().contains("mix of label types"), mix.getMessage());
        IllegalArgumentException multiclass = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.f1(ANIMALS_TRUE, ANIMALS_PRED, Average.binary("cat")));
        assertTrue(multiclass.getMessage().contains("at most two classes"), multiclass.getMessage());
        IllegalArgumentException positive = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.recall(BINARY_TRUE, BINARY_PRED, Average.binary(2)));
        assertEquals("positive label 2 is not one of the classes [0, 1]", positive.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.recall(BINARY_TRUE, BINARY_PRED, Average.binary("1")));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(StringColumn.create("y", "a", ""), StringColumn.create("p", "a", "b")));
        assertTrue(missing.getMessage().startsWith("yTrue 'y' has 1 missing value(s)"), missing.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.accuracy(IntColumn.create("y"), IntColumn.create("p")));
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.precision(BINARY_TRUE, BINARY_PRED, null));
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.accuracy(null, BINARY_PRED));
    }
}
