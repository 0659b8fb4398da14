package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class WeightsTest {

    /** x = 0, 3, 4 with classes a, b, b and targets 0, 30, 60; every query takes all three as neighbours. */
    private static Table train() {
        return Table.create("t", DoubleColumn.create("x", new double[] {0, 3, 4}),
                StringColumn.create("label", "a", "b", "b"), DoubleColumn.create("y", new double[] {0, 30, 60}));
    }

    private static Table queries(double... x) {
        return Table.create("q", DoubleColumn.create("x", x));
    }

    private static KNeighborsClassifierModel classifier(Weights weights) {
        return new KNeighborsClassifier().nNeighbors(3).weights(weights).fit(train().removeColumns("y"), "label");
    }

    private static KNeighborsRegressorModel regressor(Weights weights) {
        return new KNeighborsRegressor().nNeighbors(3).weights(weights).fit(train().removeColumns("label"), "y");
    }

    @Test
    void uniformCountsEveryNeighbourOnce() {
        // two b against one a wherever the query lies; the mean of 0, 30, 60 is 30
        // (sklearn 1.2.1 weights='uniform': predict ['b', 'b'], proba [1/3, 2/3]; regressor [30, 30])
        Table proba = classifier(Weights.UNIFORM).predictProba(queries(1, 0));
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3}, proba.doubleColumn("a").asDoubleArray(), 1e-15);
        assertEquals(List.of("b", "b"), classifier(Weights.UNIFORM).predict(queries(1, 0)).asList());
        assertArrayEquals(new double[] {30, 30}, regressor(Weights.UNIFORM).predict(queries(1, 4)).asDoubleArray(),
                1e-12);
    }

    @Test
    void distanceCountsEachNeighbourByItsInverseDistance() {
        // from 1: distances 1, 2, 3 weigh 1, 1/2, 1/3 (sum 11/6): a gets 6/11 and wins against two b;
        // the mean target is (0 + 15 + 20) / (11/6) = 210/11 (sklearn 1.2.1 weights='distance': predict 'a',
        // proba [0.5454545454545455, 0.45454545454545453]; regressor 19.09090909090909)
        Table proba = classifier(Weights.DISTANCE).predictProba(queries(1));
        assertArrayEquals(new double[] {6.0 / 11}, proba.doubleColumn("a").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {5.0 / 11}, proba.doubleColumn("b").asDoubleArray(), 1e-15);
        assertEquals(List.of("a"), classifier(Weights.DISTANCE).predict(queries(1)).asList());
        assertArrayEquals(new double[] {210.0 / 11}, regressor(Weights.DISTANCE).predict(queries(1)).asDoubleArray(),
                1e-12);
    }

    @Test
    void aNeighbourAtDistanceZeroTakesAllTheWeight() {
        // from 0 the row of a is at distance 0; from 4 the row of 60 (sklearn 1.2.1: proba [1, 0]; regressor 60)
        Table proba = classifier(Weights.DISTANCE).predictProba(queries(0));
        assertArrayEquals(new double[] {1}, proba.doubleColumn("a").asDoubleArray());
        assertArrayEquals(new double[] {0}, proba.doubleColumn("b").asDoubleArray());
        assertArrayEquals(new double[] {60}, regressor(Weights.DISTANCE).predict(queries(4)).asDoubleArray());
    }
}
