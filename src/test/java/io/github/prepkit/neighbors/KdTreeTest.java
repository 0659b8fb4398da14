package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KdTreeTest {

    private static KdTree tree(double[] training, int columns, Metric metric, double p) {
        int rows = training.length / columns;
        return new KdTree(training, rows, columns, BlockDistance.of(metric, p, RowBlocks.of(training, rows, columns)));
    }

    @ParameterizedTest
    @CsvSource({"1, EUCLIDEAN", "2, MANHATTAN", "3, MINKOWSKI", "5, EUCLIDEAN", "5, MINKOWSKI"})
    void findsWhatBruteForceFindsOnDataWithoutTies(int columns, Metric metric) {
        double[] training = RowOrderOracle.gaussian(1000 * columns, columns);
        double[] queries = RowOrderOracle.gaussian(50 * columns, 100 + columns);
        KdTree tree = tree(training, columns, metric, 3);
        int k = 4;
        double[] values = new double[k];
        int[] indices = new int[k];
        for (int q = 0; q < 50; q++) {
            assertTrue(tree.search(queries, q * columns, k, values, indices, 0, new double[k + 1], new int[k + 1]));
            assertArrayEquals(RowOrderOracle.nearest(training, queries, q, columns, k, metric, 3), indices, "query " + q);
            assertEquals(RowOrderOracle.reduced(training, indices[k - 1], queries, q, columns, metric, 3), values[k - 1]);
        }
    }

    @Test
    void declinesExactlyWhenTheKthNeighbourTiesWithTheNext() {
        int columns = 2;
        double[] training = RowOrderOracle.grid(400 * columns, 1);
        double[] queries = RowOrderOracle.grid(40 * columns, 2);
        KdTree tree = tree(training, columns, Metric.MANHATTAN, 1);
        int k = 6;
        int declined = 0;
        for (int q = 0; q < 40; q++) {
            double[] values = new double[k + 2];
            int[] indices = new int[k + 2];
            boolean answered = tree.search(queries, q * columns, k, values, indices, 2, new double[k + 1], new int[k + 1]);
            double[] all = new double[400];
            for (int i = 0; i < 400; i++) {
                all[i] = RowOrderOracle.reduced(training, i, queries, q, columns, Metric.MANHATTAN, 1);
            }
            Arrays.sort(all);
            assertEquals(all[k - 1] != all[k], answered, "query " + q);
            if (answered) {
                int[] expected = RowOrderOracle.nearest(training, queries, q, columns, k, Metric.MANHATTAN, 1);
                assertArrayEquals(expected, Arrays.copyOfRange(indices, 2, 2 + k));
            } else {
                declined++;
            }
        }
        assertTrue(declined > 0, "grid data should produce ties");
    }

    @Test
    void withAsManyNeighboursAsRowsItReturnsEveryRowSorted() {
        double[] training = {3, 1, 2, 1, 5};
        KdTree tree = tree(training, 1, Metric.EUCLIDEAN, 2);
        double[] values = new double[5];
        int[] indices = new int[5];
        assertTrue(tree.search(new double[] {0}, 0, 5, values, indices, 0, new double[6], new int[6]));
        assertArrayEquals(new int[] {1, 3, 2, 0, 4}, indices);
        assertArrayEquals(new double[] {1, 1, 4, 9, 25}, values);
    }
}
