package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureMatrix;
import org.junit.jupiter.api.Test;

class LloydTest {

    private static PointBlocks line(double... values) {
        double[][] rows = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            rows[i] = new double[] {values[i]};
        }
        return PointBlocks.of(FeatureMatrix.of(KMeansTest.points(rows), "test"), BinaryScale.ONE, new double[1]);
    }

    @Test
    void stopsWhenTheLabelsStopChanging() {
        // iteration 1 from centres 0 and 1: {0, 1} and {5, 6, 7} give centres 0.5 and 6; iteration 2 keeps the labels
        Lloyd.Run run = Lloyd.run(line(0, 1, 5, 6, 7), PointWeights.unit(5).values(), new double[] {0, 1}, 300, 0, 1);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, run.labels());
        assertArrayEquals(new double[] {0.5, 6}, run.centres());
        assertEquals(0.25 + 0.25 + 1 + 0 + 1, run.inertia(), 1e-12);
        assertEquals(3, run.iterations());
    }

    @Test
    void maxIterStopsAndRelabels() {
        // one iteration from centres 0 and 1: labels {0}, {1, 5, 6, 7} -> centres 0 and 4.75; relabelled: 1 joins 0
        Lloyd.Run run = Lloyd.run(line(0, 1, 5, 6, 7), PointWeights.unit(5).values(), new double[] {0, 1}, 1, 0, 1);
        assertArrayEquals(new double[] {0, 4.75}, run.centres());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, run.labels());
        assertEquals(1, run.iterations());
        assertEquals(1 + 0.0625 + 1.5625 + 5.0625, run.inertia(), 1e-12);
    }

    @Test
    void inertiaSumsTheSquaredDistancesToTheAssignedCentres() {
        assertEquals(4 + 1 + 9, Lloyd.inertia(line(0, 1, 5), PointWeights.unit(3).values(), new double[] {2, 8}, new int[] {0, 0, 1}, 1), 1e-12);
    }

    @Test
    void weightsPullTheCentresAndScaleTheInertia() {
        // centres 0 and 1: {0, 1} and {5, 6, 7}; weights 3, 1 and 1, 1, 2: centres 1/4 and (5 + 6 + 14) / 4 = 6.25
        double[] weights = {3, 1, 1, 1, 2};
        Lloyd.Run run = Lloyd.run(line(0, 1, 5, 6, 7), weights, new double[] {0, 1}, 300, 0, 1);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, run.labels());
        assertArrayEquals(new double[] {0.25, 6.25}, run.centres());
        assertEquals(3 * 0.0625 + 0.5625 + 1.5625 + 0.0625 + 2 * 0.5625, run.inertia(), 1e-12);
    }

    @Test
    void aClusterOfWeightZeroIsRelocated() {
        // centres 0 and 6: {0, 1} and {8}, but 8 weighs 0, so cluster 1 weighs 0: as scikit-learn 1.2.1, it takes the
        // point farthest from its centre, 8 itself, with weight 0, and keeps sum 0 x 8 = 0 as its centre; relabelled,
        // 0 goes to that centre, 1 and 8 to 0.5
        Lloyd.Run run = Lloyd.run(line(0, 1, 8), new double[] {1, 1, 0}, new double[] {0, 6}, 1, 0, 1);
        assertArrayEquals(new double[] {0.5, 0}, run.centres());
        assertArrayEquals(new int[] {1, 0, 0}, run.labels());
        assertEquals(0.25, run.inertia(), 1e-12);
    }

    @Test
    void inertiaWeighsEachSquaredDistance() {
        assertEquals(0.5 * 4 + 0 * 1 + 2 * 9,
                Lloyd.inertia(line(0, 1, 5), new double[] {0.5, 0, 2}, new double[] {2, 8}, new int[] {0, 0, 1}, 1), 1e-12);
    }
}
