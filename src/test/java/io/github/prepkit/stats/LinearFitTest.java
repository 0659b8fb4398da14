package io.github.prepkit.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinearFitTest {

    @Test
    void predictsInterceptPlusWeightedFeatures() {
        LinearFit fit = new LinearFit(1, new double[] {2, -3});
        assertEquals(1 + 2 * 4 - 3 * 5, fit.predict(new double[] {4, 5}));
        assertEquals(1, fit.intercept());
    }

    @Test
    void holdsItsOwnCopyOfTheCoefficients() {
        double[] coefficients = {2, -3};
        LinearFit fit = new LinearFit(1, coefficients);
        coefficients[0] = 99;
        fit.coefficients()[1] = 99;
        assertArrayEquals(new double[] {2, -3}, fit.coefficients());
    }

    @Test
    void aRowOfTheWrongLengthFails() {
        LinearFit fit = new LinearFit(1, new double[] {2, -3});
        assertEquals("expected 2 features, found 1", assertThrows(IllegalArgumentException.class,
                () -> fit.predict(new double[] {1})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LinearFit(0, null));
    }
}
