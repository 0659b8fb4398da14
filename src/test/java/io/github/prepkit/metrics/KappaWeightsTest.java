package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KappaWeightsTest {

    @Test
    void weightsGrowWithTheDistanceBetweenClassesAsScikitLearns() {
        assertEquals(0, KappaWeights.NONE.weight(2, 2));
        assertEquals(1, KappaWeights.NONE.weight(0, 3));
        assertEquals(3, KappaWeights.LINEAR.weight(0, 3));
        assertEquals(3, KappaWeights.LINEAR.weight(3, 0));
        assertEquals(9, KappaWeights.QUADRATIC.weight(3, 0));
        assertEquals(0, KappaWeights.QUADRATIC.weight(1, 1));
    }
}
