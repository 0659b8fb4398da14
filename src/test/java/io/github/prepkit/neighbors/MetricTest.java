package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class MetricTest {

    /**
     * From the origin, A = (3, 4), B = (4.8, 0) and C = (0, 5.2) lie at Euclidean 5, 4.8, 5.2; Manhattan 7, 4.8, 5.2;
     * Minkowski p = 3: 91^(1/3) = 4.498, 4.8, 5.2. Each metric ranks them differently.
     */
    private static final Table POINTS = Table.create("p", DoubleColumn.create("u", new double[] {3, 4.8, 0}),
            DoubleColumn.create("v", new double[] {4, 0, 5.2}));

    private static final Table ORIGIN = Table.create("q", DoubleColumn.create("u", new double[] {0}),
            DoubleColumn.create("v", new double[] {0}));

    private static NearestNeighborsModel.Result fromTheOrigin(Metric metric, double p) {
        return new NearestNeighbors().nNeighbors(3).metric(metric).p(p).fit(POINTS).kNeighbors(ORIGIN);
    }

    @Test
    void euclideanIsTheStraightLine() {
        // sklearn 1.2.1 NearestNeighbors(n_neighbors=3, metric='euclidean'): [[1, 0, 2]], [[4.8, 5, 5.2]]
        NearestNeighborsModel.Result found = fromTheOrigin(Metric.EUCLIDEAN, 2);
        assertArrayEquals(new int[] {1, 0, 2}, found.indices()[0]);
        assertArrayEquals(new double[] {4.8, 5, 5.2}, found.distances()[0], 1e-12);
    }

    @Test
    void manhattanSumsTheAbsoluteDifferences() {
        // sklearn 1.2.1 metric='manhattan': [[1, 2, 0]], [[4.8, 5.2, 7]]
        NearestNeighborsModel.Result found = fromTheOrigin(Metric.MANHATTAN, 2);
        assertArrayEquals(new int[] {1, 2, 0}, found.indices()[0]);
        assertArrayEquals(new double[] {4.8, 5.2, 7}, found.distances()[0], 1e-12);
    }

    @Test
    void minkowskiUsesThePower() {
        // sklearn 1.2.1 metric='minkowski': p = 3 [[0, 1, 2]], [[4.497941445275415, 4.8, 5.2]]; p = 1 as Manhattan;
        // p = 2 as Euclidean
        NearestNeighborsModel.Result cubic = fromTheOrigin(Metric.MINKOWSKI, 3);
        assertArrayEquals(new int[] {0, 1, 2}, cubic.indices()[0]);
        assertArrayEquals(new double[] {Math.cbrt(91), 4.8, 5.2}, cubic.distances()[0], 1e-12);
        assertArrayEquals(new int[] {1, 2, 0}, fromTheOrigin(Metric.MINKOWSKI, 1).indices()[0]);
        assertArrayEquals(new double[] {4.8, 5.2, 7}, fromTheOrigin(Metric.MINKOWSKI, 1).distances()[0], 1e-12);
        assertArrayEquals(new int[] {1, 0, 2}, fromTheOrigin(Metric.MINKOWSKI, 2).indices()[0]);
    }

    @Test
    void euclideanAndManhattanIgnoreThePower() {
        // sklearn 1.2.1: metric='euclidean', p=1 still [[4.8, 5, 5.2]]; metric='manhattan', p=3 still [[4.8, 5.2, 7]]
        assertArrayEquals(new double[] {4.8, 5, 5.2}, fromTheOrigin(Metric.EUCLIDEAN, 1).distances()[0], 1e-12);
        assertArrayEquals(new double[] {4.8, 5.2, 7}, fromTheOrigin(Metric.MANHATTAN, 3).distances()[0], 1e-12);
    }

    @Test
    void theLargestPowerKeepsSmallDifferencesAtAnyMagnitude() {
        // Rows 0, 2^-50 s, s, 2 s and the query 0: distances 0, 2^-50 s, s, 2 s whatever p. At p = 20 the power of
        // a difference 2^-51 of the spread, brought into [1, 2) when scaled, is at least 2^-1020: still a double.
        for (double s : new double[] {1, 1e300, 1e-300}) {
            Table rows = Table.create("r", DoubleColumn.create("u", new double[] {2 * s, s, 0x1p-50 * s, 0}));
            Table query = Table.create("q", DoubleColumn.create("u", new double[] {0}));
            NearestNeighborsModel.Result found = new NearestNeighbors().nNeighbors(4).metric(Metric.MINKOWSKI).p(20)
                    .fit(rows).kNeighbors(query);
            assertArrayEquals(new int[] {3, 2, 1, 0}, found.indices()[0], "scale " + s);
            assertArrayEquals(new double[] {0, 0x1p-50 * s, s, 2 * s}, found.distances()[0], 1e-12 * s, "scale " + s);
        }
    }
}
