package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
