package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GradientDescentTest {

    private static final int ROWS = 40;
    private static final int COLUMNS = 3;

    /** y = 0.5 + x . (1, -2, 3) + noise on uniform features. */
    private static double[][] problem() {
        SplittableRandom random = new SplittableRandom(3);
        double[] x = random.doubles(ROWS * COLUMNS, -1, 1).toArray();
        double[] y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = 0.5 + x[i * 3] - 2 * x[i * 3 + 1] + 3 * x[i * 3 + 2] + 0.1 * random.nextDouble(-1, 1);
        }
        return new double[][] {x, y};
    }

    private static GradientDescent converging() {
        return new GradientDescent().learningRate(LearningRate.constant(0.5)).maxEpochs(20_000).tol(0);
    }

    @Test
    void batchDescentReachesTheClosedFormLeastSquares() {
        double[][] p = problem();
        LeastSquares.Solution closedForm = LeastSquares.fit(ColumnMajorTest.columns(p[0], COLUMNS), p[1], true);
        GradientDescent.Result result = converging().minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true);
        assertArrayEquals(closedForm.coefficients(), result.coefficients(), 1e-8);
        assertEquals(closedForm.intercept(), result.intercept(), 1e-8);
        assertTrue(result.converged());
        assertTrue(result.epochs() > 64, "the history grows past its first allocation: " + result.epochs());
        assertEquals(result.epochs(), result.lossHistory().length);
    }

    @Test
    void alphaGivesTheRidgeSolution() {
        // without intercept, mean (r^2 / 2) + (alpha / 2) |w|^2 is minimised by (X^T X / n + alpha I) w = X^T y / n
        double[][] p = problem();
        double alpha = 0.3;
        double[] gram = RowMajor.gram(p[0], COLUMNS, null);
        double[] right = ColumnMajorTest.transposeTimes(ColumnMajorTest.columns(p[0], COLUMNS), p[1]);
        for (int a = 0; a < COLUMNS; a++) {
            right[a] /= ROWS;
            for (int b = 0; b < COLUMNS; b++) {
                gram[a * COLUMNS + b] = gram[a * COLUMNS + b] / ROWS + (a == b ? alpha : 0);
            }
        }
        double[] ridge = Cholesky.of(gram, COLUMNS, 0).orElseThrow().solve(right);
        GradientDescent.Result result = converging().minimize(p[0], COLUMNS, p[1], Loss.SQUARED, alpha, false);
        assertArrayEquals(ridge, result.coefficients(), 1e-8);
        assertEquals(0, result.intercept());
    }

    @Test
    void stochasticAndMiniBatchDescentGetClose() {
        double[][] p = problem();
        LeastSquares.Solution closedForm = LeastSquares.fit(ColumnMajorTest.columns(p[0], COLUMNS), p[1], true);
        for (int batch : new int[] {1, 8}) {
            GradientDescent.Result result = new GradientDescent().batchSize(batch)
                    .learningRate(LearningRate.invScaling(0.1, 0.25)).maxEpochs(2000).tol(1e-6).seed(5)
                    .minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true);
            assertArrayEquals(closedForm.coefficients(), result.coefficients(), 0.05, "batch " + batch);
        }
    }

    @Test
    void minkowskiBelowTwoIsLessPulledByAnOutlier() {
        // y = 1 + 2 x exactly, but one row is off by +100
        int rows = 21;
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = i / 10.0 - 1;
            y[i] = 1 + 2 * x[i];
        }
        y[rows - 1] += 100;
        GradientDescent descent = new GradientDescent().learningRate(LearningRate.constant(0.05)).maxEpochs(20_000).tol(0);
        double squaredSlope = descent.minimize(x, 1, y, Loss.minkowski(2), 0, true).coefficients()[0];
        double robustSlope = descent.minimize(x, 1, y, Loss.minkowski(1.2), 0, true).coefficients()[0];
        assertEquals(LeastSquares.fit(new double[][] {x}, y, true).coefficients()[0], squaredSlope, 1e-6, "p = 2 is least squares");
        assertTrue(Math.abs(robustSlope - 2) < Math.abs(squaredSlope - 2) / 3,
                "p = 1.2 slope " + robustSlope + " should be much nearer 2 than p = 2's " + squaredSlope);
    }

    @Test
    void theLossHistoryStartsAtTheInitialObjectiveAndFalls() {
        double[][] p = problem();
        double[] history = converging().maxEpochs(50).minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true).lossHistory();
        assertEquals(50, history.length);
        double initial = 0;
        for (double target : p[1]) {
            initial += target * target / 2 / ROWS;
        }
        assertEquals(initial, history[0], 1e-12, "batch descent records the objective at the epoch's start");
        for (int e = 1; e < history.length; e++) {
            assertTrue(history[e] < history[e - 1], "epoch " + e);
        }
    }

    @Test
    void itStopsAfterNIterNoChangeEpochsWithoutImprovement() {
        double[][] p = problem();
        GradientDescent.Result result = converging().tol(1e9).nIterNoChange(3)
                .minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true);
        assertEquals(4, result.epochs(), "the first epoch sets the best, the next three fail to beat it by tol");
        assertTrue(result.converged());
        assertFalse(converging().maxEpochs(2).minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true).converged());
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        double[][] p = problem();
        GradientDescent stochastic = new GradientDescent().batchSize(1).maxEpochs(20).seed(11);
        GradientDescent.Result first = stochastic.minimize(p[0], COLUMNS, p[1], Loss.ABSOLUTE, 0, true);
        GradientDescent.Result again = stochastic.minimize(p[0], COLUMNS, p[1], Loss.ABSOLUTE, 0, true);
        GradientDescent.Result other = stochastic.seed(12).minimize(p[0], COLUMNS, p[1], Loss.ABSOLUTE, 0, true);
        assertArrayEquals(first.coefficients(), again.coefficients());
        assertArrayEquals(first.lossHistory(), again.lossHistory());
        assertNotEquals(first.coefficients()[0], other.coefficients()[0]);
    }

    @Test
    void aPerEpochScheduleSeesEveryEpoch() {
        double[][] p = problem();
        List<Integer> epochs = new ArrayList<>();
        new GradientDescent().batchSize(20).maxEpochs(3).learningRate(LearningRate.perEpoch(epoch -> {
            epochs.add(epoch);
            return 0.1 / epoch;
        })).minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true);
        assertEquals(List.of(1, 1, 2, 2, 3, 3), epochs, "two batches of 20 rows an epoch");
    }

    @Test
    void stepsTooLargeOverflowWithAClearError() {
        double[][] p = problem();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new GradientDescent()
                .learningRate(LearningRate.constant(1e3)).minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true));
        assertTrue(e.getMessage().contains("lower the learning rate"), e.getMessage());
        LinearRegressionTest.assertMessage("GradientDescent: learningRate must give a finite step above 0, found -1.0 at"
                + " epoch 1, update 1", () -> new GradientDescent().learningRate((epoch, step) -> -1)
                .minimize(p[0], COLUMNS, p[1], Loss.SQUARED, 0, true));
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        GradientDescent defaults = new GradientDescent();
        assertEquals(new GradientDescent(0, LearningRate.constant(0.01), 1000, 1e-3, 5, 0), defaults);
        GradientDescent changed = defaults.batchSize(4).learningRate(LearningRate.invScaling(1, 0.5)).maxEpochs(9)
                .tol(0.5).nIterNoChange(2).seed(3);
        assertEquals(new GradientDescent(4, LearningRate.invScaling(1, 0.5), 9, 0.5, 2, 3), changed);
        assertEquals(0, defaults.batchSize());
    }

    @Test
    void invalidParametersAndProblemsFailNamingThem() {
        GradientDescent defaults = new GradientDescent();
        LinearRegressionTest.assertMessage("GradientDescent: batchSize must be a positive number of rows, or 0 for every"
                + " row, found -1", () -> defaults.batchSize(-1));
        LinearRegressionTest.assertMessage("GradientDescent: maxEpochs must be a positive whole number, found 0",
                () -> defaults.maxEpochs(0));
        LinearRegressionTest.assertMessage("GradientDescent: tol must be a finite number of at least 0, found NaN",
                () -> defaults.tol(Double.NaN));
        LinearRegressionTest.assertMessage("GradientDescent: nIterNoChange must be a positive whole number, found 0",
                () -> defaults.nIterNoChange(0));
        LinearRegressionTest.assertMessage("GradientDescent: learningRate must not be null", () -> defaults.learningRate(null));
        LinearRegressionTest.assertMessage("GradientDescent: x must hold y.length x columns = 2 x 2 values, found 3"
                + " (and y at least one)", () -> defaults.minimize(new double[3], 2, new double[2], Loss.SQUARED, 0, true));
        LinearRegressionTest.assertMessage("GradientDescent: alpha must be a finite number of at least 0, found -1.0",
                () -> defaults.minimize(new double[2], 1, new double[2], Loss.SQUARED, -1, true));
        LinearRegressionTest.assertMessage("GradientDescent: loss must not be null",
                () -> defaults.minimize(new double[2], 1, new double[2], null, 0, true));
    }

    @Test
    void theResultIsACopy() {
        GradientDescent.Result result = new GradientDescent.Result(new double[] {1}, 2, new double[] {3}, true);
        result.coefficients()[0] = 9;
        result.lossHistory()[0] = 9;
        assertArrayEquals(new double[] {1}, result.coefficients());
        assertArrayEquals(new double[] {3}, result.lossHistory());
    }
}
