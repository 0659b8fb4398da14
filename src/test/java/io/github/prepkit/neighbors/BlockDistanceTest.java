package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class BlockDistanceTest {

    private static final RowBlocks ROWS = RowBlocks.of(new double[] {0, 0}, 1, 2);

    @Test
    void minkowskiWithPowerTwoIsEuclideanAsScikitLearnsEffectiveMetric() {
        assertInstanceOf(EuclideanBlockDistance.class, BlockDistance.of(Metric.EUCLIDEAN, 3, ROWS));
        assertInstanceOf(EuclideanBlockDistance.class, BlockDistance.of(Metric.MINKOWSKI, 2, ROWS));
    }

    @Test
    void manhattanIsMinkowskiWithPowerOneWhateverP() {
        BlockDistance manhattan = BlockDistance.of(Metric.MANHATTAN, 3, ROWS);
        assertInstanceOf(MinkowskiBlockDistance.class, manhattan);
        assertEquals(8, manhattan.distance(8));
        assertEquals(2, BlockDistance.of(Metric.MINKOWSKI, 3, ROWS).distance(8), 1e-15);
    }
}
