package io.github.prepkit.neighbors;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class KNeighborsClassifierModelTest {

    private static Table queries(double... x) {
        return Table.create("q", DoubleColumn.create("x", x));
    }

    private static KNeighborsClassifierModel fit(KNeighborsClassifier knn) {
        return knn.fit(KNeighborsClassifierTest.table(), "y");
    }

    @Test
    void aVoteTieGoesToTheSmallestClass() {
        // k = 4 around 1.5: rows 1 and 2 at 0.5, rows 0 and 3 at 1.5: two votes for a, two for b
        KNeighborsClassifierModel model = fit(new KNeighborsClassifier().nNeighbors(4));
        Column<?> predicted = model.predict(queries(1.5, 10.4));
        assertEquals(List.of("a", "a"), predicted.asList());
        assertEquals("y", predicted.name());
        assertTrue(predicted instanceof StringColumn);
        Table proba = model.predictProba(queries(1.5, 10.4));
        assertEquals(List.of("a", "b", "c"), proba.columnNames());
        assertArrayEquals(new double[] {0.5, 0.5, 0}, row(proba, 0), 1e-15); // scikit-learn: [0.5, 0.5, 0]
        assertArrayEquals(new double[] {0.5, 0, 0.5}, row(proba, 1), 1e-15); // scikit-learn: [0.5, 0, 0.5]
    }

    @Test
    void distanceWeightsCountNearerNeighboursMoreAndAZeroDistanceTakesAll() {
        KNeighborsClassifierModel model = fit(new KNeighborsClassifier().nNeighbors(3).weights(Weights.DISTANCE));
        // 2.5: rows 2 and 3 (class a) at 0.5 weigh 2 each, row 1 (b) at 1.5 weighs 2/3: a gets 4 / (14 / 3) = 6 / 7
        Table proba = model.predictProba(queries(2.5, 0));
        assertArrayEquals(new double[] {6.0 / 7, 1.0 / 7, 0}, row(proba, 0), 1e-15); // scikit-learn: 0.857142857...
        assertArrayEquals(new double[] {0, 1, 0}, row(proba, 1));
        assertEquals(List.of("a", "b"), model.predict(queries(2.5, 0)).asList());
    }

    @Test
    void rowsTiedAtTheKthDistanceAreChosenAsByScikitLearnsBruteForce() {
        // scikit-learn 1.2.1 (brute, one thread) keeps rows {2, 3, 4, 5, 6}: p wins 3 to 2 with probability 0.6;
        // keeping the lowest indexes {0, 2, 4, 5, 6} would make q win
        Table train = Table.create("t", DoubleColumn.create("x", new double[] {2, 2, 1, -2, -1, 1, 0, 2}),
                StringColumn.create("y", "q", "q", "p", "p", "p", "q", "q", "q"));
        KNeighborsClassifierModel model = new KNeighborsClassifier().fit(train, "y");
        assertEquals(List.of("p"), model.predict(queries(0)).asList());
        assertArrayEquals(new double[] {0.6, 0.4}, row(model.predictProba(queries(0)), 0), 1e-15);
    }

    @Test
    void theMetricDecidesWhichRowIsNearest() {
        // from the origin, (2, 2) is nearer by Euclidean (2.83 < 3.5) and Minkowski p = 3, (3.5, 0) by Manhattan (3.5 < 4)
        Table train = Table.create("t", DoubleColumn.create("u", new double[] {2, 3.5}),
                DoubleColumn.create("v", new double[] {2, 0}), IntColumn.create("label", 0, 1));
        Table origin = Table.create("q", DoubleColumn.create("u", new double[] {0}), DoubleColumn.create("v", new double[] {0}));
        KNeighborsClassifier nearest = new KNeighborsClassifier().nNeighbors(1);
        assertEquals(List.of(0), nearest.fit(train, "label").predict(origin).asList());
        assertEquals(List.of(0), nearest.metric(Metric.EUCLIDEAN).fit(train, "label").predict(origin).asList());
        assertEquals(List.of(0), nearest.p(3).fit(train, "label").predict(origin).asList());
        assertEquals(List.of(1), nearest.metric(Metric.MANHATTAN).fit(train, "label").predict(origin).asList());
        Column<?> manhattan = nearest.p(1).fit(train, "label").predict(origin);
        assertEquals(List.of(1), manhattan.asList());
        assertTrue(manhattan instanceof IntColumn);
        assertEquals("label", manhattan.name());
    }

    @Test
    void resultsAreTheSameForAnyNumberOfThreads() {
        SplittableRandom random = new SplittableRandom(3);
        Table train = Table.create("t", DoubleColumn.create("a", random.ints(700, 0, 4).asDoubleStream().toArray()),
                DoubleColumn.create("b", random.ints(700, 0, 4).asDoubleStream().toArray()),
                IntColumn.create("c", random.ints(700, 0, 3).toArray()));
        Table test = train.first(150).removeColumns("c");
        KNeighborsClassifier knn = new KNeighborsClassifier().nNeighbors(8).weights(Weights.DISTANCE);
        KNeighborsClassifierModel one = knn.nJobs(1).fit(train, "c");
        for (int nJobs : new int[] {2, 3, -1}) {
            KNeighborsClassifierModel other = knn.nJobs(nJobs).fit(train, "c");
            assertEquals(one.predict(test).asList(), other.predict(test).asList());
            TableAssertions.assertTableClose(one.predictProba(test), other.predictProba(test), 0);
        }
    }

    @Test
    void predictionsLeaveTheInputAloneAndAnEmptyTableGivesAnEmptyColumn() {
        KNeighborsClassifierModel model = fit(new KNeighborsClassifier().nNeighbors(2));
        Table input = queries(0.5, 9);
        model.predict(input);
        model.predictProba(input);
        TableAssertions.assertTableClose(queries(0.5, 9), input, 0);
        assertEquals(0, model.predict(queries()).size());
        assertEquals(0, model.predictProba(queries()).rowCount());
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        KNeighborsClassifierModel model = fit(new KNeighborsClassifier().nNeighbors(2));
        String extra = assertThrows(IllegalArgumentException.class,
                () -> model.predict(queries(1).addColumns(DoubleColumn.create("z", new double[] {1})))).getMessage();
        assertTrue(extra.startsWith("KNeighborsClassifierModel.predict:") && extra.contains("column 'z' was not seen at fit"), extra);
        String missing = assertThrows(IllegalArgumentException.class,
                () -> model.predictProba(Table.create("q", DoubleColumn.create("w", new double[] {1})))).getMessage();
        assertTrue(missing.contains("column 'x' is missing"), missing);
        String text = assertThrows(IllegalArgumentException.class,
                () -> model.predict(Table.create("q", StringColumn.create("x", "1")))).getMessage();
        assertTrue(text.contains("column 'x' was DOUBLE at fit, found STRING"), text);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> model.predict(queries(Double.NaN))).getMessage()
                .contains("feature column 'x' has 1 missing value(s)"));
        assertEquals("KNeighborsClassifierModel.predict: feature column 'x' has an infinite value in row 1",
                assertThrows(IllegalArgumentException.class,
                        () -> model.predict(queries(1, Double.NEGATIVE_INFINITY))).getMessage());
    }

    /**
     * Correct test predictions on the bundled data (rows with index % 4 == 3 held out), k = 5, unscaled features.
     * scikit-learn 1.2.1 (KNeighborsClassifier, algorithm="brute", same rows) gets exactly these counts.
     */
    @ParameterizedTest(name = "{0} {2} {3}: {4} of {5}")
    @CsvSource({
        "iris, species, UNIFORM, EUCLIDEAN, 36, 37",
        "iris, species, DISTANCE, MANHATTAN, 36, 37",
        "wine, cultivar, UNIFORM, EUCLIDEAN, 30, 44",
        "wine, cultivar, UNIFORM, MANHATTAN, 32, 44",
        "wine, cultivar, DISTANCE, MANHATTAN, 33, 44",
        "breast_cancer, diagnosis, UNIFORM, EUCLIDEAN, 131, 142",
        "breast_cancer, diagnosis, DISTANCE, EUCLIDEAN, 130, 142",
        "breast_cancer, diagnosis, UNIFORM, MANHATTAN, 130, 142",
    })
    void accuracyOnBundledDataMatchesScikitLearn(String name, String target, Weights weights, Metric metric,
                                                 int correct, int rows) {
        EveryFourthRow split = EveryFourthRow.of(name);
        KNeighborsClassifierModel model = new KNeighborsClassifier().weights(weights).metric(metric).fit(split.train(), target);
        Column<?> predicted = model.predict(split.test().copy().removeColumns(target));
        Column<?> actual = split.test().column(target);
        int hits = 0;
        for (int i = 0; i < actual.size(); i++) {
            hits += actual.getString(i).equals(predicted.getString(i)) ? 1 : 0;
        }
        assertEquals(rows, actual.size());
        assertEquals(correct, hits);
    }

    private static double[] row(Table table, int row) {
        double[] values = new double[table.columnCount()];
        for (int c = 0; c < values.length; c++) {
            values[c] = table.doubleColumn(c).get(row);
        }
        return values;
    }

    /** The rows of {@code features} moved by 0.05 in every column, so that no query is a training row. */
    static Table nudged(Table features) {
        Table nudged = Table.create("nudged");
        for (String name : features.columnNames()) {
            double[] values = Columns.values(features, name);
            for (int i = 0; i < values.length; i++) {
                values[i] += 0.05;
            }
            nudged.addColumns(DoubleColumn.create(name, values));
        }
        return nudged;
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        // iris has 4 features, searched with a k-d tree; wine 13, by brute force
        for (String[] data : new String[][] {{"iris", "species"}, {"wine", "cultivar"}}) {
            Table table = Datasets.load(data[0]);
            KNeighborsClassifierModel model = new KNeighborsClassifier().weights(Weights.DISTANCE).fit(table, data[1]);
            KNeighborsClassifierModel rebuilt = KNeighborsClassifierModel.of(model.estimator(), model.schema(),
                    model.targetClasses(), model.trainingRows(), model.codes());
            Table features = Columns.without(table, data[1]);
            assertArrayEquals(FeatureMatrix.of(features, "test").values(), rebuilt.trainingRows());
            for (Table queries : List.of(features, nudged(features))) {
                assertTableIdentical(Table.create("p", model.predict(queries)), Table.create("p", rebuilt.predict(queries)));
                assertTableIdentical(model.predictProba(queries), rebuilt.predictProba(queries));
            }
            assertArrayEquals(model.codes(), rebuilt.codes());
            assertEquals(new KNeighborsClassifier().weights(Weights.DISTANCE), rebuilt.estimator());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        KNeighborsClassifier knn = new KNeighborsClassifier().nNeighbors(2);
        KNeighborsClassifierModel model = fit(knn);
        Schema schema = model.schema();
        TargetClasses classes = model.targetClasses();
        double[] rows = {0, 1, 2, 3, 10, 11};
        int[] codes = {1, 1, 0, 0, 2, 2};
        assertArrayEquals(rows, model.trainingRows());
        assertArrayEquals(codes, model.codes());
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, classes, new double[] {0, 1, Double.NaN, 3, 10, 11},
                codes), "KNeighborsClassifierModel: trainingRows must be finite, found NaN at index 2");
        assertRejected(() -> KNeighborsClassifierModel.of(knn.nNeighbors(7), schema, classes, rows, codes),
                "KNeighborsClassifierModel: trainingRows must hold whole rows of 1 values, at least nNeighbors = 7 of"
                        + " them; found 6 values");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, Schema.of(List.of("x", "z"),
                List.of(ColumnType.DOUBLE, ColumnType.DOUBLE)), classes, new double[7], codes),
                "whole rows of 2 values");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, classes, rows, new int[] {1, 1, 0, 0, 2}),
                "KNeighborsClassifierModel: codes must hold 6 values, found 5");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, classes, rows, new int[] {1, 1, 0, 0, 2, 3}),
                "KNeighborsClassifierModel: codes must be from 0 to 2, found 3 at index 5");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, classes, rows, new int[] {-1, 1, 0, 0, 2, 2}),
                "found -1 at index 0");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, classes, rows, new int[] {1, 1, 0, 0, 1, 1}),
                "KNeighborsClassifierModel: class 'c' has no training row");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, TargetClasses.of("y", ColumnType.STRING,
                List.of("a")), rows, new int[6]), "KNeighborsClassifierModel: needs at least two classes");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, Schema.of(List.of("x"), List.of(ColumnType.STRING)),
                classes, rows, codes), "KNeighborsClassifierModel: column 'x' must be numeric, found STRING");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, classes, null, codes),
                "KNeighborsClassifierModel: trainingRows must not be null");
        assertRejected(() -> KNeighborsClassifierModel.of(knn, schema, null, rows, codes),
                "KNeighborsClassifierModel: classes must not be null");
    }

    @Test
    void itPrintsItsFeaturesRowsKAndClasses() {
        assertEquals("KNeighborsClassifierModel on [sepal_length_cm, sepal_width_cm, petal_length_cm, petal_width_cm]:"
                + " 150 training rows, k 5, classes [setosa, versicolor, virginica]",
                new KNeighborsClassifier().fit(Datasets.load("iris"), "species").toString());
    }
}
