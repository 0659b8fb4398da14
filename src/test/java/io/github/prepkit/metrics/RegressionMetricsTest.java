package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

class RegressionMetricsTest {

    // scikit-learn's docstring example: MSE 0.375, MAE 0.5, R² 0.9486081370449679
    private static final DoubleColumn Y = DoubleColumn.create("y", 3, -0.5, 2, 7);
    private static final DoubleColumn PREDICTED = DoubleColumn.create("y", 2.5, 0.0, 2, 8);

    @Test
    void matchScikitLearn() {
        assertEquals(0.375, RegressionMetrics.meanSquaredError(Y, PREDICTED), 1e-15);
        assertEquals(0.5, RegressionMetrics.meanAbsoluteError(Y, PREDICTED), 1e-15);
        assertEquals(0.9486081370449679, RegressionMetrics.r2(Y, PREDICTED), 1e-15);
    }

    @Test
    void valuesNearTheEndsOfTheRangeScoreAsAtAnOrdinaryScale() {
        // The docstring example moved by powers of two: squares overflow or underflow in a plain sum, the scores move
        // with the values exactly (R² not at all).
        for (int exponent : new int[] {1000, 500, -500, -1000}) {
            DoubleColumn y = Y.map(v -> Math.scalb(v, exponent));
            DoubleColumn predicted = PREDICTED.map(v -> Math.scalb(v, exponent));
            String at = "2^" + exponent;
            assertEquals(RegressionMetrics.r2(Y, PREDICTED), RegressionMetrics.r2(y, predicted), at);
            assertEquals(Math.scalb(0.5, exponent), RegressionMetrics.meanAbsoluteError(y, predicted), at);
            assertEquals(Math.scalb(0.375, 2 * exponent), RegressionMetrics.meanSquaredError(y, predicted), at);
        }
        DoubleColumn far = DoubleColumn.create("y", Double.MAX_VALUE, -Double.MAX_VALUE);
        assertEquals(Double.MAX_VALUE, RegressionMetrics.meanAbsoluteError(far, far.map(v -> 0.0)));
    }

    @Test
    void handComputedOnIntegers() {
        IntColumn y = IntColumn.create("y", 1, 2, 3);
        IntColumn p = IntColumn.create("p", 1, 4, 0);
        // errors 0, -2, 3: squares 0 + 4 + 9 = 13, absolute 5; mean 2, total sum of squares 2
        assertEquals(13.0 / 3, RegressionMetrics.meanSquaredError(y, p), 1e-15);
        assertEquals(5.0 / 3, RegressionMetrics.meanAbsoluteError(y, p), 1e-15);
        assertEquals(1 - 13.0 / 2, RegressionMetrics.r2(y, p), 1e-15);
        assertEquals(1.0, RegressionMetrics.r2(y, y));
    }

    @Test
    void r2EdgeCasesAsScikitLearn() {
        // sklearn r2_score: [2,2,2] vs itself 1.0, vs [2,2,3] 0.0, a single row nan
        DoubleColumn constant = DoubleColumn.create("y", 2, 2, 2);
        assertEquals(1.0, RegressionMetrics.r2(constant, constant));
        assertEquals(0.0, RegressionMetrics.r2(constant, DoubleColumn.create("p", 2, 2, 3)));
        assertTrue(Double.isNaN(RegressionMetrics.r2(DoubleColumn.create("y", new double[] {1}), DoubleColumn.create("p", new double[] {2}))));
    }

    @Test
    void badInputFails() {
        assertEquals("yTrue has 4 values but yPred has 1: they must have one value per row",
                assertThrows(IllegalArgumentException.class,
                        () -> RegressionMetrics.meanSquaredError(Y, DoubleColumn.create("p", new double[] {1}))).getMessage());
        assertEquals("yPred 'p' must be numeric, found STRING", assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.r2(DoubleColumn.create("y", new double[] {1}), StringColumn.create("p", "1"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.meanAbsoluteError(DoubleColumn.create("y", 1, Double.NaN), DoubleColumn.create("p", 1, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> RegressionMetrics.meanAbsoluteError(DoubleColumn.create("y"), DoubleColumn.create("p")));
    }
}
