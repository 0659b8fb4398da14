package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void validValuesPass() {
        assertDoesNotThrow(() -> Parameters.positive("S", "n", 1));
        assertDoesNotThrow(() -> Parameters.positive("S", "c", 1e-300));
        assertDoesNotThrow(() -> Parameters.nonNegative("S", "tol", 0));
        assertEquals("x", Parameters.notNull("S", "name", "x"));
    }

    @Test
    void invalidValuesFailNamingStepParameterAndValue() {
        LinearRegressionTest.assertMessage("S: n must be a positive whole number, found 0", () -> Parameters.positive("S", "n", 0));
        LinearRegressionTest.assertMessage("S: c must be a finite number above 0, found -1.0", () -> Parameters.positive("S", "c", -1.0));
        LinearRegressionTest.assertMessage("S: c must be a finite number above 0, found Infinity",
                () -> Parameters.positive("S", "c", Double.POSITIVE_INFINITY));
        LinearRegressionTest.assertMessage("S: tol must be a finite number of at least 0, found NaN",
                () -> Parameters.nonNegative("S", "tol", Double.NaN));
        LinearRegressionTest.assertMessage("S: loss must not be null", () -> Parameters.notNull("S", "loss", null));
    }
}
