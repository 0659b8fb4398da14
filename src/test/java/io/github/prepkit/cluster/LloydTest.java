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
        Lloyd.Run run = Lloyd.run(line(0, 1, 5, 6, 7), new double[] {0, 1}, 300, 0, 1);
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, run.labels());
        assertArrayEquals(new double[] {0.5, 6}, run.centres());
        assertEquals(0.25 + 0.25 + 1 + 0 + 1, run.inertia(), 1e-12);
        assertEquals(3, run.iterations());
    }

    @Test
    void maxIterStopsAndRelabels() {
        // one iteration from centres 0 and 1: labels {0}, {1, 5, 6, 7} -> centres 0 and 4.75; relabelled: 1 joins 0
        Lloyd.Run run = Lloyd.run(line(0, 1, 5, 6, 7), new double[] {0, 1}, 1, 0, 1);
        assertArrayEquals(new double[] {0, 4.75}, run.centres());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, run.labels());
        assertEquals(1, run.iterations());
        assertEquals(1 + 0.0625 + 1.5625 + 5.0625, run.inertia(), 1e-12);
    }

    @Test
    void inertiaSumsTheSquaredDistancesToTheAssignedCentres() {
        assertEquals(4 + 1 + 9, Lloyd.inertia(line(0, 1, 5), new double[] {2, 8}, new int[] {0, 0, 1}, 1), 1e-12);
    }
}
