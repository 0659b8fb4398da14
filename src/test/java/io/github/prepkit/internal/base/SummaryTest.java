package io.github.prepkit.internal.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void numbersShowFourSignificantDigitsWithoutTrailingZeros() {
        assertEquals("[0.5, -0.25, 1235, 1.235e+07, 3.142, 1e-05]",
                Summary.numbers(new double[] {0.5, -0.25, 1235, 12345678, Math.PI, 1e-5}));
        assertEquals("[NaN, Infinity, -Infinity, -0, 0]",
                Summary.numbers(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0}));
        assertEquals("0.0001235", Summary.number(0.00012345));
        assertEquals("1.235e-05", Summary.number(0.000012345));
        assertEquals("-1.5e+300", Summary.number(-1.5e300));
    }

    @Test
    void longListsShowTheFirstSixAndTheCount() {
        assertEquals("[1, 2, 3, 4, 5, 6, ... (8)]", Summary.numbers(new double[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertEquals("[a, b]", Summary.names(List.of("a", "b")));
        assertEquals("[a, b, c, d, e, f, ... (7)]", Summary.names(List.of("a", "b", "c", "d", "e", "f", "g")));
        assertEquals("[]", Summary.names(List.of()));
    }
}
