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
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class KNeighborsRegressorModelTest {

    private static Table queries(double... x) {
        return Table.create("q", DoubleColumn.create("x", x));
    }

    @Test
    void uniformWeightsAverageTheNeighboursKeptAsScikitLearnKeepsThem() {
        // from 0, k = 5: rows 6 (at 0), 2, 4, 5 (at 1), then one of rows 0, 1, 3, 7 (at 2): scikit-learn's brute force
        // (one thread) keeps row 3, so the mean of y = row index is (6 + 2 + 4 + 5 + 3) / 5 = 4 (scikit-learn: 4.0)
        DoubleColumn predicted = new KNeighborsRegressor().fit(KNeighborsRegressorTest.table(), "y").predict(queries(0, 1.5));
        assertEquals("y", predicted.name());
        // from 1.5, k = 5: rows 0, 1, 2, 5 and 7 are all at 0.5: (0 + 1 + 2 + 5 + 7) / 5 = 3
        assertArrayEquals(new double[] {4, 3}, predicted.asDoubleArray(), 1e-15);
    }

    @Test
    void distanceWeightsAverageByInverseDistanceAndAZeroDistanceTakesAll() {
        KNeighborsRegressorModel model = new KNeighborsRegressor().weights(Weights.DISTANCE)
                .fit(KNeighborsRegressorTest.table(), "y");
        // 0: row 6 is at distance 0 and takes all the weight (scikit-learn: 6.0); 0.5: rows 2, 5, 6 at 0.5 weigh 2,
        // and of the rows at 1.5 scikit-learn keeps 1 and 4, weighing 2/3: (2 * 13 + 2/3 * 5) / (6 + 4/3) = 4
        assertArrayEquals(new double[] {6, 4}, model.predict(queries(0, 0.5)).asDoubleArray(), 1e-14);
    }

    @Test
    void resultsAreTheSameForAnyNumberOfThreads() {
        SplittableRandom random = new SplittableRandom(5);
        Table train = Table.create("t", DoubleColumn.create("a", random.doubles(500).toArray()),
                DoubleColumn.create("b", random.ints(500, 0, 3).asDoubleStream().toArray()),
                DoubleColumn.create("y", random.doubles(500).toArray()));
        Table test = train.first(100).removeColumns("y");
        KNeighborsRegressor knn = new KNeighborsRegressor().nNeighbors(4).metric(Metric.MANHATTAN);
        double[] one = knn.nJobs(1).fit(train, "y").predict(test).asDoubleArray();
        assertArrayEquals(one, knn.nJobs(2).fit(train, "y").predict(test).asDoubleArray());
        assertArrayEquals(one, knn.nJobs(-1).fit(train, "y").predict(test).asDoubleArray());
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        KNeighborsRegressorModel model = new KNeighborsRegressor().fit(KNeighborsRegressorTest.table(), "y");
        String message = assertThrows(IllegalArgumentException.class,
                () -> model.predict(KNeighborsRegressorTest.table())).getMessage();
        assertTrue(message.startsWith("KNeighborsRegressorModel.predict:") && message.contains("column 'y' was not seen at fit"),
                message);
    }

    /**
     * R^2 on the held-out rows (index % 4 == 3) of the bundled diabetes data, k = 5, unscaled features, and the
     * first predictions; scikit-learn 1.2.1 (KNeighborsRegressor, algorithm="brute", same rows) gets these figures.
     */
    @ParameterizedTest(name = "{0} {1}: R2 {2}")
    @CsvSource({
        "UNIFORM, EUCLIDEAN, 0.307704182643504, 194.6, 155.0",
        "UNIFORM, MANHATTAN, 0.338720496371134, 218.8, 154.0",
        "DISTANCE, EUCLIDEAN, 0.312119627143654, 195.62699112812302, 154.0063896211798",
        "DISTANCE, MANHATTAN, 0.342639111442516, 218.00660838483572, 156.17532518770622",
    })
    void diabetesMatchesScikitLearn(Weights weights, Metric metric, double r2, double first, double second) {
        EveryFourthRow split = EveryFourthRow.of("diabetes");
        DoubleColumn predicted = new KNeighborsRegressor().weights(weights).metric(metric)
                .fit(split.train(), "progression").predict(split.test().copy().removeColumns("progression"));
        double[] actual = split.test().numberColumn("progression").asDoubleArray();
        double mean = 0;
        for (double y : actual) {
            mean += y / actual.length;
        }
        double residual = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            residual += Math.pow(actual[i] - predicted.get(i), 2);
            total += Math.pow(actual[i] - mean, 2);
        }
        assertEquals(r2, 1 - residual / total, 1e-12);
        assertEquals(first, predicted.get(0), 1e-12);
        assertEquals(second, predicted.get(1), 1e-12);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table diabetes = Datasets.load("diabetes");
        KNeighborsRegressorModel model = new KNeighborsRegressor().weights(Weights.DISTANCE).fit(diabetes, "progression");
        KNeighborsRegressorModel rebuilt = KNeighborsRegressorModel.of(model.estimator(), model.schema(), model.target(),
                model.trainingRows(), model.targetValues());
        Table features = Columns.without(diabetes, "progression");
        for (Table queries : List.of(features, KNeighborsClassifierModelTest.nudged(features))) {
            assertTableIdentical(Table.create("p", model.predict(queries)), Table.create("p", rebuilt.predict(queries)));
        }
        assertArrayEquals(Columns.values(diabetes, "progression"), rebuilt.targetValues());
        assertEquals(new KNeighborsRegressor().weights(Weights.DISTANCE), rebuilt.estimator());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        KNeighborsRegressor knn = new KNeighborsRegressor().nNeighbors(2);
        Schema schema = Schema.of(List.of("x"), List.of(ColumnType.DOUBLE));
        double[] rows = {0, 1, 2};
        double[] values = {5, 6, 7};
        assertRejected(() -> KNeighborsRegressorModel.of(knn, schema, "y", rows, new double[] {5, 6}),
                "KNeighborsRegressorModel: targetValues must hold 3 values, found 2");
        assertRejected(() -> KNeighborsRegressorModel.of(knn, schema, "y", rows, new double[] {5, Double.NaN, 7}),
                "KNeighborsRegressorModel: targetValues must be finite, found NaN at index 1");
        assertRejected(() -> KNeighborsRegressorModel.of(knn, schema, "y", new double[] {0, Double.NEGATIVE_INFINITY, 2},
                values), "KNeighborsRegressorModel: trainingRows must be finite, found -Infinity at index 1");
        assertRejected(() -> KNeighborsRegressorModel.of(knn.nNeighbors(4), schema, "y", rows, values),
                "at least nNeighbors = 4 of them; found 3 values");
        assertRejected(() -> KNeighborsRegressorModel.of(knn, schema, null, rows, values),
                "KNeighborsRegressorModel: target must not be null");
        assertRejected(() -> KNeighborsRegressorModel.of(knn, Schema.of(List.of(), List.of()), "y", rows, values),
                "KNeighborsRegressorModel: the schema must have at least one feature column");
        assertRejected(() -> KNeighborsRegressorModel.of(null, schema, "y", rows, values),
                "KNeighborsRegressorModel: estimator must not be null");
    }

    @Test
    void itPrintsItsFeaturesRowsKAndTarget() {
        assertEquals("KNeighborsRegressorModel on [age, sex, bmi, bp, s1, s2, ... (10)]: 442 training rows, k 5,"
                + " target progression", new KNeighborsRegressor().fit(Datasets.load("diabetes"), "progression").toString());
    }
}
