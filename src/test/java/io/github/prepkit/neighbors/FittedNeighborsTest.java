package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class FittedNeighborsTest {

    private static final NeighborsParameters TWO = new NeighborsParameters("Step", 2, Weights.UNIFORM, Metric.EUCLIDEAN, 2, 1);

    private static Table features() {
        return Table.create("t", DoubleColumn.create("a", new double[] {0, 3, 0}), IntColumn.create("b", 0, 4, 1));
    }

    private static FittedNeighbors fitted() {
        FeatureMatrix training = FittedNeighbors.training(TWO, features(), IntColumn.create("y", 1, 2, 3));
        return FittedNeighbors.of(TWO, Schema.of(features()), training.values(), "StepModel");
    }

    @Test
    void findsTheNearestTrainingRowsOfEachRowInFittedColumnOrder() {
        FittedNeighbors fitted = fitted();
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
        FittedNeighbors fitted = fitted();
        assertEquals("Step.predict: feature column 'b' has an infinite value in row 0",
                assertThrows(IllegalArgumentException.class, () -> fitted.kNeighbors(
                        Table.create("q", DoubleColumn.create("a", new double[] {1}),
                                DoubleColumn.create("b", new double[] {Double.POSITIVE_INFINITY})), "Step.predict")).getMessage());
        assertEquals("Step: nNeighbors = 2 is more than the 1 training rows", assertThrows(IllegalArgumentException.class,
                () -> FittedNeighbors.training(TWO, features().first(1), IntColumn.create("y", 1))).getMessage());
    }

    @Test
    void keepsTheTrainingRowsRowMajorAndDescribesThem() {
        FittedNeighbors fitted = fitted();
        assertEquals(3, fitted.rows());
        assertArrayEquals(new double[] {0, 0, 3, 4, 0, 1}, fitted.trainingRows());
        assertEquals("M on [a, b]: 3 training rows, k 2", fitted.describe("M"));
    }
}
