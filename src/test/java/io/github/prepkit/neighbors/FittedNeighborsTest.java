package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class FittedNeighborsTest {

    private static final NeighborsParameters TWO = new NeighborsParameters("Step", 2, Weights.UNIFORM, Metric.EUCLIDEAN, 2, 1);

    private static Table features() {
        return Table.create("t", DoubleColumn.create("a", new double[] {0, 3, 0}), IntColumn.create("b", 0, 4, 1));
    }

    @Test
    void findsTheNearestTrainingRowsOfEachRowInFittedColumnOrder() {
        FittedNeighbors fitted = FittedNeighbors.fit(TWO, features(), IntColumn.create("y", 1, 2, 3));
        assertSame(TWO, fitted.parameters());
        // the columns in another order are the same features
        Table query = Table.create("q", IntColumn.create("b", 0, 4), DoubleColumn.create("a", new double[] {3, 3}));
        Neighbors found = fitted.kNeighbors(query, "Step.predict");
        assertEquals(2, found.k());
        assertArrayEquals(new int[] {0, 2, 1, 2}, found.indices());
        assertArrayEquals(new double[] {3, Math.sqrt(10), 0, Math.sqrt(18)}, found.distances(), 1e-15);
    }

    @Test
    void badInputFailsNamingTheStep() {
        FittedNeighbors fitted = FittedNeighbors.fit(TWO, features(), IntColumn.create("y", 1, 2, 3));
        assertEquals("Step.predict: feature column 'b' has an infinite value in row 0",
                assertThrows(IllegalArgumentException.class, () -> fitted.kNeighbors(
                        Table.create("q", DoubleColumn.create("a", new double[] {1}),
                                DoubleColumn.create("b", new double[] {Double.POSITIVE_INFINITY})), "Step.predict")).getMessage());
        assertEquals("Step: nNeighbors = 2 is more than the 1 training rows", assertThrows(IllegalArgumentException.class,
                () -> FittedNeighbors.fit(TWO, features().first(1), IntColumn.create("y", 1))).getMessage());
    }
}
