package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KNeighborsRegressorTest {

    /** x = [2, 2, 1, -2, -1, 1, 0, 2] and y = the row index. */
    static Table table() {
        return Table.create("t", DoubleColumn.create("x", new double[] {2, 2, 1, -2, -1, 1, 0, 2}),
                DoubleColumn.create("y", new double[] {0, 1, 2, 3, 4, 5, 6, 7}));
    }

    private static String failure(Executable executable) {
        return assertThrows(IllegalArgumentException.class, executable).getMessage();
    }

    @Test
    void defaultsAreScikitLearns() {
        assertEquals(new KNeighborsRegressor(5, Weights.UNIFORM, Metric.MINKOWSKI, 2, -1), new KNeighborsRegressor());
    }

    @Test
    void fluentMethodsReturnModifiedCopies() {
        KNeighborsRegressor defaults = new KNeighborsRegressor();
        KNeighborsRegressor changed = defaults.nNeighbors(2).weights(Weights.DISTANCE).metric(Metric.MANHATTAN).p(1.5).nJobs(1);
        assertEquals(new KNeighborsRegressor(2, Weights.DISTANCE, Metric.MANHATTAN, 1.5, 1), changed);
        assertEquals(5, defaults.nNeighbors());
        assertEquals(1.5, changed.p());
    }

    @Test
    void invalidParametersFailAtConstructionNamingThem() {
        assertEquals("KNeighborsRegressor: nNeighbors must be at least 1, found -3",
                failure(() -> new KNeighborsRegressor().nNeighbors(-3)));
        assertEquals("KNeighborsRegressor: p must be a number from 1 to 20 (above, the p-th powers of small differences underflow to 0), found 0.0",
                failure(() -> new KNeighborsRegressor().p(0)));
        assertTrue(failure(() -> new KNeighborsRegressor().nJobs(0)).startsWith("KNeighborsRegressor: nJobs must be"));
        assertEquals("KNeighborsRegressor: weights must not be null", failure(() -> new KNeighborsRegressor().weights(null)));
    }

    @Test
    void fitLeavesTheInputAloneAndFittingTwiceGivesTheSamePredictions() {
        Table input = table();
        KNeighborsRegressor knn = new KNeighborsRegressor().nNeighbors(3);
        DoubleColumn first = knn.fit(input, "y").predict(table().removeColumns("y"));
        DoubleColumn second = knn.fit(input, "y").predict(table().removeColumns("y"));
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(first.asList(), second.asList());
    }

    @Test
    void badTrainingDataFailsNamingTheProblem() {
        KNeighborsRegressor knn = new KNeighborsRegressor();
        assertEquals("KNeighborsRegressor: target column 's' must be numeric, found STRING",
                failure(() -> knn.fit(table(), StringColumn.create("s", "a", "b", "c", "d", "e", "f", "g", "h"))));
        Table gap = table();
        gap.doubleColumn("y").setMissing(3);
        assertEquals("KNeighborsRegressor: target column 'y' has 1 missing value(s); drop those rows or impute the target first", failure(() -> knn.fit(gap, "y")));
        Table infinite = table();
        infinite.doubleColumn("y").set(1, Double.NEGATIVE_INFINITY);
        assertEquals("KNeighborsRegressor: target column 'y' has an infinite value in row 1", failure(() -> knn.fit(infinite, "y")));
        assertEquals("KNeighborsRegressor: nNeighbors = 9 is more than the 8 training rows",
                failure(() -> knn.nNeighbors(9).fit(table(), "y")));
        Table gapInFeature = table();
        gapInFeature.doubleColumn("x").setMissing(0);
        assertTrue(failure(() -> knn.fit(gapInFeature, "y")).contains("feature column 'x' has 1 missing value(s)"));
        Table text = table().addColumns(StringColumn.create("s", "a", "b", "c", "d", "e", "f", "g", "h"));
        assertTrue(failure(() -> knn.fit(text, "y")).contains("column 's' must be numeric, found STRING"));
        assertEquals("KNeighborsRegressor: target column 'y' has 3 values but the features have 8 rows",
                failure(() -> knn.fit(table().removeColumns("y"), table().doubleColumn("y").first(3))));
    }

    @Test
    void extremeMagnitudesPredictAsAtAnOrdinaryMagnitudeAndHugeTargetsAverage() {
        Table ordinary = table();
        Table queries = Table.create("q", DoubleColumn.create("x", new double[] {1.5, -1.25, 0.25}));
        for (Weights weights : Weights.values()) {
            KNeighborsRegressor regressor = new KNeighborsRegressor().nNeighbors(3).weights(weights).nJobs(1);
            double[] expected = regressor.fit(ordinary, "y").predict(queries).asDoubleArray();
            for (int exponent : Extremes.EXPONENTS) {
                double[] features = regressor.fit(Extremes.timesPowerOfTwo(ordinary, exponent, "y"), "y")
                        .predict(Extremes.timesPowerOfTwo(queries, exponent)).asDoubleArray();
                assertArrayEquals(expected, features, weights + ": features at 2^" + exponent);
                double[] targets = regressor.fit(Extremes.timesPowerOfTwo(ordinary, exponent, "x"), "y")
                        .predict(queries).asDoubleArray();
                Extremes.assertScaled(expected, exponent, targets, weights + ": targets at 2^" + exponent);
            }
        }
        Table huge = Table.create("t", DoubleColumn.create("x", new double[] {0, 1, 2}),
                DoubleColumn.create("y", new double[] {1.5e308, 1.7e308, -1e308}));
        assertEquals(1.6e308, new KNeighborsRegressor().nNeighbors(2).fit(huge, "y")
                .predict(Table.create("q", DoubleColumn.create("x", new double[] {0.25}))).getDouble(0), 1e293,
                "a mean whose sum overflows");
    }
}
