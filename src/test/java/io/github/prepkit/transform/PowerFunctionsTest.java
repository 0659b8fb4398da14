package io.github.prepkit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transforms and inverses by hand; the lambdas are checked against scikit-learn in the reference test. */
class PowerFunctionsTest {

    @ParameterizedTest
    @ValueSource(doubles = {-3.5, -1e-3, -0.0, 0, 0.4, 2, 17.25})
    void yeoJohnsonInverseUndoesTheTransform(double x) {
        for (double lambda : new double[] {-2.5, -0.7, 0, 1e-17, 0.5, 1, 2, 2 + 1e-17, 3.1}) {
            double y = PowerFunctions.yeoJohnson(x, lambda);
            assertEquals(x, PowerFunctions.yeoJohnsonInverse(y, lambda), 1e-12 * Math.max(1, Math.abs(x)),
                    "lambda " + lambda);
        }
    }

    @Test
    void yeoJohnsonIsTheIdentityAtLambdaOneAndALogarithmAtZeroAndTwo() {
        assertEquals(3.25, PowerFunctions.yeoJohnson(3.25, 1), 1e-15);
        assertEquals(-3.25, PowerFunctions.yeoJohnson(-3.25, 1), 1e-15);
        assertEquals(Math.log1p(3.25), PowerFunctions.yeoJohnson(3.25, 0));
        assertEquals(-Math.log1p(3.25), PowerFunctions.yeoJohnson(-3.25, 2));
        // (x + 1)^lambda - 1 over lambda, by hand: lambda 0.5 at 3 is (2 - 1) / 0.5 = 2; at -3 lambda 1.5 the same
        assertEquals(2, PowerFunctions.yeoJohnson(3, 0.5), 1e-15);
        assertEquals(-2, PowerFunctions.yeoJohnson(-3, 1.5), 1e-15);
        assertTrue(Double.isNaN(PowerFunctions.yeoJohnson(Double.NaN, 0.5)));
    }

    @Test
    void boxCoxIsAPowerAndALogarithmAtZeroAndItsInverseUndoesIt() {
        assertEquals((Math.pow(4, 0.5) - 1) / 0.5, PowerFunctions.boxCox(4, 0.5), 1e-15);
        assertEquals(Math.log(4), PowerFunctions.boxCox(4, 0));
        assertEquals(Math.log(4), PowerFunctions.boxCox(4, 1e-20));
        for (double lambda : new double[] {-1.5, 0, 0.3, 2.2}) {
            assertEquals(7.5, PowerFunctions.boxCoxInverse(PowerFunctions.boxCox(7.5, lambda), lambda), 1e-12);
        }
    }
}
