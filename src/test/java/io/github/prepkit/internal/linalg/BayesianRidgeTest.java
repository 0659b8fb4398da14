package io.github.prepkit.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BayesianRidgeTest {

    private static final double[] X = {1, 2, 0.5, 2, 1, 1.5, 3, 5, 0.2, 4, 3, 2.2, 5, 8, 1.1, 6, 5, 0.9, 7, 9, 3.0,
        8, 7.5, 0.1, 9, 4, 1.7, 10, 6, 2.5};
    private static final double[] Y = {3.1, 2.2, 7.9, 5.4, 12.1, 8.8, 14.2, 11.0, 9.5, 13.3};

    @Test
    void matchesScikitLearnsBayesianRidge() {
        BayesianRidge.Fit fit = new BayesianRidge().fit(CrossProducts.of(X, 3, Y));
        // sklearn.linear_model.BayesianRidge().fit(X, y): coef_, intercept_, alpha_, lambda_, n_iter_
        assertArrayEquals(new double[] {0.4882040822518895, 1.0938332932433268, 0.35763611421551456},
                fit.model().coefficients(), 1e-9);
        assertEquals(0.05105794026055044, fit.model().intercept(), 1e-9);
        assertEquals(1.82491825883311, fit.alpha(), 1e-9);
        assertEquals(1.8153544792298357, fit.lambda(), 1e-9);
        assertEquals(4, fit.iterations());
        assertEquals(5.457620786457433, fit.model().predict(new double[] {2.5, 3.5, 1.0}), 1e-9);
    }

    @Test
    void shrinksTowardsZeroComparedWithLeastSquares() {
        CrossProducts data = CrossProducts.of(X, 3, Y);
        double ridge = norm(new BayesianRidge().fit(data).model().coefficients());
        double ordinary = norm(LeastSquares.fit(data).coefficients());
        assertEquals(true, ridge < ordinary, ridge + " < " + ordinary);
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    @Test
    void aConstantTargetGivesItsValueAndNoSlope() {
        BayesianRidge.Fit fit = new BayesianRidge().fit(CrossProducts.of(X, 3, new double[] {4, 4, 4, 4, 4, 4, 4, 4,
            4, 4}));
        assertArrayEquals(new double[3], fit.model().coefficients(), 1e-12);
        assertEquals(4, fit.model().intercept(), 1e-12);
    }

    @Test
    void maxIterBoundsTheEvidenceUpdates() {
        assertEquals(1, new BayesianRidge(1, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6).fit(CrossProducts.of(X, 3, Y)).iterations());
    }

    @Test
    void defaultsAreScikitLearnsAndBadParametersFail() {
        assertEquals(new BayesianRidge(300, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6), new BayesianRidge());
        assertEquals("BayesianRidge: maxIter must be >= 1, found 0", assertThrows(IllegalArgumentException.class,
                () -> new BayesianRidge(0, 1e-3, 1e-6, 1e-6, 1e-6, 1e-6)).getMessage());
        assertEquals("BayesianRidge: tol must be >= 0, found -1.0", assertThrows(IllegalArgumentException.class,
                () -> new BayesianRidge(300, -1, 1e-6, 1e-6, 1e-6, 1e-6)).getMessage());
        assertEquals("BayesianRidge: lambda2 must be >= 0, found NaN", assertThrows(IllegalArgumentException.class,
                () -> new BayesianRidge(300, 1e-3, 1e-6, 1e-6, 1e-6, Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BayesianRidge().fit(null));
    }
}
