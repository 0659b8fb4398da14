package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AverageTest {

    @Test
    void describesItself() {
        assertEquals("macro", Average.MACRO.toString());
        assertEquals("weighted", Average.WEIGHTED.toString());
        assertEquals("micro", Average.MICRO.toString());
        assertEquals("binary(yes)", Average.binary("yes").toString());
        assertEquals(Average.Kind.BINARY, Average.binary(1).kind());
        assertEquals(1, Average.binary(1).positiveLabel());
    }

    @Test
    void binaryNeedsAPositiveLabel() {
        assertEquals("positiveLabel must not be null",
                assertThrows(IllegalArgumentException.class, () -> Average.binary(null)).getMessage());
    }
}
