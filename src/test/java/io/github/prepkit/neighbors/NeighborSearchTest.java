package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeighborSearchTest {

    private static double[] gaussian(int count, double center, double spread, long seed) {
        double[] values = RowOrderOracle.gaussian(count, seed);
        for (int i = 0; i < count; i++) {
            values[i] = center + spread * values[i];
        }
        return values;
    }

    /** The distance computed the plain way, feature by feature. */
    private static double distance(double[] training, int i, double[] queries, int q, int columns, Metric metric, double p) {
        double reduced = RowOrderOracle.reduced(training, i, queries, q, columns, metric, p);
        return switch (metric) {
            case EUCLIDEAN -> Math.sqrt(reduced);
            case MANHATTAN -> reduced;
            case MINKOWSKI -> Math.pow(reduced, 1 / p);
        };
    }

    /** The k nearest by a full sort on plain distances (for data without ties). */
    private static void assertPlainNearest(double[] training, double[] queries, int columns, int k, Metric metric,
                                           double p, Neighbors found) {
        int rows = training.length / columns;
        for (int q = 0; q < queries.length / columns; q++) {
            int query = q;
            double[] distances = IntStream.range(0, rows)
                    .mapToDouble(i -> distance(training, i, queries, query, columns, metric, p)).toArray();
            int[] expected = IntStream.range(0, rows).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> distances[i])).limit(k)
                    .mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, RowOrderOracle.of(found, q), "query " + q);
            for (int j = 0; j < k; j++) {
                assertEquals(distances[expected[j]], found.distances()[q * k + j], 1e-12 * (1 + distances[expected[j]]));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"7, EUCLIDEAN", "7, MANHATTAN", "7, MINKOWSKI", "3, EUCLIDEAN", "3, MANHATTAN", "3, MINKOWSKI"})
    void findsThePlainNearestRowsAcrossBlocks(int columns, Metric metric) {
        int rows = 3 * RowBlocks.blockRows(columns) + 5;
        double[] training = gaussian(rows * columns, 0, 1, 1);
        double[] queries = gaussian(40 * columns, 0, 1, 2);
        Neighbors found = new NeighborSearch(training, rows, columns, metric, 3).search(queries, 40, 6, 1);
        assertPlainNearest(training, queries, columns, 6, metric, 3, found);
    }

    @Test
    void euclideanIsExactWhereTheExpansionWouldRoundAway() {
        // distances of ~1e-3 next to norms of ~1e12: |q|^2 - 2 q.x + |x|^2 keeps no correct digit here
        int columns = 3;
        double[] training = gaussian(300 * columns, 1e6, 1e-3, 3);
        double[] queries = gaussian(20 * columns, 1e6, 1e-3, 4);
        Neighbors found = new NeighborSearch(training, 300, columns, Metric.EUCLIDEAN, 2).search(queries, 20, 4, 1);
        assertPlainNearest(training, queries, columns, 4, Metric.EUCLIDEAN, 2, found);
    }

    @ParameterizedTest
    @CsvSource({"5e-30, 1e-31, 5e-30, 1e-31", "1e13, 1e4, 1e13, 1e4", "0, 1, 0, 1e-30", "0, 1, 1e13, 1"})
    void euclideanIsExactOutsideTheRangeScreenedInFloats(double center, double spread, double queryCenter,
                                                         double querySpread) {
        // values too small or too large for single precision, in the training rows or in the queries only; more
        // columns than a k-d tree takes, so that every query is screened
        int columns = KdTree.MAX_COLUMNS + 1;
        int rows = 2 * RowBlocks.blockRows(columns) + 7;
        double[] training = gaussian(rows * columns, center, spread, 7);
        double[] queries = gaussian(25 * columns, queryCenter, querySpread, 8);
        Neighbors found = new NeighborSearch(training, rows, columns, Metric.EUCLIDEAN, 2).search(queries, 25, 5, 1);
        assertPlainNearest(training, queries, columns, 5, Metric.EUCLIDEAN, 2, found);
    }

    @ParameterizedTest
    @CsvSource({"2, EUCLIDEAN", "2, MANHATTAN", "2, MINKOWSKI", "6, EUCLIDEAN", "6, MANHATTAN", "6, MINKOWSKI"})
    void tiesAreBrokenAsAHeapFedInRowOrder(int columns, Metric metric) {
        int rows = 2 * RowBlocks.blockRows(columns) + 3;
        double[] training = RowOrderOracle.grid(rows * columns, 5);
        double[] queries = RowOrderOracle.grid(30 * columns, 6);
        int k = 7;
        Neighbors found = new NeighborSearch(training, rows, columns, metric, 3).search(queries, 30, k, 1);
        for (int q = 0; q < 30; q++) {
            assertArrayEquals(RowOrderOracle.nearest(training, queries, q, columns, k, metric, 3),
                    RowOrderOracle.of(found, q), "query " + q);
        }
    }

    @ParameterizedTest
    @CsvSource({"7, EUCLIDEAN, 1", "7, EUCLIDEAN, 2", "7, MANHATTAN, 2", "7, MINKOWSKI, 1", "20, EUCLIDEAN, 3",
            "3, EUCLIDEAN, 2"})
    void searchingTheTrainingRowsThemselvesFindsWhatAQueryForEachFinds(int columns, Metric metric, int threads) {
        int rows = 4 * RowBlocks.blockRows(columns) + 11;
        double[] grid = RowOrderOracle.grid(rows * columns, 9); // many ties and identical rows
        double[] spread = gaussian(rows * columns, 0, 1, 10);
        for (double[] training : new double[][] {grid, spread}) {
            NeighborSearch search = new NeighborSearch(training, rows, columns, metric, 3);
            Neighbors queried = search.search(training, rows, 5, 1);
            Neighbors self = search.searchSelf(5, threads);
            assertArrayEquals(queried.indices(), self.indices());
            assertArrayEquals(queried.distances(), self.distances());
        }
    }

    @ParameterizedTest
    @CsvSource({"4", "9"})
    void theResultDoesNotDependOnTheNumberOfThreads(int columns) {
        int rows = 500;
        double[] training = RowOrderOracle.grid(rows * columns, 7);
        int queries = 3 * NeighborSearch.QUERY_GROUP + 1;
        double[] query = RowOrderOracle.grid(queries * columns, 8);
        NeighborSearch search = new NeighborSearch(training, rows, columns, Metric.EUCLIDEAN, 2);
        Neighbors one = search.search(query, queries, 9, 1);
        Neighbors two = search.search(query, queries, 9, 2);
        assertArrayEquals(one.indices(), two.indices());
        assertArrayEquals(one.distances(), two.distances());
    }

    @Test
    void hugeValuesAreComparedScaledInsteadOfOverflowing() {
        // squared norms of 1e300 would overflow: rows and queries are compared scaled by one power of two
        double[] training = {1e150, 0, 1, -3e150};
        NeighborSearch search = new NeighborSearch(training, 4, 1, Metric.EUCLIDEAN, 2);
        Neighbors found = search.search(new double[] {0.4, 1e150}, 2, 3, 1);
        assertArrayEquals(new int[] {1, 2, 0, 0, 1, 2}, found.indices());
        assertArrayEquals(new double[] {0.4, 0.6, 1e150, 0, 1e150, 1e150}, found.distances(), 1e136);
        // from 1e300 every row is 1e300 away once rounded: a tie, kept in row order, at a finite distance
        Neighbors far = search.search(new double[] {1e300}, 1, 4, 1);
        assertArrayEquals(new int[] {0, 1, 2, 3}, far.indices());
        assertArrayEquals(new double[] {1e300, 1e300, 1e300, 1e300}, far.distances());
        assertArrayEquals(training, search.training(), "the rows as given, not scaled");
    }
}
