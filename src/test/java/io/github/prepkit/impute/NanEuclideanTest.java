package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NanEuclideanTest {

    private static final double NaN = Double.NaN;

    @Test
    void scalesThePresentCoordinatesUpAsScikitLearn() {
        // scikit-learn's docstring: [3, na, na, 6] to [1, na, 4, 5] is sqrt(4 / 2 * ((3 - 1)^2 + (6 - 5)^2))
        double[] x = {3, NaN, NaN, 6};
        double[] y = {0, 0, 0, 0, 1, NaN, 4, 5};
        assertEquals(Math.sqrt(10), NanEuclidean.distance(x, 0, y, 1, 4), 1e-15);
        assertEquals(Math.sqrt(4 / 2.0 * 45), NanEuclidean.distance(x, 0, y, 0, 4), 1e-15);
    }

    @Test
    void isPlainEuclideanWithoutMissingValuesAndZeroToItself() {
        double[] x = {0, 0, 3, 4};
        assertEquals(5, NanEuclidean.distance(x, 0, x, 1, 2), 0);
        assertEquals(0, NanEuclidean.distance(x, 1, x, 1, 2), 0);
    }

    @Test
    void isNaNWithoutACommonPresentCoordinate() {
        double[] x = {1, NaN, NaN, 2};
        assertTrue(Double.isNaN(NanEuclidean.distance(x, 0, x, 1, 2)));
    }
}
