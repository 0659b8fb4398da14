package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NewtonLogisticTest {

    /** 200 rows of (x1, x2, 1) with labels drawn from a logistic model: overlapping classes. */
    private static double[][] problem() {
        SplittableRandom random = new SplittableRandom(5);
        int rows = 200;
        double[] x = new double[rows * 3];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x[i * 3] = random.nextDouble(-2, 2);
            x[i * 3 + 1] = random.nextDouble(-2, 2);
            x[i * 3 + 2] = 1;
            y[i] = random.nextDouble() < Logistic.sigmoid(1.5 * x[i * 3] - x[i * 3 + 1] + 0.3) ? 1 : 0;
        }
        return new double[][] {x, y};
    }

    @Test
    void convergesInAFewIterationsToAZeroGradient() {
        double[][] p = problem();
        double lambda = 0.01;
        NewtonLogistic.Fit fit = new NewtonLogistic(ColumnMajorTest.columns(p[0], 3), p[1], 2, lambda, "'0' and '1'", null)
                .fit(new double[3], 100, 1e-8);
        assertTrue(fit.converged());
        assertTrue(fit.iterations() <= 8, fit.iterations() + " iterations");
        // the gradient of mean log-loss + (lambda / 2)(w1^2 + w2^2) at the answer
        double[] theta = fit.theta();
        double[] eta = RowMajor.times(p[0], 3, theta, 0);
        double[] residual = new double[eta.length];
        for (int i = 0; i < eta.length; i++) {
            residual[i] = (Logistic.sigmoid(eta[i]) - p[1][i]) / eta.length;
        }
        double[] gradient = new double[3];
        for (int i = 0; i < eta.length; i++) {
            for (int j = 0; j < 3; j++) {
                gradient[j] += p[0][i * 3 + j] * residual[i];
            }
        }
        for (int j = 0; j < 3; j++) {
            assertEquals(0, gradient[j] + (j < 2 ? lambda * theta[j] : 0), 1e-12, "gradient " + j);
        }
    }

    @Test
    void stopsAtMaxIterWithoutConverging() {
        double[][] p = problem();
        NewtonLogistic.Fit fit = new NewtonLogistic(ColumnMajorTest.columns(p[0], 3), p[1], 2, 0, "'0' and '1'", null).fit(new double[3], 2, 0);
        assertFalse(fit.converged());
        assertEquals(2, fit.iterations());
    }

    @Test
    void separableClassesThrowWithoutAPenalty() {
        double[] x = {-2, 1, -1, 1, 1, 1, 3, 1};
        double[] y = {0, 0, 1, 1};
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NewtonLogistic(ColumnMajorTest.columns(x, 2), y, 1, 0, "'a' and 'b'", null).fit(new double[2], 100, 1e-4));
        assertTrue(e.getMessage().contains("'a' and 'b' are linearly separable"), e.getMessage());
        assertTrue(new NewtonLogistic(ColumnMajorTest.columns(x, 2), y, 1, 0.1, "'a' and 'b'", null).fit(new double[2], 100, 1e-4).converged(),
                "a penalty keeps the coefficients finite");
    }

    @Test
    void aDuplicatedColumnMakesTheHessianSingular() {
        double[] x = {1, 1, 2, 2, 3, 3, 4, 4};
        double[] y = {0, 1, 0, 1};
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NewtonLogistic(ColumnMajorTest.columns(x, 2), y, 2, 0, "'a' and 'b'", null).fit(new double[2], 100, 1e-4));
        assertTrue(e.getMessage().contains("the Hessian is singular"), e.getMessage());
    }
}
