package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeighborHeapTest {

    /** Pushes {@code distances} in index order into a heap of k slots placed at offset 3 of larger arrays. */
    private static int[] select(double[] distances, int k, double[] sortedValues) {
        double[] values = new double[k + 5];
        int[] indices = new int[k + 5];
        NeighborHeap.clear(values, indices, 3, k);
        for (int i = 0; i < distances.length; i++) {
            NeighborHeap.push(values, indices, 3, k, distances[i], i);
        }
        NeighborHeap.sort(values, indices, 3, k);
        System.arraycopy(values, 3, sortedValues, 0, k);
        return Arrays.copyOfRange(indices, 3, 3 + k);
    }

    @Test
    void keepsTheKSmallestSortedByDistanceThenIndex() {
        double[] sorted = new double[3];
        assertArrayEquals(new int[] {4, 1, 2}, select(new double[] {9, 2, 5, 7, 1, 6}, 3, sorted));
        assertArrayEquals(new double[] {1, 2, 5}, sorted);
    }

    @Test
    void tiesAtTheKthPlaceKeepWhatScikitLearnsHeapKeeps() {
        // squared distances of x = [2, 2, 1, -2, -1, 1, 0, 2] from 0; scikit-learn 1.2.1 brute force (one thread),
        // k = 5, keeps rows {2, 3, 4, 5, 6}: row 3 (at distance 2) stays and row 0 (also at 2) goes, whereas
        // "smallest index first" would keep row 0
        double[] sorted = new double[5];
        assertArrayEquals(new int[] {6, 2, 4, 5, 3}, select(new double[] {4, 4, 1, 4, 1, 1, 0, 4}, 5, sorted));
        assertArrayEquals(new double[] {0, 1, 1, 1, 4}, sorted);
    }

    @Test
    void aRowNoNearerThanTheRootStaysOut() {
        double[] values = new double[2];
        int[] indices = new int[2];
        NeighborHeap.clear(values, indices, 0, 2);
        assertTrue(NeighborHeap.push(values, indices, 0, 2, 3, 0));
        assertTrue(NeighborHeap.push(values, indices, 0, 2, 5, 1));
        assertFalse(NeighborHeap.push(values, indices, 0, 2, 5, 2));
        assertTrue(NeighborHeap.push(values, indices, 0, 2, 4, 3));
        NeighborHeap.sort(values, indices, 0, 2);
        assertArrayEquals(new int[] {0, 3}, indices);
    }

    @Test
    void agreesWithAFullSortOnRandomDistancesWithoutTies() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 50; trial++) {
            double[] distances = random.doubles(1 + random.nextInt(60)).toArray();
            int k = 1 + random.nextInt(distances.length);
            double[] sorted = new double[k];
            int[] chosen = select(distances, k, sorted);
            double[] expected = distances.clone();
            Arrays.sort(expected);
            assertArrayEquals(Arrays.copyOf(expected, k), sorted);
            for (int j = 0; j < k; j++) {
                assertTrue(distances[chosen[j]] == sorted[j]);
            }
        }
    }
}
