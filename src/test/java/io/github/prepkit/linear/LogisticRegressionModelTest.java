package io.github.prepkit.linear;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class LogisticRegressionModelTest {

    private static Table iris() {
        return Datasets.load("iris");
    }

    private static Table irisFeatures() {
        return iris().removeColumns("species");
    }

    @Test
    void oneVersusRestProbabilitiesAreNormalisedSigmoidsAsScikitLearns() {
        LogisticRegressionModel model = new LogisticRegression().multiClass(LogisticRegression.MultiClass.OVR)
                .fit(iris(), "species");
        Table proba = model.predictProba(irisFeatures().rows(0, 75, 149));
        // scikit-learn 1.2.1 LogisticRegression(multi_class="ovr", solver="newton-cg", tol=1e-12).predict_proba
        Table expected = Table.create("expected",
                DoubleColumn.create("setosa", 8.9680855913812818e-01, 1.3678464979364901e-02, 9.8627181649531552e-04),
                DoubleColumn.create("versicolor", 1.0319036858120365e-01, 7.7273764893441366e-01, 3.2625743243636929e-01),
                DoubleColumn.create("virginica", 1.0722806681605340e-06, 2.1358388608622150e-01, 6.7275629574713547e-01));
        TableAssertions.assertTableClose(expected, proba, 1e-6);
        assertEquals(List.of("setosa", "versicolor", "virginica"), proba.columnNames());
    }

    @Test
    void predictTakesTheLargestScoreAndKeepsTheTargetsTypeAndName() {
        LogisticRegressionModel model = new LogisticRegression().fit(iris(), "species");
        Column<?> predicted = model.predict(irisFeatures());
        assertEquals("species", predicted.name());
        assertEquals(ColumnType.STRING, predicted.type());
        int right = 0;
        for (int i = 0; i < 150; i++) {
            right += predicted.getString(i).equals(iris().stringColumn("species").get(i)) ? 1 : 0;
        }
        assertTrue(right >= 140, right + " of 150 right"); // scikit-learn's one-vs-rest: 143
    }

    @Test
    void multinomialProbabilitiesAreTheSoftmaxOfTheLinearPredictors() {
        Schema schema = Schema.of(List.of("a", "b"), List.of(ColumnType.DOUBLE, ColumnType.DOUBLE));
        TargetClasses three = TargetClasses.of("y", ColumnType.STRING, List.of("p", "q", "r"));
        LogisticRegressionModel model = LogisticRegressionModel.of(new LogisticRegression(), schema, three,
                new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new double[] {0, 0.5, -0.5}, new int[] {4});
        assertTrue(model.multinomial());
        // eta = (1, 2.5, -3.5) at (1, 2): softmax by hand; a predictor of 1000 neither overflows nor gives NaN
        Table proba = model.predictProba(Table.create("q", DoubleColumn.create("a", 1, 1000), DoubleColumn.create("b", 2, 0)));
        double sum = Math.exp(1) + Math.exp(2.5) + Math.exp(-3.5);
        assertEquals(Math.exp(1) / sum, proba.doubleColumn("p").getDouble(0), 1e-15);
        assertEquals(Math.exp(2.5) / sum, proba.doubleColumn("q").getDouble(0), 1e-15);
        assertEquals(Math.exp(-3.5) / sum, proba.doubleColumn("r").getDouble(0), 1e-15);
        assertArrayEquals(new double[] {1, 0, 0}, new double[] {proba.doubleColumn("p").getDouble(1),
                proba.doubleColumn("q").getDouble(1), proba.doubleColumn("r").getDouble(1)}, 0);
        assertEquals(List.of("q", "p"), ((tech.tablesaw.api.StringColumn) model.predict(
                Table.create("q", DoubleColumn.create("a", 1, 1000), DoubleColumn.create("b", 2, 0)))).asList());
        // the same vectors one-vs-rest: normalised sigmoids instead
        LogisticRegressionModel ovr = LogisticRegressionModel.of(new LogisticRegression()
                .multiClass(LogisticRegression.MultiClass.OVR), schema, three, new double[][] {{1, 0}, {0, 1}, {-1, -1}},
                new double[] {0, 0.5, -0.5}, new int[] {4, 4, 4});
        assertFalse(ovr.multinomial());
        double sigmoids = sigmoid(1) + sigmoid(2.5) + sigmoid(-3.5);
        assertEquals(sigmoid(1) / sigmoids, ovr.predictProba(Table.create("q", DoubleColumn.create("a", new double[] {1}),
                DoubleColumn.create("b", new double[] {2}))).doubleColumn("p").getDouble(0), 1e-15);
    }

    @Test
    void aMultinomialTwoClassModelIsTheSoftmaxOfMinusEtaAndEta() {
        Schema schema = Schema.of(List.of("a"), List.of(ColumnType.DOUBLE));
        TargetClasses two = TargetClasses.of("y", ColumnType.STRING, List.of("no", "yes"));
        LogisticRegression softmax = new LogisticRegression().multiClass(LogisticRegression.MultiClass.MULTINOMIAL);
        LogisticRegressionModel model = LogisticRegressionModel.of(softmax, schema, two, new double[][] {{0.5}},
                new double[] {0.25}, new int[] {3});
        assertTrue(model.multinomial());
        // eta = 0.75 at a = 1: P(yes) = e^0.75 / (e^-0.75 + e^0.75) = sigmoid(1.5)
        Table proba = model.predictProba(Table.create("q", DoubleColumn.create("a", new double[] {1})));
        assertEquals(sigmoid(1.5), proba.doubleColumn("yes").getDouble(0), 1e-15);
        assertEquals(1 - sigmoid(1.5), proba.doubleColumn("no").getDouble(0), 1e-15);
        assertEquals("LogisticRegressionModel on [a]: classes [no, yes], multinomial coefficients [0.5], intercept 0.25",
                model.toString());
        assertFalse(LogisticRegressionModel.of(new LogisticRegression(), schema, two, new double[][] {{0.5}},
                new double[] {0.25}, new int[] {3}).multinomial(), "AUTO on two classes is the binary model");
    }

    private static double sigmoid(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

    @Test
    void twoClassesHaveOneVectorForTheSecondClass() {
        Table table = Table.create("t", DoubleColumn.create("x", 0, 0, 0, 0, 1, 1, 1, 1),
                IntColumn.create("y", 7, 3, 3, 3, 7, 7, 7, 3));
        LogisticRegressionModel model = new LogisticRegression().penalty(LogisticRegression.Penalty.NONE)
                .tol(1e-10).fit(table, "y");
        assertEquals(List.of("3", "7"), model.classes());
        // P(7 | x = 0) = 1/4 and P(7 | x = 1) = 3/4
        Table proba = model.predictProba(Table.create("q", DoubleColumn.create("x", 0, 1)));
        assertArrayEquals(new double[] {0.25, 0.75}, proba.doubleColumn("7").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {0.75, 0.25}, proba.doubleColumn("3").asDoubleArray(), 1e-12);
        Column<?> predicted = model.predict(Table.create("q", DoubleColumn.create("x", 0, 1)));
        assertEquals(ColumnType.INTEGER, predicted.type());
        assertEquals(List.of(3, 7), ((IntColumn) predicted).asList());
        assertEquals(1, model.coefficientMatrix().length);
        assertArrayEquals(new double[] {model.intercept()}, model.intercepts());
        assertArrayEquals(model.coefficients(), model.coefficientMatrix()[0]);
    }

    @Test
    void aScoreOfExactlyZeroGoesToTheFirstClass() {
        // symmetric data: the fitted model has coefficient and intercept 0 on x = 0
        Table table = Table.create("t", DoubleColumn.create("x", -1, -1, 1, 1), IntColumn.create("y", 0, 1, 0, 1));
        LogisticRegressionModel model = new LogisticRegression().fit(table, "y");
        assertEquals(0, model.coefficients()[0], 1e-12);
        assertEquals(List.of(0), ((IntColumn) model.predict(Table.create("q", DoubleColumn.create("x", new double[] {0})))).asList());
    }

    @Test
    void perClassAccessorsRefuseAMulticlassModel() {
        LogisticRegressionModel model = new LogisticRegression().fit(iris(), "species");
        IllegalStateException e = assertThrows(IllegalStateException.class, model::coefficients);
        assertTrue(e.getMessage().contains("use coefficientMatrix() and intercepts()"), e.getMessage());
        assertThrows(IllegalStateException.class, model::intercept);
        assertEquals(3, model.coefficientMatrix().length);
        assertEquals(List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"), model.features());
    }

    @Test
    void accessorsReturnCopies() {
        LogisticRegressionModel model = new LogisticRegression().fit(iris(), "species");
        model.coefficientMatrix()[0][0] = 99;
        model.intercepts()[0] = 99;
        model.nIter()[0] = 99;
        assertTrue(model.coefficientMatrix()[0][0] != 99 && model.intercepts()[0] != 99 && model.nIter()[0] != 99);
    }

    @Test
    void aTableWithOtherColumnsFailsNamingThem() {
        LogisticRegressionModel model = new LogisticRegression().fit(iris(), "species");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> model.predict(irisFeatures().removeColumns("petal_width_cm")));
        assertTrue(missing.getMessage().contains("column 'petal_width_cm' is missing"), missing.getMessage());
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class, () -> model.predictProba(iris()));
        assertTrue(extra.getMessage().startsWith("LogisticRegressionModel.predictProba"), extra.getMessage());
        assertTrue(extra.getMessage().contains("column 'species' was not seen at fit"), extra.getMessage());
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        for (LogisticRegression.MultiClass multiClass : LogisticRegression.MultiClass.values()) {
            for (String[] data : new String[][] {{"iris", "species"}, {"breast_cancer", "diagnosis"}}) {
                Table table = Datasets.load(data[0]);
                LogisticRegressionModel model = new LogisticRegression().multiClass(multiClass).fit(table, data[1]);
                LogisticRegressionModel rebuilt = LogisticRegressionModel.of(model.estimator(), model.schema(),
                        model.targetClasses(), model.coefficientMatrix(), model.intercepts(), model.nIter());
                Table features = Columns.without(table, data[1]);
                assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
                assertTableIdentical(model.predictProba(features), rebuilt.predictProba(features));
                assertArrayEquals(model.nIter(), rebuilt.nIter());
                assertEquals(model.multinomial(), rebuilt.multinomial());
                assertEquals(new LogisticRegression().multiClass(multiClass), rebuilt.estimator());
            }
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        LogisticRegression logistic = new LogisticRegression();
        Schema schema = Schema.of(List.of("a", "b"), List.of(ColumnType.DOUBLE, ColumnType.INTEGER));
        TargetClasses two = TargetClasses.of("y", ColumnType.STRING, List.of("no", "yes"));
        TargetClasses three = TargetClasses.of("y", ColumnType.STRING, List.of("a", "b", "c"));
        double[][] w = {{0.5, -1.2}};
        double[] b = {0.3};
        int[] n = {5};
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, three, w, b, n),
                "LogisticRegressionModel: coefficients (one row per class) must have 3 rows, found 1");
        LogisticRegression ovr = logistic.multiClass(LogisticRegression.MultiClass.OVR);
        assertRejected(() -> LogisticRegressionModel.of(ovr, schema, three, w, b, n),
                "LogisticRegressionModel: coefficients (one row per binary model) must have 3 rows, found 1");
        double[][] w3 = {{0.5, -1.2}, {1, 2}, {3, 4}};
        double[] b3 = {0.3, 0.1, 0.2};
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, three, w3, b3, new int[] {5, 5, 5}),
                "LogisticRegressionModel: iterations (one count for the multinomial model) must hold 1 values, found 3");
        assertRejected(() -> LogisticRegressionModel.of(ovr, schema, three, w3, b3, n),
                "LogisticRegressionModel: iterations must hold 3 values, found 1");
        assertEquals(3, LogisticRegressionModel.of(logistic, schema, three, w3, b3, n).coefficientMatrix().length);
        assertRejected(() -> LogisticRegressionModel.of(logistic.multiClass(LogisticRegression.MultiClass.MULTINOMIAL),
                schema, two, w3, b3, n), "LogisticRegressionModel: coefficients (one row per binary model) must have 1 rows, found 3");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, new double[][] {{0.5, -1.2}, {1, 2}}, b, n),
                "must have 1 rows, found 2");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, new double[][] {{0.5}}, b, n),
                "LogisticRegressionModel: coefficients (one row per binary model) row 0 must hold 2 values, found 1");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, new double[][] {null}, b, n),
                "row 0 must not be null");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, new double[][] {{0.5, Double.NaN}}, b, n),
                "row 0 must be finite, found NaN at index 1");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, w, new double[] {1, 2}, n),
                "LogisticRegressionModel: intercepts must hold 1 values, found 2");
        assertRejected(() -> LogisticRegressionModel.of(logistic.fitIntercept(false), schema, two, w, b, n),
                "LogisticRegressionModel: intercept 0 must be 0 where the estimator's fitIntercept is false, found 0.3");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, w, b, new int[] {101}),
                "LogisticRegressionModel: iterations 0 must be from 0 to maxIter = 100, found 101");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, two, w, b, new int[] {-1}), "found -1");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema,
                TargetClasses.of("y", ColumnType.STRING, List.of("only")), w, b, n),
                "LogisticRegressionModel: needs at least two classes, found y (STRING): [only]");
        assertRejected(() -> LogisticRegressionModel.of(logistic, Schema.of(List.of("a", "b"),
                List.of(ColumnType.DOUBLE, ColumnType.LOCAL_DATE)), two, w, b, n),
                "column 'b' must be numeric, found LOCAL_DATE");
        assertRejected(() -> LogisticRegressionModel.of(logistic, schema, null, w, b, n),
                "LogisticRegressionModel: classes must not be null");
    }

    @Test
    void itPrintsItsClassesAndCoefficients() {
        Schema schema = Schema.of(List.of("a", "b"), List.of(ColumnType.DOUBLE, ColumnType.DOUBLE));
        LogisticRegressionModel binary = LogisticRegressionModel.of(new LogisticRegression(), schema,
                TargetClasses.of("y", ColumnType.STRING, List.of("no", "yes")), new double[][] {{0.5, -1.2}},
                new double[] {0.3}, new int[] {5});
        assertEquals("LogisticRegressionModel on [a, b]: classes [no, yes], coefficients [0.5, -1.2], intercept 0.3",
                binary.toString());
        TargetClasses three = TargetClasses.of("y", ColumnType.INTEGER, List.of(1, 2, 3));
        double[][] w = {{1, 2}, {3, 4}, {5, 6}};
        double[] b = {0.25, -1, 2};
        LogisticRegressionModel ovr = LogisticRegressionModel.of(new LogisticRegression()
                .multiClass(LogisticRegression.MultiClass.OVR), schema, three, w, b, new int[] {5, 6, 7});
        assertEquals("LogisticRegressionModel on [a, b]: classes [1, 2, 3], one-vs-rest intercepts [0.25, -1, 2]",
                ovr.toString());
        LogisticRegressionModel multinomial = LogisticRegressionModel.of(new LogisticRegression(), schema, three, w, b,
                new int[] {5});
        assertEquals("LogisticRegressionModel on [a, b]: classes [1, 2, 3], multinomial intercepts [0.25, -1, 2]",
                multinomial.toString());
    }
}
