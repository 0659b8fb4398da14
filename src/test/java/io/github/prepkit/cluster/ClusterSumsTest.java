package io.github.prepkit.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ClusterSumsTest {

    @Test
    void addsAndAverages() {
        ClusterSums a = new ClusterSums(2, 2);
        a.sums[0] = 2;
        a.sums[1] = 4;
        a.weights[0] = 1;
        ClusterSums b = new ClusterSums(2, 2);
        b.sums[0] = 4;
        b.sums[1] = 2;
        b.sums[3] = 7;
        b.weights[0] = 2;
        a.add(b);
        assertArrayEquals(new double[] {6, 6, 0, 7}, a.sums);
        assertArrayEquals(new double[] {3, 0}, a.weights);
        // cluster 1 has weight 0: it keeps its sum, as scikit-learn's _average_centers
        assertArrayEquals(new double[] {2, 2, 0, 7}, a.means());
    }
}
