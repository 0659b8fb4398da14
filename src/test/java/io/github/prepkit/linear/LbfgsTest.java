package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    @Test
    void reachesNewtonsOptimum() {
        for (double inverseC : new double[] {0, 1}) {
            SoftmaxLoss loss = SoftmaxLossTest.problem(inverseC);
            double[] newton = new NewtonSoftmax(loss).fit(new double[9], 100, 1e-10).theta();
            SoftmaxLoss.Fit lbfgs = Lbfgs.fit(loss, new double[9], 1000, 1e-9);
            assertTrue(lbfgs.converged());
            assertTrue(RowMajor.maxAbs(loss.evaluate(lbfgs.theta()).gradient()) <= 1e-9);
            assertArrayEquals(newton, lbfgs.theta(), 1e-9);
        }
    }

    @Test
    void stopsAtMaxIterWithoutConverging() {
        SoftmaxLoss.Fit fit = Lbfgs.fit(SoftmaxLossTest.problem(1), new double[9], 3, 0);
        assertFalse(fit.converged());
        assertEquals(3, fit.iterations());
    }

    @Test
    void separableClassesThrowWithoutAPenalty() {
        double[] x = {-2, 1, -1.5, 1, 0, 1, 0.2, 1, 2, 1, 2.5, 1};
        int[] codes = {0, 0, 1, 1, 2, 2};
        SoftmaxLoss loss = new SoftmaxLoss(x, 2, codes, 3, 1, 0, SoftmaxLossTest.NAMES, 1, null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lbfgs.fit(loss, new double[6], 1000, 1e-8));
        assertTrue(e.getMessage().contains("linearly separable"), e.getMessage());
    }
}
