package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final int ROWS = 5000;
    private static final int FEATURES = 5;

    private static double[][] randomRows(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] data = new double[rows][FEATURES];
        for (double[] row : data) {
            for (int j = 0; j < FEATURES; j++) {
                row[j] = random.nextDouble(-5, 5);
            }
        }
        return data;
    }

    private static double[] flat(double[][] rows) {
        double[] flat = new double[rows.length * FEATURES];
        for (int c = 0; c < rows.length; c++) {
            System.arraycopy(rows[c], 0, flat, c * FEATURES, FEATURES);
        }
        return flat;
    }

    private static PointBlocks blocks(double[][] data) {
        return PointBlocks.of(FeatureMatrix.of(KMeansTest.points(data), "test"), BinaryScale.ONE, new double[FEATURES]);
    }

    @Test
    void labelsAndSumsMatchABruteForceSearch() {
        double[][] data = randomRows(ROWS, 1);
        double[][] centres = randomRows(7, 2);
        int[] expectedLabels = new int[ROWS];
        double[] expectedSums = new double[7 * FEATURES];
        double[] expectedWeights = new double[7];
        for (int i = 0; i < ROWS; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                double d = 0;
                for (int j = 0; j < FEATURES; j++) {
                    d += (data[i][j] - centres[c][j]) * (data[i][j] - centres[c][j]);
                }
                if (d < best) {
                    best = d;
                    expectedLabels[i] = c;
                }
            }
            expectedWeights[expectedLabels[i]]++;
            for (int j = 0; j < FEATURES; j++) {
                expectedSums[expectedLabels[i] * FEATURES + j] += data[i][j];
            }
        }
        Assignment assignment = new Assignment(blocks(data), flat(centres));
        int[] labels = new int[ROWS];
        ClusterSums sums = assignment.assignAndSum(labels, PointWeights.unit(ROWS).values(), 1);
        assertArrayEquals(expectedLabels, labels);
        assertArrayEquals(expectedSums, sums.sums, 1e-9);
        assertArrayEquals(expectedWeights, sums.weights);

        int[] parallelLabels = new int[ROWS];
        ClusterSums parallel = assignment.assignAndSum(parallelLabels, PointWeights.unit(ROWS).values(), 2);
        assertArrayEquals(labels, parallelLabels);
        assertArrayEquals(sums.sums, parallel.sums, 0, "merged in task order: the same bits on two threads");
        int[] onlyLabels = new int[ROWS];
        assignment.assign(onlyLabels, 2);
        assertArrayEquals(labels, onlyLabels);
    }

    @Test
    void aSubnormalDifferenceStillDecides() {
        // for the point 0 the distances are |c|²: 1e-320 (subnormal) for c = 1e-160, 0 for c = 0
        PointBlocks origin = PointBlocks.of(FeatureMatrix.of(KMeansTest.points(new double[][] {{0}}), "test"),
                BinaryScale.ONE, new double[1]);
        int[] label = new int[1];
        new Assignment(origin, new double[] {1e-160, 0}).assign(label, 1);
        assertEquals(1, label[0]);
        new Assignment(origin, new double[] {0, 1e-160, 0}).assign(label, 1);
        assertEquals(0, label[0]);
    }

    @Test
    void tiesGoToTheLowerCentre() {
        double[][] data = randomRows(300, 3);
        double[][] centres = {{9, 9, 9, 9, 9}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {9, 9, 9, 9, 9}};
        int[] labels = new int[300];
        new Assignment(blocks(data), flat(centres)).assign(labels, 1);
        for (int label : labels) {
            assertEquals(1, label);
        }
    }

    @Test
    void weightedSumsAddEachPointTimesItsWeight() {
        double[][] data = randomRows(ROWS, 4);
        double[] weights = new SplittableRandom(5).doubles(ROWS, 0, 3).toArray();
        Assignment assignment = new Assignment(blocks(data), flat(randomRows(3, 6)));
        int[] labels = new int[ROWS];
        ClusterSums sums = assignment.assignAndSum(labels, weights, 1);
        double[] expectedSums = new double[3 * FEATURES];
        double[] expectedWeights = new double[3];
        for (int i = 0; i < ROWS; i++) {
            expectedWeights[labels[i]] += weights[i];
            for (int j = 0; j < FEATURES; j++) {
                expectedSums[labels[i] * FEATURES + j] += data[i][j] * weights[i];
            }
        }
        assertArrayEquals(expectedSums, sums.sums, 1e-9);
        assertArrayEquals(expectedWeights, sums.weights, 1e-9);
        ClusterSums parallel = assignment.assignAndSum(new int[ROWS], weights, 2);
        assertArrayEquals(sums.sums, parallel.sums, 0, "the same bits on two threads");
        assertArrayEquals(sums.weights, parallel.weights, 0);
    }

    @Test
    void sumsAreTheRowOrderSumsOfEachTaskMergedInTaskOrderBitForBit() {
        double[][] data = randomRows(ROWS, 7);
        double[] weights = new SplittableRandom(8).doubles(ROWS, 0, 3).toArray();
        PointBlocks points = blocks(data);
        int[] labels = new int[ROWS];
        ClusterSums sums = new Assignment(points, flat(randomRows(4, 9))).assignAndSum(labels, weights, 1);
        ClusterSums expected = new ClusterSums(4, FEATURES);
        for (int task = 0; task < points.tasks(); task++) {
            ClusterSums partial = new ClusterSums(4, FEATURES);
            int end = Math.min(ROWS, PointBlocks.blockStart(points.endBlock(task)));
            for (int i = PointBlocks.blockStart(PointBlocks.firstBlock(task)); i < end; i++) {
                partial.weights[labels[i]] += weights[i];
                for (int j = 0; j < FEATURES; j++) {
                    partial.sums[labels[i] * FEATURES + j] += data[i][j] * weights[i];
                }
            }
            expected.add(partial);
        }
        assertEquals(2, points.tasks(), "the case covers a merge");
        assertArrayEquals(expected.sums, sums.sums, 0);
        assertArrayEquals(expected.weights, sums.weights, 0);
    }

    @Test
    void inertiaWithTheAssignmentIsLloydsInertiaBitForBit() {
        double[][] data = randomRows(ROWS, 10);
        double[] weights = new SplittableRandom(11).doubles(ROWS, 0, 3).toArray();
        PointBlocks points = blocks(data);
        double[] centres = flat(randomRows(6, 12));
        int[] labels = new int[ROWS];
        new Assignment(points, centres).assign(labels, 1);
        double expected = Lloyd.inertia(points, weights, centres, labels, 1);
        for (int nJobs = 1; nJobs <= 2; nJobs++) {
            int[] fused = new int[ROWS];
            assertEquals(expected, new Assignment(points, centres).assignAndInertia(fused, weights, nJobs), 0);
            assertArrayEquals(labels, fused);
        }
    }
}
