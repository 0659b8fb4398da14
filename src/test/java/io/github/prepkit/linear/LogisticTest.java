package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticTest {

    @Test
    void sigmoidIsSymmetricAndSaturatesWithoutNaN() {
        assertEquals(0.5, Logistic.sigmoid(0));
        assertEquals(1 / (1 + Math.exp(-2)), Logistic.sigmoid(2), 1e-16);
        assertEquals(1 - Logistic.sigmoid(2), Logistic.sigmoid(-2), 1e-15);
        assertEquals(0, Logistic.sigmoid(-1e4));
        assertEquals(1, Logistic.sigmoid(1e4));
    }

    @Test
    void lossIsTheNegativeLogLikelihood() {
        for (double eta : new double[] {-3, -0.5, 0, 1.5}) {
            double p = 1 / (1 + Math.exp(-eta));
            assertEquals(-Math.log(p), Logistic.loss(1, eta), 1e-14, "positive at " + eta);
            assertEquals(-Math.log(1 - p), Logistic.loss(0, eta), 1e-14, "negative at " + eta);
        }
        assertEquals(800, Logistic.loss(1, -800), 1e-9, "no overflow");
    }

    @Test
    void separatesNeedsEveryRowStrictlyOnItsSide() {
        assertTrue(Logistic.separates(new double[] {-1, 2, -0.1}, new double[] {0, 1, 0}));
        assertFalse(Logistic.separates(new double[] {-1, 2, 0.1}, new double[] {0, 1, 0}));
        assertFalse(Logistic.separates(new double[] {-1, 0, -2}, new double[] {0, 1, 0}), "0 is on neither side");
    }

    @Test
    void theSeparableErrorNamesTheClassesAndTheRemedy() {
        String message = Logistic.separable("'a' and 'b'").getMessage();
        assertTrue(message.startsWith("LogisticRegression: the classes 'a' and 'b' are linearly separable"), message);
        assertTrue(message.contains("use penalty(Penalty.L2)"), message);
    }
}
