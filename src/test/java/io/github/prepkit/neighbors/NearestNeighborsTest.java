package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.Extremes;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NearestNeighborsTest {

    private static Table points(double[] x, double[] y) {
        return Table.create("p", DoubleColumn.create("x", x), DoubleColumn.create("y", y));
    }

    private final Table fitted = points(new double[] {0, 1, 0, 3, 1}, new double[] {0, 0, 2, 3, 1});

    @Test
    void findsTheNearestRowsAsScikitLearn() {
        // NearestNeighbors(n_neighbors=3, algorithm='brute').fit(X).kneighbors([[0.9, 0.2], [3, 3]]):
        // indices [[1, 4, 0], [3, 4, 2]], distances [[0.2236068, 0.8062258, 0.9219544], [0, 2.8284271, 3.1622777]]
        NearestNeighborsModel.Result found = new NearestNeighbors().nNeighbors(3).fit(fitted)
                .kNeighbors(points(new double[] {0.9, 3}, new double[] {0.2, 3}));
        assertArrayEquals(new int[] {1, 4, 0}, found.indices()[0]);
        assertArrayEquals(new int[] {3, 4, 2}, found.indices()[1]);
        assertArrayEquals(new double[] {0.22360679775, 0.80622577483, 0.921954445729}, found.distances()[0], 1e-11);
        assertArrayEquals(new double[] {0.0, 2.828427124746, 3.162277660168}, found.distances()[1], 1e-11);
    }

    @Test
    void manhattanDistancesAndTheSameAnswerOnAnyThreadCount() {
        NearestNeighborsModel.Result one = new NearestNeighbors().nNeighbors(2).metric(Metric.MANHATTAN).nJobs(1)
                .fit(fitted).kNeighbors(fitted);
        NearestNeighborsModel.Result two = new NearestNeighbors().nNeighbors(2).metric(Metric.MANHATTAN).nJobs(2)
                .fit(fitted).kNeighbors(fitted);
        for (int q = 0; q < 5; q++) {
            assertEquals(q, one.indices()[q][0], "a fitted row finds itself first");
            assertArrayEquals(one.indices()[q], two.indices()[q]);
        }
        assertEquals(1.0, one.distances()[4][1], "row 4 (1, 1) is 1 from row 1 (1, 0) in Manhattan distance");
        assertEquals(1, one.indices()[4][1]);
    }

    @Test
    void badInputFailsNamingIt() {
        assertEquals("NearestNeighbors: nNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new NearestNeighbors().nNeighbors(0)).getMessage());
        assertEquals("NearestNeighbors: nNeighbors = 6 is more than the 5 training rows",
                assertThrows(IllegalArgumentException.class, () -> new NearestNeighbors().nNeighbors(6).fit(fitted)).getMessage());
        Table text = Table.create("t", StringColumn.create("s", "a"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new NearestNeighbors().nNeighbors(1).fit(text))
                .getMessage().contains("feature column 's' must be numeric"));
        NearestNeighborsModel model = new NearestNeighbors().nNeighbors(1).fit(fitted);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> model.kNeighbors(fitted.selectColumns("x")))
                .getMessage().contains("column 'y' is missing"));
    }

    /** More rows than the k-d tree's leaf, in three and in six columns (the tree's and the blocked search's). */
    private static Table spread(int columns) {
        double[][] values = new double[columns][100];
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < columns; j++) {
                values[j][i] = ((i * (7 + 2 * j) + 3 * j) % 29 - 14) / 8.0; // eighths in [-1.75, 1.75]
            }
        }
        Table table = Table.create("t");
        for (int j = 0; j < columns; j++) {
            table.addColumns(DoubleColumn.create("f" + j, values[j]));
        }
        return table;
    }

    @Test
    void extremeMagnitudesFindTheOrdinaryNeighboursAtScaledDistances() {
        for (int columns : new int[] {3, 6}) {
            Table ordinary = spread(columns);
            for (Metric metric : Metric.values()) {
                NearestNeighbors neighbors = new NearestNeighbors(4, metric, 3, 1);
                NearestNeighborsModel.Result expected = neighbors.fit(ordinary).kNeighbors(ordinary);
                for (int exponent : Extremes.EXPONENTS) {
                    Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
                    NearestNeighborsModel.Result found = neighbors.fit(moved).kNeighbors(moved);
                    String where = metric + " at 2^" + exponent;
                    for (int q = 0; q < 100; q++) {
                        assertArrayEquals(expected.indices()[q], found.indices()[q], where + ", query " + q);
                        if (metric == Metric.MINKOWSKI) { // p = 3: Math.pow is not exact, so neither is its scaling
                            assertArrayEquals(scaled(expected.distances()[q], exponent), found.distances()[q],
                                    1e-15 * Math.scalb(1.0, exponent), where);
                        } else {
                            Extremes.assertScaled(expected.distances()[q], exponent, found.distances()[q], where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void at1e300And1e200TheNeighboursAreTheSameRows() {
        Table ordinary = spread(3);
        NearestNeighborsModel.Result expected = new NearestNeighbors().nNeighbors(1).fit(ordinary).kNeighbors(ordinary);
        for (double factor : new double[] {1e300, -1e300, 1e-200, 1e-300}) {
            Table moved = Extremes.times(ordinary, factor);
            NearestNeighborsModel.Result found = new NearestNeighbors().nNeighbors(1).fit(moved).kNeighbors(moved);
            for (int q = 0; q < 100; q++) {
                assertArrayEquals(expected.indices()[q], found.indices()[q], "factor " + factor + ", query " + q);
                assertEquals(expected.distances()[q][0] * Math.abs(factor), found.distances()[q][0],
                        1e-14 * Math.abs(factor));
            }
        }
    }

    @Test
    void aColumnConstantAt1e308ChangesNoNeighbourAndNoDistance() {
        Table ordinary = spread(3);
        double[] constant = new double[100];
        Arrays.fill(constant, 1e308);
        Table withConstant = ordinary.copy().addColumns(DoubleColumn.create("c", constant));
        NearestNeighborsModel.Result expected = new NearestNeighbors().nNeighbors(3).fit(ordinary).kNeighbors(ordinary);
        NearestNeighborsModel.Result found = new NearestNeighbors().nNeighbors(3).fit(withConstant)
                .kNeighbors(withConstant);
        for (int q = 0; q < 100; q++) {
            assertArrayEquals(expected.indices()[q], found.indices()[q]);
            assertArrayEquals(expected.distances()[q], found.distances()[q]);
        }
    }

    @Test
    void queriesFarFromTheFittedRowsAreMeasuredAtTheirCommonScale() {
        // scikit-learn's squared distances from 1e300 overflow: infinite distances, neighbours by accident of order
        Table fitted = points(new double[] {0, 1, -1}, new double[] {0, 1, 2});
        NearestNeighborsModel model = new NearestNeighbors().nNeighbors(3).fit(fitted);
        NearestNeighborsModel.Result found = model.kNeighbors(points(new double[] {1e300, 2e300}, new double[] {0, 1}));
        assertArrayEquals(new int[] {0, 1, 2}, found.indices()[0], "1e300 - 1 rounds to 1e300: a tie, in row order");
        assertArrayEquals(new double[] {1e300, 1e300, 1e300}, found.distances()[0]);
        assertArrayEquals(new double[] {2e300, 2e300, 2e300}, found.distances()[1]);
        assertArrayEquals(new double[] {0, 0, 1, 1, -1, 2}, model.trainingRows());
        assertArrayEquals(new int[] {0, 1, 2}, model.kNeighbors(fitted).indices()[0], "and ordinary queries still");
    }

    private static double[] scaled(double[] values, int exponent) {
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = Math.scalb(values[i], exponent);
        }
        return scaled;
    }

    @Test
    void precomputedDistancesGiveTheNearestTiesToTheLowerIndex() {
        double[][] distances = {{0, 2, 1, 1}, {2, 0, 3, 2}, {1, 3, 0, 1}};
        assertArrayEquals(new int[][] {{0, 2, 3}, {1, 0, 3}, {2, 0, 3}}, NearestNeighbors.precomputed(distances, 3));
        assertArrayEquals(new int[][] {{0}, {1}, {2}}, NearestNeighbors.precomputed(distances, 1));
        assertEquals("NearestNeighbors: k must be from 1 to the 4 points, found 5",
                assertThrows(IllegalArgumentException.class, () -> NearestNeighbors.precomputed(distances, 5)).getMessage());
        assertEquals("NearestNeighbors: precomputed distance (0, 1) must be finite and at least 0, found NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> NearestNeighbors.precomputed(new double[][] {{0, Double.NaN}}, 1)).getMessage());
        assertEquals("NearestNeighbors: precomputed distances row 1 holds 1 values, expected 2",
                assertThrows(IllegalArgumentException.class,
                        () -> NearestNeighbors.precomputed(new double[][] {{0, 1}, {0}}, 1)).getMessage());
    }
}
