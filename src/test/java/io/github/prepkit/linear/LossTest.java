package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void valuesByHand() {
        assertEquals(4.5, Loss.SQUARED.value(1, 4));
        assertEquals(3, Loss.ABSOLUTE.value(4, 1));
        assertEquals(Math.log(2), Loss.LOG.value(1, 0), 1e-15);
        assertEquals(Math.log1p(Math.exp(-3)), Loss.LOG.value(1, 3), 1e-15, "log(1 + e^3) - 3");
        assertEquals(Math.pow(3, 1.5), Loss.minkowski(1.5).value(1, 4), 1e-12);
    }

    @Test
    void theLogLossDoesNotOverflow() {
        assertEquals(1000, Loss.LOG.value(0, 1000), 1e-9);
        assertEquals(0, Loss.LOG.value(1, 1000), 1e-300);
        assertEquals(1000, Loss.LOG.value(1, -1000), 1e-9);
        assertEquals(-1, Loss.LOG.derivative(1, -1000));
    }

    @Test
    void minkowskiGeneralisesSquaredAndAbsolute() {
        for (double r : new double[] {-2.5, -0.3, 0, 0.7, 4}) {
            assertEquals(2 * Loss.SQUARED.value(0, r), Loss.minkowski(2).value(0, r), 1e-12);
            assertEquals(2 * Loss.SQUARED.derivative(0, r), Loss.minkowski(2).derivative(0, r), 1e-12);
            assertEquals(Loss.ABSOLUTE.value(0, r), Loss.minkowski(1).value(0, r), 1e-12);
            assertEquals(Loss.ABSOLUTE.derivative(0, r), Loss.minkowski(1).derivative(0, r), 1e-12);
        }
        assertEquals(0, Loss.ABSOLUTE.derivative(2, 2), "the subgradient at a kink is 0");
    }

    @Test
    void derivativesMatchFiniteDifferences() {
        double h = 1e-6;
        for (Loss loss : List.of(Loss.SQUARED, Loss.ABSOLUTE, Loss.LOG, Loss.minkowski(1.2), Loss.minkowski(3))) {
            for (double prediction : new double[] {-1.7, -0.2, 0.4, 2.3}) {
                double target = loss == Loss.LOG ? 1 : 0.1;
                double numeric = (loss.value(target, prediction + h) - loss.value(target, prediction - h)) / (2 * h);
                assertEquals(numeric, loss.derivative(target, prediction), 1e-6, loss + " at " + prediction);
            }
        }
    }

    @Test
    void minkowskiNeedsAConvexExponent() {
        LinearRegressionTest.assertMessage("Loss.minkowski: p must be a finite number of at least 1, found 0.5",
                () -> Loss.minkowski(0.5));
        LinearRegressionTest.assertMessage("Loss.minkowski: p must be a finite number of at least 1, found NaN",
                () -> Loss.minkowski(Double.NaN));
        assertEquals(Loss.minkowski(1.5), new Loss.Minkowski(1.5));
    }
}
