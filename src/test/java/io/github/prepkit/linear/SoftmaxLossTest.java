package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxLossTest {

    static final List<String> NAMES = List.of("a", "b", "c");

    /** 150 rows of (x1, x2, 1) in three overlapping classes drawn from a softmax model. */
    static SoftmaxLoss problem(double inverseC) {
        SplittableRandom random = new SplittableRandom(11);
        int rows = 150;
        double[] x = new double[rows * 3];
        int[] codes = new int[rows];
        for (int i = 0; i < rows; i++) {
            x[i * 3] = random.nextDouble(-2, 2);
            x[i * 3 + 1] = random.nextDouble(-2, 2);
            x[i * 3 + 2] = 1;
            double[] e = {Math.exp(x[i * 3]), Math.exp(x[i * 3 + 1]), Math.exp(0.3)};
            double u = random.nextDouble() * (e[0] + e[1] + e[2]);
            codes[i] = u < e[0] ? 0 : u < e[0] + e[1] ? 1 : 2;
        }
        return new SoftmaxLoss(x, 3, codes, 3, 2, inverseC, NAMES, 1, null);
    }

    private static double[] someTheta() {
        return new double[] {0.4, -0.2, 0.1, -0.3, 0.5, -0.6, 0.2, 0.1, 0.3};
    }

    @Test
    void theGradientIsTheObjectivesDerivative() {
        for (double inverseC : new double[] {0, 2}) {
            SoftmaxLoss loss = problem(inverseC);
            double[] theta = someTheta();
            double[] gradient = loss.evaluate(theta).gradient();
            for (int t = 0; t < theta.length; t++) {
                double h = 1e-6;
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[t] += h;
                down[t] -= h;
                double derivative = (loss.evaluate(up).objective() - loss.evaluate(down).objective()) / (2 * h);
                assertEquals(derivative, gradient[t], 1e-6 * Math.max(1, Math.abs(derivative)), "parameter " + t);
            }
        }
    }

    @Test
    void theHessianIsTheGradientsDerivativeWithinTheCentredSubspace() {
        SoftmaxLoss loss = problem(0.5);
        double[] theta = someTheta();
        double[] hessian = loss.hessian(loss.evaluate(theta));
        double[] v = {0.3, -0.1, 0.2, -0.5, 0.4, -0.1, 0.7, 0.2, 0.1};
        loss.centre(v); // the intercepts' components sum to 0, as every Newton step's
        double h = 1e-6;
        double[] up = theta.clone();
        double[] down = theta.clone();
        for (int t = 0; t < v.length; t++) {
            up[t] += h * v[t];
            down[t] -= h * v[t];
        }
        double[] gUp = loss.evaluate(up).gradient();
        double[] gDown = loss.evaluate(down).gradient();
        for (int a = 0; a < v.length; a++) {
            double hv = 0;
            for (int b = 0; b < v.length; b++) {
                hv += hessian[a * v.length + b] * v[b];
            }
            assertEquals((gUp[a] - gDown[a]) / (2 * h), hv, 1e-5, "row " + a);
        }
    }

    @Test
    void centringKeepsTheObjectiveAndMakesTheUnpenalisedColumnsSumToZero() {
        SoftmaxLoss penalised = problem(1);
        double[] theta = someTheta();
        double before = penalised.evaluate(theta).objective();
        penalised.centre(theta);
        assertEquals(0, theta[2] + theta[5] + theta[8], 1e-15, "the intercepts");
        assertEquals(0.4, theta[0], 0, "penalised columns stay");
        assertEquals(before, penalised.evaluate(theta).objective(), 1e-12);
        SoftmaxLoss unpenalised = problem(0);
        double[] all = someTheta();
        unpenalised.centre(all);
        for (int j = 0; j < 3; j++) {
            assertEquals(0, all[j] + all[3 + j] + all[6 + j], 1e-15, "column " + j);
        }
    }

    @Test
    void separationIsReportedOnlyWithoutAPenalty() {
        // one feature, three clusters, predictors that put every row's own class first
        double[] x = {-2, 1, -1.5, 1, 0, 1, 0.2, 1, 2, 1, 2.5, 1};
        int[] codes = {0, 0, 1, 1, 2, 2};
        double[] theta = {-10, -5, 0, 0, 10, -10};
        SoftmaxLoss unpenalised = new SoftmaxLoss(x, 2, codes, 3, 2, 0, NAMES, 1, null);
        IllegalStateException all = assertThrows(IllegalStateException.class,
                () -> unpenalised.checkSeparable(unpenalised.evaluate(theta)));
        assertTrue(all.getMessage().contains("the classes 'a', 'b' and 'c' are linearly separable"), all.getMessage());
        // only 'a' comes out on its own side: eta_a - mean of the others separates it
        double[] oneClass = {-10, -5, 0, 0, 0, 0};
        int[] mixed = {0, 0, 1, 2, 1, 2};
        SoftmaxLoss partly = new SoftmaxLoss(x, 2, mixed, 3, 2, 0, NAMES, 1, null);
        IllegalStateException a = assertThrows(IllegalStateException.class,
                () -> partly.checkSeparable(partly.evaluate(oneClass)));
        assertTrue(a.getMessage().contains("the classes 'a' and the others are linearly separable"), a.getMessage());
        SoftmaxLoss penalised = new SoftmaxLoss(x, 2, codes, 3, 1, 1, NAMES, 1, null);
        assertDoesNotThrow(() -> penalised.checkSeparable(penalised.evaluate(theta)));
    }
}
