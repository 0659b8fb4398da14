package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureMatrix;
import org.junit.jupiter.api.Test;

class RelocationTest {

    private static final double[][] DATA = {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 7}, {6, 5}, {20, 0}};

    private static PointBlocks points() {
        return PointBlocks.of(FeatureMatrix.of(KMeansTest.points(DATA), "test"), BinaryScale.ONE, new double[2]);
    }

    @Test
    void emptyClustersTakeTheFarthestPointsInOrder() {
        // all points in cluster 0 around (0, 0): the farthest, (20, 0), goes to cluster 1, then (5, 7) to cluster 2
        double[] centres = {0, 0, 100, 100, 200, 200};
        int[] labels = new int[DATA.length];
        ClusterSums sums = new ClusterSums(3, 2);
        for (double[] row : DATA) {
            sums.sums[0] += row[0];
            sums.sums[1] += row[1];
            sums.weights[0]++;
        }
        Relocation.relocateEmptyClusters(points(), PointWeights.unit(DATA.length).values(), centres, labels, sums);
        assertArrayEquals(new double[] {12, 11, 20, 0, 5, 7}, sums.sums);
        assertArrayEquals(new double[] {5, 1, 1}, sums.weights);
        assertArrayEquals(new int[DATA.length], labels, "labels are left to the next assignment");
    }

    @Test
    void nothingMovesWithoutAnEmptyCluster() {
        ClusterSums sums = new ClusterSums(1, 2);
        sums.weights[0] = 7;
        sums.sums[0] = 1;
        Relocation.relocateEmptyClusters(points(), PointWeights.unit(DATA.length).values(), new double[] {0, 0},
                new int[DATA.length], sums);
        assertArrayEquals(new double[] {1, 0}, sums.sums);
    }

    @Test
    void aRelocatedPointBringsItsWeight() {
        // weights 1, 1, 1, 1, 2, 1, 0.5: (20, 0) moves with weight 0.5, then (5, 7) with weight 2, as scikit-learn's
        // centers_new[new] = X[far] * weight; the distances that choose them are not weighted
        double[] weights = {1, 1, 1, 1, 2, 1, 0.5};
        double[] centres = {0, 0, 100, 100, 200, 200};
        ClusterSums sums = new ClusterSums(3, 2);
        for (int i = 0; i < DATA.length; i++) {
            sums.sums[0] += DATA[i][0] * weights[i];
            sums.sums[1] += DATA[i][1] * weights[i];
            sums.weights[0] += weights[i];
        }
        Relocation.relocateEmptyClusters(points(), weights, centres, new int[DATA.length], sums);
        assertArrayEquals(new double[] {12, 11, 10, 0, 10, 14}, sums.sums);
        assertArrayEquals(new double[] {5, 0.5, 2}, sums.weights);
    }
}
