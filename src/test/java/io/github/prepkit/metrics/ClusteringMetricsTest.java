package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ClusteringMetricsTest {

    private static final Table POINTS = Table.create("points",
            DoubleColumn.create("x", 0, 0, 1, 5, 5, 9),
            DoubleColumn.create("y", 0, 1, 0, 5, 6, 9));
    private static final IntColumn LABELS = IntColumn.create("cluster", 0, 0, 0, 1, 1, 2);

    @Test
    void silhouetteMatchesScikitLearn() {
        // sklearn silhouette_score: 0.6887205403884762 (the singleton cluster's row counts 0)
        assertEquals(0.6887205403884762, ClusteringMetrics.silhouette(POINTS, LABELS), 1e-12);
        // on iris with the species as labels: sklearn 0.5034774406932966
        Table iris = Datasets.load("iris");
        assertEquals(0.5034774406932966,
                ClusteringMetrics.silhouette(Columns.without(iris, "species"), iris.column("species")), 1e-12);
    }

    @Test
    void silhouetteByHandOnTwoPairs() {
        // clusters {0, 1} and {10, 11} on a line: a = 1 for every row; b = 10 for the inner rows, 10 for the outer
        // rows too ((10 + 11) / 2 = 10.5 for row 0, (9 + 10) / 2 = 9.5 for row 1)
        Table line = Table.create("line", DoubleColumn.create("x", 0, 1, 10, 11));
        IntColumn labels = IntColumn.create("c", 0, 0, 1, 1);
        double expected = ((10.5 - 1) / 10.5 + (9.5 - 1) / 9.5 + (9.5 - 1) / 9.5 + (10.5 - 1) / 10.5) / 4;
        assertEquals(expected, ClusteringMetrics.silhouette(line, labels), 1e-15);
    }

    @Test
    void inertiaIsTheWithinClusterSumOfSquares() {
        // cluster 0: mean (1/3, 1/3), squares 2/9 + 2/9 ... = 4/3; cluster 1: mean (5, 5.5), 0.5; singleton 0
        assertEquals(4.0 / 3 + 0.5, ClusteringMetrics.inertia(POINTS, LABELS), 1e-12);
        StringColumn text = StringColumn.create("c", "a", "a", "a", "b", "b", "c");
        assertEquals(4.0 / 3 + 0.5, ClusteringMetrics.inertia(POINTS, text), 1e-12, "labels of any type");
    }

    @Test
    void featuresNearTheEndsOfTheRangeScoreAsAtAnOrdinaryScale() {
        for (int exponent : new int[] {1000, 400, -500, -1000}) {
            Table moved = POINTS.copy();
            for (String name : moved.columnNames()) {
                moved.replaceColumn(name, moved.doubleColumn(name).map(v -> Math.scalb(v, exponent)));
            }
            String at = "2^" + exponent;
            assertEquals(ClusteringMetrics.silhouette(POINTS, LABELS), ClusteringMetrics.silhouette(moved, LABELS), at);
            assertEquals(Math.scalb(ClusteringMetrics.inertia(POINTS, LABELS), 2 * exponent),
                    ClusteringMetrics.inertia(moved, LABELS), at);
        }
    }

    @Test
    void badInputFails() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.silhouette(POINTS, IntColumn.create("c", 0, 0, 0, 0, 0, 0)));
        assertEquals("silhouette: the labels must hold 2 to rows - 1 = 5 clusters, found 1", one.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.silhouette(POINTS, IntColumn.create("c", 0, 1, 2, 3, 4, 5)));
        assertEquals("labels has 2 values but features has 6: they must have one value per row",
                assertThrows(IllegalArgumentException.class,
                        () -> ClusteringMetrics.inertia(POINTS, IntColumn.create("c", 0, 1))).getMessage());
        Table text = POINTS.copy().addColumns(StringColumn.create("name", "a", "b", "c", "d", "e", "f"));
        IllegalArgumentException string = assertThrows(IllegalArgumentException.class,
                () -> ClusteringMetrics.inertia(text, LABELS));
        assertTrue(string.getMessage().contains("'name' must be numeric"), string.getMessage());
        Table gap = Table.create("gap", DoubleColumn.create("x", 0, Double.NaN, 1, 5, 5, 9));
        assertThrows(IllegalArgumentException.class, () -> ClusteringMetrics.silhouette(gap, LABELS));
    }
}
