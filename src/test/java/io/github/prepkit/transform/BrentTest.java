package io.github.prepkit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrentTest {

    @Test
    void findsTheMinimumOfAParabolaInsideTheBracket() {
        assertEquals(0.3, Brent.minimize(x -> (x - 0.3) * (x - 0.3) + 1, -2, 2), 1e-8);
    }

    @Test
    void theBracketSearchWalksDownhillOutsideTheStartingPoints() {
        double[] bracket = Brent.bracket(x -> (x - 7) * (x - 7), -2, 2);
        // f(xa) > f(xb) < f(xc), with the minimum between xa and xc
        assertTrue(bracket[3] > bracket[4] && bracket[5] > bracket[4]);
        assertTrue(Math.min(bracket[0], bracket[2]) < 7 && 7 < Math.max(bracket[0], bracket[2]));
        assertEquals(7, Brent.minimize(x -> (x - 7) * (x - 7), -2, 2), 1e-7);
        assertEquals(-11.5, Brent.minimize(x -> Math.abs(x + 11.5), -2, 2), 1e-6);
    }

    @Test
    void aNonSmoothMinimumIsFoundToTheTolerance() {
        // scipy's stopping rule: relative 1.48e-8 plus 1e-11
        assertEquals(1.25, Brent.minimize(x -> Math.abs(x - 1.25), -2, 2), 1e-6);
    }

    @Test
    void aFunctionThatIsNaNEverywhereStillEndsWithAnAnswer() {
        double x = Brent.minimize(x1 -> Double.NaN, -2, 2);
        assertEquals(x, Brent.minimize(x1 -> Double.NaN, -2, 2));
        assertTrue(Double.isFinite(x));
    }
}
