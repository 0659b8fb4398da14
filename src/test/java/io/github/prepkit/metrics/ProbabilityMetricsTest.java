package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Expected values from scikit-learn 1.2.1's roc_auc_score and log_loss on the same inputs. */
class ProbabilityMetricsTest {

    private static Table probabilities(String[] classes, double[][] rows) {
        Table table = Table.create("proba");
        for (int k = 0; k < classes.length; k++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][k];
            }
            table.addColumns(DoubleColumn.create(classes[k], column));
        }
        return table;
    }

    @Test
    void rocAucCountsTiedScoresAsHalf() {
        // sklearn roc_auc_score: 0.8125
        IntColumn y = IntColumn.create("y", 0, 0, 1, 1, 0, 1, 0, 1);
        double[] scores = {0.1, 0.4, 0.35, 0.8, 0.4, 0.4, 0.2, 0.9};
        assertEquals(0.8125, ProbabilityMetrics.rocAuc(y, scores), 1e-15);
        // hand: positives 1, 1; negatives 0, 0.5 -> pairs ranked right 3 of 4, the tie counting one half: 3.5 / 4
        assertEquals(0.875, ProbabilityMetrics.rocAuc(IntColumn.create("y", 1, 1, 0, 0), new double[] {1, 0.5, 0.5, 0}));
        assertEquals(1.0, ProbabilityMetrics.rocAuc(IntColumn.create("y", 0, 1), new double[] {-3, 7}));
        assertEquals(0.5, ProbabilityMetrics.rocAuc(IntColumn.create("y", 0, 1, 0, 1), new double[] {2, 2, 2, 2}));
    }

    @Test
    void rocAucScoresTheGreaterClass() {
        // sklearn roc_auc_score(["b","a","b","a","a"], [0.9, 0.2, 0.6, 0.6, 0.1]): 0.9166666666666667
        StringColumn y = StringColumn.create("y", "b", "a", "b", "a", "a");
        double[] scores = {0.9, 0.2, 0.6, 0.6, 0.1};
        assertEquals(0.9166666666666667, ProbabilityMetrics.rocAuc(y, scores), 1e-15);
        Table proba = probabilities(new String[] {"a", "b"}, new double[][] {
                {0.1, 0.9}, {0.8, 0.2}, {0.4, 0.6}, {0.4, 0.6}, {0.9, 0.1}});
        assertEquals(0.9166666666666667, ProbabilityMetrics.rocAuc(y, proba), 1e-15);
    }

    @Test
    void binaryLogLossClipsAtMachineEpsilon() {
        // sklearn log_loss([0,1,1,0,1], [0.1, 0.8, 0.6, 0.4, 0.0]): 7.4787617407242335 (the 0 clipped to 2.2e-16)
        IntColumn y = IntColumn.create("y", 0, 1, 1, 0, 1);
        assertEquals(7.4787617407242335, ProbabilityMetrics.logLoss(y, new double[] {0.1, 0.8, 0.6, 0.4, 0.0}), 1e-13);
        assertEquals(-Math.log(0.5), ProbabilityMetrics.logLoss(IntColumn.create("y", 0, 1), new double[] {0.5, 0.5}), 1e-15);
    }

    @Test
    void logLossReadsTheProbabilityTableByClassName() {
        // sklearn docstring: log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = 0.21616187468057912
        StringColumn y = StringColumn.create("y", "spam", "ham", "ham", "spam");
        Table proba = probabilities(new String[] {"ham", "spam"}, new double[][] {{.1, .9}, {.9, .1}, {.8, .2}, {.35, .65}});
        assertEquals(0.21616187468057912, ProbabilityMetrics.logLoss(y, proba), 1e-15);
        Table reordered = proba.selectColumns("spam", "ham");
        assertEquals(0.21616187468057912, ProbabilityMetrics.logLoss(y, reordered), 1e-15, "columns found by name");
        assertEquals(0.21616187468057912, ProbabilityMetrics.logLoss(y, new double[] {.9, .1, .2, .65}), 1e-15);
    }

    @Test
    void multiclassLogLossClipsAndRenormalises() {
        StringColumn y = StringColumn.create("y", "a", "c", "b", "a");
        String[] classes = {"a", "b", "c"};
        // sklearn: 0.5634487322061534, and 0.4357423262646558 for rows that do not sum to one
        assertEquals(0.5634487322061534, ProbabilityMetrics.logLoss(y, probabilities(classes, new double[][] {
                {0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}, {0.2, 0.5, 0.3}, {0.5, 0.5, 0.0}})), 1e-15);
        assertEquals(0.4357423262646558, ProbabilityMetrics.logLoss(y, probabilities(classes, new double[][] {
                {0.7, 0.2, 0.3}, {0.1, 0.3, 0.6}, {0.2, 0.5, 0.3}, {1.0, 0.0, 0.0}})), 1e-15);
    }

    @Test
    void theTableColumnsActAsScikitLearnsLabels() {
        // sklearn log_loss(["a","b","a"], P, labels=["a","b","c"]) = 0.6904911240102196
        Table proba = probabilities(new String[] {"a", "b", "c"}, new double[][] {{0.6, 0.3, 0.1}, {0.2, 0.7, 0.1}, {0.3, 0.3, 0.4}});
        assertEquals(0.6904911240102196, ProbabilityMetrics.logLoss(StringColumn.create("y", "a", "b", "a"), proba), 1e-15);
        // one class in yTrue: sklearn with labels=["a","b"] gives 0.30809306971190853
        Table two = probabilities(new String[] {"a", "b"}, new double[][] {{0.6, 0.4}, {0.9, 0.1}});
        assertEquals(0.30809306971190853, ProbabilityMetrics.logLoss(StringColumn.create("y", "a", "a"), two), 1e-15);
    }

    @Test
    void badInputFails() {
        IntColumn y = IntColumn.create("y", 0, 1, 1);
        assertEquals("yTrue has 3 values but scores has 2: they must have one value per row",
                assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.rocAuc(y, new double[] {0.1, 0.2})).getMessage());
        IllegalArgumentException oneClass = assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.rocAuc(IntColumn.create("y", 1, 1), new double[] {0.1, 0.2}));
        assertTrue(oneClass.getMessage().contains("exactly two classes, found 1"), oneClass.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.logLoss(IntColumn.create("y", 0, 1, 2), new double[] {0.1, 0.2, 0.3}));
        assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.logLoss(IntColumn.create("y", 0, 0), new double[] {0.1, 0.2}));
        assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.rocAuc(y, new double[] {0.1, Double.NaN, 0.3}));
        Table wrongNames = probabilities(new String[] {"x", "z"}, new double[][] {{1, 0}, {0, 1}, {0, 1}});
        assertEquals("probabilities have no column for class '0'; found [x, z]", assertThrows(IllegalArgumentException.class,
                () -> ProbabilityMetrics.logLoss(y, wrongNames)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.rocAuc(y, wrongNames));
        Table single = probabilities(new String[] {"0"}, new double[][] {{1}, {1}, {1}});
        assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.logLoss(IntColumn.create("y", 0, 0, 0), single));
        Table text = Table.create("p", StringColumn.create("0", "a", "b", "c"), DoubleColumn.create("1", 1, 1, 1));
        assertEquals("probabilities column '0' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> ProbabilityMetrics.logLoss(y, text)).getMessage());
    }
}
