package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NeighborsParametersTest {

    private static String failure(int nNeighbors, Weights weights, Metric metric, double p, int nJobs) {
        return assertThrows(IllegalArgumentException.class,
                () -> new NeighborsParameters("Step", nNeighbors, weights, metric, p, nJobs)).getMessage();
    }

    @Test
    void everyParameterIsCheckedWithItsRange() {
        assertEquals("Step: nNeighbors must be at least 1, found 0", failure(0, Weights.UNIFORM, Metric.EUCLIDEAN, 2, 1));
        assertEquals("Step: weights must not be null", failure(1, null, Metric.EUCLIDEAN, 2, 1));
        assertEquals("Step: metric must not be null", failure(1, Weights.UNIFORM, null, 2, 1));
        String p = "Step: p must be a number from 1 to 20 (above, the p-th powers of small differences underflow to 0), found ";
        assertEquals(p + "0.5", failure(1, Weights.UNIFORM, Metric.MINKOWSKI, 0.5, 1));
        assertEquals(p + "NaN", failure(1, Weights.UNIFORM, Metric.MINKOWSKI, Double.NaN, 1));
        assertEquals(p + "20.5", failure(1, Weights.UNIFORM, Metric.MINKOWSKI, 20.5, 1));
        assertEquals(p + "Infinity", failure(1, Weights.UNIFORM, Metric.MINKOWSKI, Double.POSITIVE_INFINITY, 1));
        assertEquals("Step: nJobs must be a positive number of threads or -1 for every core, found 0",
                failure(1, Weights.UNIFORM, Metric.EUCLIDEAN, 2, 0));
    }

    @Test
    void validValuesAreKept() {
        NeighborsParameters parameters = new NeighborsParameters("Step", 3, Weights.DISTANCE, Metric.MINKOWSKI, 1.5, -1);
        assertEquals(3, parameters.nNeighbors());
        assertEquals(1.5, parameters.p());
    }
}
