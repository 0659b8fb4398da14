package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.prepkit.internal.data.BinaryScale;
import org.junit.jupiter.api.Test;

class NeighborsTest {

    @Test
    void uniformWeightsAreOnes() {
        Neighbors neighbors = new Neighbors(2, new int[] {0, 1, 1, 0}, new double[] {0, 2, 1, 4}, BinaryScale.ONE);
        assertArrayEquals(new double[] {1, 1, 1, 1}, neighbors.weights(Weights.UNIFORM));
    }

    @Test
    void distanceWeightsAreInverseDistancesUnlessAQueryHasAZeroDistance() {
        Neighbors neighbors = new Neighbors(3, new int[] {0, 1, 2, 0, 1, 2}, new double[] {0, 0, 2, 0.5, 2, 4},
                BinaryScale.ONE);
        // first query: two neighbours at distance 0 take all the weight (scikit-learn's _get_weights)
        assertArrayEquals(new double[] {1, 1, 0, 2, 0.5, 0.25}, neighbors.weights(Weights.DISTANCE));
    }

    @Test
    void aDistanceSoSmallItsInverseOverflowsCountsAsZero() {
        Neighbors neighbors = new Neighbors(2, new int[] {0, 1}, new double[] {Double.MIN_VALUE, 1}, BinaryScale.ONE);
        assertArrayEquals(new double[] {1, 0}, neighbors.weights(Weights.DISTANCE));
    }

    @Test
    void distancesAreTheScaledOnesScaledBackAndWeightsTheirInversesWhichAVoteShareCancels() {
        Neighbors neighbors = new Neighbors(2, new int[] {0, 1}, new double[] {1, 4}, new BinaryScale(-1000));
        assertArrayEquals(new double[] {0x1p1000, 0x1p1002}, neighbors.distances());
        assertArrayEquals(new double[] {1, 0.25}, neighbors.weights(Weights.DISTANCE));
        Neighbors beyond = new Neighbors(1, new int[] {0}, new double[] {4}, new BinaryScale(-1023));
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY}, beyond.distances());
    }
}
