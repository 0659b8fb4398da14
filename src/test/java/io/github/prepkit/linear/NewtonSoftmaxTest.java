package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewtonSoftmaxTest {

    @Test
    void convergesInAFewIterationsToAZeroGradient() {
        for (double inverseC : new double[] {0, 1}) {
            SoftmaxLoss loss = SoftmaxLossTest.problem(inverseC);
            SoftmaxLoss.Fit fit = new NewtonSoftmax(loss).fit(new double[9], 100, 1e-8);
            assertTrue(fit.converged());
            assertTrue(fit.iterations() <= 8, fit.iterations() + " iterations");
            assertTrue(RowMajor.maxAbs(loss.evaluate(fit.theta()).gradient()) <= 1e-10, "polished past tol");
            double[] theta = fit.theta();
            for (int j = inverseC > 0 ? 2 : 0; j < 3; j++) {
                assertEquals(0, theta[j] + theta[3 + j] + theta[6 + j], 1e-13, "unpenalised column " + j + " sums to 0");
            }
        }
    }

    @Test
    void stopsAtMaxIterWithoutConverging() {
        SoftmaxLoss.Fit fit = new NewtonSoftmax(SoftmaxLossTest.problem(0)).fit(new double[9], 2, 0);
        assertFalse(fit.converged());
        assertEquals(2, fit.iterations());
    }
}
