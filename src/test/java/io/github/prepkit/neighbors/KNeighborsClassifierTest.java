package io.github.prepkit.neighbors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KNeighborsClassifierTest {

    static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", new double[] {0, 1, 2, 3, 10, 11}),
                StringColumn.create("y", "b", "b", "a", "a", "c", "c"));
    }

    private static String failure(Executable executable) {
        return assertThrows(IllegalArgumentException.class, executable).getMessage();
    }

    @Test
    void defaultsAreScikitLearns() {
        KNeighborsClassifier defaults = new KNeighborsClassifier();
        assertEquals(5, defaults.nNeighbors());
        assertEquals(Weights.UNIFORM, defaults.weights());
        assertEquals(Metric.MINKOWSKI, defaults.metric());
        assertEquals(2, defaults.p());
        assertEquals(-1, defaults.nJobs());
    }

    @Test
    void fluentMethodsReturnModifiedCopies() {
        KNeighborsClassifier defaults = new KNeighborsClassifier();
        KNeighborsClassifier changed = defaults.nNeighbors(3).weights(Weights.DISTANCE).metric(Metric.MINKOWSKI).p(3).nJobs(2);
        assertEquals(new KNeighborsClassifier(3, Weights.DISTANCE, Metric.MINKOWSKI, 3, 2), changed);
        assertEquals(new KNeighborsClassifier(), defaults);
        assertEquals(Metric.MANHATTAN, defaults.metric(Metric.MANHATTAN).metric());
    }

    @Test
    void invalidParametersFailAtConstructionNamingThem() {
        assertEquals("KNeighborsClassifier: nNeighbors must be at least 1, found 0",
                failure(() -> new KNeighborsClassifier().nNeighbors(0)));
        assertEquals("KNeighborsClassifier: p must be a number from 1 to 20 (above, the p-th powers of small differences underflow to 0), found 0.5",
                failure(() -> new KNeighborsClassifier().p(0.5)));
        assertEquals("KNeighborsClassifier: weights must not be null", failure(() -> new KNeighborsClassifier().weights(null)));
        assertEquals("KNeighborsClassifier: metric must not be null", failure(() -> new KNeighborsClassifier().metric(null)));
        assertTrue(failure(() -> new KNeighborsClassifier().nJobs(-2)).startsWith("KNeighborsClassifier: nJobs must be"));
    }

    @Test
    void fitRemembersTheClassesAndLeavesTheInputAlone() {
        Table input = table();
        KNeighborsClassifierModel model = new KNeighborsClassifier().nNeighbors(1).fit(input, "y");
        assertEquals(List.of("a", "b", "c"), model.classes());
        TableAssertions.assertTableClose(table(), input, 0);
        assertEquals(table().column("y").asList(), model.predict(input.copy().removeColumns("y")).asList());
    }

    @Test
    void badTrainingDataFailsNamingTheProblem() {
        KNeighborsClassifier knn = new KNeighborsClassifier().nNeighbors(2);
        assertEquals("KNeighborsClassifier: target column 'y' needs at least 2 classes to learn from, found only [b]",
                failure(() -> knn.fit(table().first(2), "y")));
        assertEquals("KNeighborsClassifier: nNeighbors = 7 is more than the 6 training rows",
                failure(() -> knn.nNeighbors(7).fit(table(), "y")));
        Table withGap = table();
        withGap.doubleColumn("x").setMissing(2);
        assertTrue(failure(() -> knn.fit(withGap, "y")).contains("feature column 'x' has 1 missing value(s)"));
        Table withText = table().addColumns(StringColumn.create("s", "p", "q", "r", "s", "t", "u"));
        assertTrue(failure(() -> knn.fit(withText, "y")).contains("column 's' must be numeric, found STRING"));
        Table withInfinity = table();
        withInfinity.doubleColumn("x").set(4, Double.POSITIVE_INFINITY);
        assertEquals("KNeighborsClassifier: feature column 'x' has an infinite value in row 4",
                failure(() -> knn.fit(withInfinity, "y")));
        assertEquals("KNeighborsClassifier: target column 'y' has 3 values but the features have 6 rows",
                failure(() -> knn.fit(table().removeColumns("y"), table().stringColumn("y").first(3))));
        assertEquals("KNeighborsClassifier: cannot fit on an empty target column 'y'",
                failure(() -> knn.fit(table().emptyCopy().removeColumns("y"), StringColumn.create("y"))));
        assertEquals("KNeighborsClassifier: needs at least one feature column besides the target",
                failure(() -> knn.fit(table().selectColumns("y"), "y")));
        DoubleColumn noLabel = DoubleColumn.create("z", new double[] {1, 2, Double.NaN, 1, 2, 1});
        assertTrue(failure(() -> knn.fit(table().removeColumns("y"), noLabel)).contains("target column 'z' has 1 missing value(s)"));
        assertTrue(failure(() -> knn.fit(table(), "label")).contains("column 'label' not found"));
    }

    @Test
    void extremeMagnitudesPredictAsAtAnOrdinaryMagnitude() {
        // scikit-learn's squared distances overflow at 1e300 and underflow at 1e-200: every row ties, row order wins
        Table ordinary = Table.create("t", DoubleColumn.create("x", new double[] {0, 0.25, 0.375, 1, 1.25, 1.75}),
                DoubleColumn.create("z", new double[] {1, 0.5, 1.5, -1, -0.5, -1.25}),
                StringColumn.create("y", "a", "a", "a", "b", "b", "b"));
        Table queries = Table.create("q", DoubleColumn.create("x", new double[] {0.125, 1.5, 0.75}),
                DoubleColumn.create("z", new double[] {1.25, -1, 0.125}));
        for (Weights weights : Weights.values()) {
            KNeighborsClassifier classifier = new KNeighborsClassifier().nNeighbors(3).weights(weights).nJobs(1);
            KNeighborsClassifierModel base = classifier.fit(ordinary, "y");
            for (int exponent : Extremes.EXPONENTS) {
                KNeighborsClassifierModel model = classifier.fit(Extremes.timesPowerOfTwo(ordinary, exponent), "y");
                Table moved = Extremes.timesPowerOfTwo(queries, exponent);
                assertEquals(base.predict(queries).asList(), model.predict(moved).asList(), weights + " at 2^" + exponent);
                TableAssertions.assertTableIdentical(base.predictProba(queries), model.predictProba(moved));
            }
            for (double factor : new double[] {1e300, 1e-200}) {
                KNeighborsClassifierModel model = classifier.fit(Extremes.times(ordinary, factor), "y");
                assertEquals(base.predict(queries).asList(), model.predict(Extremes.times(queries, factor)).asList());
            }
        }
    }
}
