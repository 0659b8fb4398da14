package io.github.prepkit.linear;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class LinearRegressionModelTest {

    private static LinearRegressionModel model() {
        // y = 1 + 2 a - b
        return new LinearRegression().fit(Table.create("t", DoubleColumn.create("a", 0, 1, 2, 3),
                IntColumn.create("b", 1, 0, 3, 1), DoubleColumn.create("y", 0, 3, 2, 6)), "y");
    }

    @Test
    void predictsTheLinearCombinationNamedLikeTheTarget() {
        Table query = Table.create("q", IntColumn.create("b", 0, 2), DoubleColumn.create("a", 10, -1));
        DoubleColumn predicted = model().predict(query);
        assertEquals("y", predicted.name());
        assertArrayEquals(new double[] {21, -3}, predicted.asDoubleArray(), 1e-12, "column order does not matter");
    }

    @Test
    void scikitLearnsDiabetesFitExplainsHalfTheVariance() {
        // scikit-learn 1.2.1 LinearRegression on the full diabetes data: R^2 0.5177484222203498
        LinearRegressionModel model = new LinearRegression().fit(Datasets.load("diabetes"), "progression");
        assertEquals(0.5177484222203498, SGDRegressorTest.rSquared(model, Datasets.load("diabetes"), "progression"), 1e-9);
    }

    @Test
    void coefficientsAreCopies() {
        LinearRegressionModel model = model();
        model.coefficients()[0] = 99;
        assertArrayEquals(new double[] {2, -1}, model.coefficients(), 1e-12);
    }

    @Test
    void predictLeavesTheTableAlone() {
        Table query = Table.create("q", DoubleColumn.create("a", 1, 2), IntColumn.create("b", 0, 2));
        model().predict(query);
        TableAssertions.assertTableClose(Table.create("q", DoubleColumn.create("a", 1, 2), IntColumn.create("b", 0, 2)), query, 0);
    }

    @Test
    void aTableWithOtherColumnsOrMissingValuesFailsNamingThem() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> model().predict(Table.create("q", DoubleColumn.create("a", new double[] {1}))));
        assertTrue(missing.getMessage().startsWith("LinearRegressionModel.predict: "), missing.getMessage());
        assertTrue(missing.getMessage().contains("column 'b' is missing"), missing.getMessage());
        LinearRegressionTest.assertMessage("LinearRegressionModel.predict: feature column 'a' has 1 missing value(s);"
                + " impute them first (io.github.prepkit.impute)", () -> model().predict(Table.create("q",
                DoubleColumn.create("a", Double.NaN), IntColumn.create("b", 1))));
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table diabetes = Datasets.load("diabetes");
        LinearRegressionModel model = new LinearRegression().fit(diabetes, "progression");
        LinearRegressionModel rebuilt = LinearRegressionModel.of(model.estimator(), model.schema(), model.target(),
                model.coefficients(), model.intercept());
        Table features = Columns.without(diabetes, "progression");
        assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
        assertEquals(new LinearRegression(), rebuilt.estimator());
        assertEquals(model.schema(), rebuilt.schema());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        LinearRegression ols = new LinearRegression();
        Schema schema = model().schema();
        double[] coefficients = {2, -1};
        assertRejected(() -> LinearRegressionModel.of(ols, schema, "y", new double[] {2}, 1),
                "LinearRegressionModel: coefficients must hold 2 values, found 1");
        assertRejected(() -> LinearRegressionModel.of(ols, schema, "y", new double[] {2, Double.NaN}, 1),
                "LinearRegressionModel: coefficients must be finite, found NaN at index 1");
        assertRejected(() -> LinearRegressionModel.of(ols, schema, "y", coefficients, Double.POSITIVE_INFINITY),
                "LinearRegressionModel: the intercept must be finite");
        assertRejected(() -> LinearRegressionModel.of(ols.fitIntercept(false), schema, "y", coefficients, 1),
                "0 where the estimator's fitIntercept is false; found 1.0");
        assertRejected(() -> LinearRegressionModel.of(ols, Schema.of(List.of("a", "s"),
                List.of(ColumnType.DOUBLE, ColumnType.STRING)), "y", coefficients, 1),
                "LinearRegressionModel: column 's' must be numeric, found STRING");
        assertRejected(() -> LinearRegressionModel.of(ols, Schema.of(List.of(), List.of()), "y", new double[0], 1),
                "LinearRegressionModel: the schema must have at least one feature column");
        assertRejected(() -> LinearRegressionModel.of(ols, schema, null, coefficients, 1),
                "LinearRegressionModel: target must not be null");
        assertRejected(() -> LinearRegressionModel.of(null, schema, "y", coefficients, 1),
                "LinearRegressionModel: estimator must not be null");
    }

    @Test
    void itPrintsItsTypeFeaturesTargetAndCoefficients() {
        assertEquals("LinearRegressionModel on [a, b]: target y, coefficients [2, -1], intercept 1", model().toString());
    }
}
