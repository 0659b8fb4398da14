package io.github.prepkit.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TreeTextTest {

    @Test
    void formatsAsPythonDoes() {
        assertEquals("2.12", TreeText.decimals(2.115, 2), "2.115 is stored just above: rounds up");
        assertEquals("0.12", TreeText.decimals(0.125, 2), "an exact half rounds to even, as Python");
        assertEquals("-0.00", TreeText.decimals(-0.001, 2));
        assertEquals("-0.00", TreeText.decimals(-0.0, 2));
        assertEquals("2", TreeText.decimals(2.5, 0));
        assertEquals("755.0000", TreeText.decimals(755, 4));
        assertEquals("Infinity", TreeText.decimals(Double.POSITIVE_INFINITY, 2));
    }
}
