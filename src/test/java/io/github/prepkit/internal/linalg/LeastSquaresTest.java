package io.github.prepkit.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.stats.LinearFit;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void recoversAnExactLinearFunction() {
        double[] x = {0, 0, 1, 0, 0, 1, 2, 3, 5, -1};
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            y[i] = 1 + 2 * x[2 * i] - 3 * x[2 * i + 1];
        }
        LinearFit fit = LeastSquares.fit(CrossProducts.of(x, 2, y));
        assertArrayEquals(new double[] {2, -3}, fit.coefficients(), 1e-12);
        assertEquals(1, fit.intercept(), 1e-12);
    }

    @Test
    void matchesScikitLearnsLinearRegression() {
        double[] x = {1, 2, 2, 1, 3, 5, 4, 3, 5, 8, 6, 5, 7, 9, 8, 7.5};
        double[] y = {3.1, 2.2, 7.9, 5.4, 12.1, 8.8, 14.2, 11.0};
        LinearFit fit = LeastSquares.fit(CrossProducts.of(x, 2, y));
        // sklearn.linear_model.LinearRegression().fit(X, y): coef_, intercept_
        assertArrayEquals(new double[] {0.1208339958657986, 1.3718556209254247}, fit.coefficients(), 1e-12);
        assertEquals(0.5987279376689427, fit.intercept(), 1e-12);
    }

    @Test
    void aRankDeficientProblemGetsTheMinimumNormSolution() {
        // x2 = x1 and y = 1 + 4 x1: every (a, 4 - a) fits; the smallest is (2, 2), as LAPACK's gelsd returns
        double[] duplicated = {1, 1, 2, 2, 4, 4, 7, 7};
        LinearFit fit = LeastSquares.fit(CrossProducts.of(duplicated, 2, new double[] {5, 9, 17, 29}));
        assertArrayEquals(new double[] {2, 2}, fit.coefficients(), 1e-12);
        assertEquals(1, fit.intercept(), 1e-12);

        double[] constantSecond = {1, 3, 2, 3, 4, 3};
        LinearFit constant = LeastSquares.fit(CrossProducts.of(constantSecond, 2, new double[] {2, 4, 8}));
        assertArrayEquals(new double[] {2, 0}, constant.coefficients(), 1e-12);
        assertEquals(0, constant.intercept(), 1e-12);
    }

    @Test
    void noFeatureOrOneRowGivesTheMean() {
        LinearFit none = LeastSquares.fit(CrossProducts.of(new double[0], 0, new double[] {1, 2, 6}));
        assertEquals(3, none.intercept());
        LinearFit one = LeastSquares.fit(CrossProducts.of(new double[] {5, 7}, 2, new double[] {4}));
        assertArrayEquals(new double[] {0, 0}, one.coefficients());
        assertEquals(4, one.intercept());
    }

    @Test
    void nullDataFails() {
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.fit(null));
    }
}
