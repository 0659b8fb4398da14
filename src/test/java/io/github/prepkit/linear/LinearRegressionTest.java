package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.WeightCases;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class LinearRegressionTest {

    /** y = 1 + 2 a - b exactly. */
    private static Table exact() {
        return Table.create("t",
                DoubleColumn.create("a", 0, 1, 2, 3, 4),
                IntColumn.create("b", 1, 0, 3, 1, 2),
                DoubleColumn.create("y", 0, 3, 2, 6, 7));
    }

    @Test
    void recoversAnExactLinearRelation() {
        LinearRegressionModel model = new LinearRegression().fit(exact(), "y");
        assertArrayEquals(new double[] {2, -1}, model.coefficients(), 1e-12);
        assertEquals(1, model.intercept(), 1e-12);
        assertEquals(List.of("a", "b"), model.features());
    }

    @Test
    void withoutInterceptTheLineGoesThroughTheOrigin() {
        // y = 2x + 1 on x = 1, 2, 3: through the origin, b = sum(xy) / sum(x^2) = (3 + 10 + 21) / 14
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 3, 5, 7));
        LinearRegressionModel model = new LinearRegression().fitIntercept(false).fit(table, "y");
        assertArrayEquals(new double[] {34.0 / 14}, model.coefficients(), 1e-12);
        assertEquals(0, model.intercept());
    }

    @Test
    void collinearAndConstantColumnsGiveScikitLearnsMinimumNormSolution() {
        double[] x1 = {2.041, -2.556, 0.418, -0.568, -0.453, -0.216, -2.02, -0.232, -0.865, 3.323, 0.226, -0.353};
        double[] x3 = {-0.281, -0.668, -1.055, -0.391, 0.482, -0.239, 0.958, -0.2, 0.024, 1.546, 0.545, -0.505};
        double[] y = {5.345, -3.39, 3.085, 0.228, -0.412, 0.907, -4.087, 0.707, -0.666, 6.158, 0.916, 0.866};
        double[] x2 = new double[x1.length];
        double[] constant = new double[x1.length];
        for (int i = 0; i < x1.length; i++) {
            x2[i] = 2 * x1[i];
            constant[i] = 0.1;
        }
        Table table = Table.create("t", DoubleColumn.create("x1", x1), DoubleColumn.create("x2", x2),
                DoubleColumn.create("x3", x3), DoubleColumn.create("c", constant), DoubleColumn.create("y", y));
        LinearRegressionModel model = new LinearRegression().fit(table, "y");
        // scikit-learn 1.2.1 LinearRegression().fit: coef_ [0.40359229796631724, 0.80718459593263414,
        // -1.0604531302729578, 6.4e-32], intercept_ 1.0348832954898
        assertArrayEquals(new double[] {0.40359229796631724, 0.80718459593263414, -1.0604531302729578, 0},
                model.coefficients(), 1e-9);
        assertEquals(1.0348832954898, model.intercept(), 1e-9);
    }

    @Test
    void oneRowPredictsItsTarget() {
        Table table = Table.create("t", DoubleColumn.create("x", new double[] {3}), DoubleColumn.create("y", new double[] {7}));
        LinearRegressionModel model = new LinearRegression().fit(table, "y");
        assertArrayEquals(new double[] {0}, model.coefficients());
        assertEquals(7, model.intercept(), 1e-12);
    }

    @Test
    void fittingTwiceGivesEqualModelsAndLeavesTheInputAlone() {
        Table input = Datasets.load("diabetes");
        LinearRegressionModel first = new LinearRegression().fit(input, "progression");
        LinearRegressionModel second = new LinearRegression().fit(input, "progression");
        assertArrayEquals(first.coefficients(), second.coefficients());
        assertEquals(first.intercept(), second.intercept());
        TableAssertions.assertTableClose(Datasets.load("diabetes"), input, 0);
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        LinearRegression defaults = new LinearRegression();
        assertTrue(defaults.fitIntercept());
        assertFalse(defaults.fitIntercept(false).fitIntercept());
        assertTrue(defaults.fitIntercept());
        assertEquals(new LinearRegression(true), defaults);
    }

    @Test
    void badInputFailsNamingTheColumn() {
        Table strings = exact().addColumns(StringColumn.create("s", "a", "b", "c", "d", "e"));
        assertMessage("LinearRegression: feature column 's' must be numeric, found STRING",
                () -> new LinearRegression().fit(strings, "y"));
        Table gap = Table.create("t", DoubleColumn.create("x", 1, Double.NaN, 3), DoubleColumn.create("y", 1, 2, 3));
        assertMessage("LinearRegression: feature column 'x' has 1 missing value(s); impute them first (io.github.prepkit.impute)",
                () -> new LinearRegression().fit(gap, "y"));
        Table missingTarget = Table.create("t", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 1, Double.NaN, 3));
        assertMessage("LinearRegression: target column 'y' has 1 missing value(s); drop those rows or impute the target first",
                () -> new LinearRegression().fit(missingTarget, "y"));
        Table textTarget = Table.create("t", DoubleColumn.create("x", 1, 2), StringColumn.create("y", "a", "b"));
        assertMessage("LinearRegression: target column 'y' must be numeric, found STRING",
                () -> new LinearRegression().fit(textTarget, "y"));
        assertMessage("LinearRegression: target column 'y' has 2 values but the features have 3 rows",
                () -> new LinearRegression().fit(Table.create("t", DoubleColumn.create("x", 1, 2, 3)), DoubleColumn.create("y", 1, 2)));
        assertMessage("LinearRegression: cannot fit on an empty table (0 rows)",
                () -> new LinearRegression().fit(exact().emptyCopy(), "y"));
        assertMessage("LinearRegression: needs at least one feature column besides the target",
                () -> new LinearRegression().fit(exact().selectColumns("y"), "y"));
        assertThrows(IllegalArgumentException.class, () -> new LinearRegression().fit(exact(), "nope"));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    /** Two features and a target whose spreads are in [1, 2), of few significant bits. */
    private static Table small() {
        return Table.create("t",
                DoubleColumn.create("x1", new double[] {0.25, 1.5, 1.125, 0.5, 0.75, 1.25, 0.375, 0.125}),
                DoubleColumn.create("x2", new double[] {1, 0.5, 0.25, 1.375, 0.625, 0.875, 1.25, 0.0625}),
                DoubleColumn.create("y", new double[] {1.25, 0.5, 1.5, 0.375, 0.875, 1.125, 0.75, 0.625}));
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryCoefficientsScaled() {
        // least squares does not notice powers of two: X times 2^a and y times 2^b give b times 2^(b - a), where
        // scikit-learn's Gram matrix overflows near 1e300 and underflows near 1e-200
        for (boolean intercept : new boolean[] {true, false}) {
            LinearRegression regression = new LinearRegression().fitIntercept(intercept);
            LinearRegressorModel base = regression.fit(small(), "y");
            for (int exponent : Extremes.EXPONENTS) {
                String where = "intercept " + intercept + ", at 2^" + exponent;
                LinearRegressorModel both = regression.fit(Extremes.timesPowerOfTwo(small(), exponent), "y");
                assertArrayEquals(base.coefficients(), both.coefficients(), where);
                Extremes.assertScaled(new double[] {base.intercept()}, exponent, new double[] {both.intercept()}, where);
                LinearRegressorModel target = regression.fit(Extremes.timesPowerOfTwo(small(), exponent, "x1", "x2"),
                        "y");
                Extremes.assertScaled(base.coefficients(), exponent, target.coefficients(), "target " + where);
                if (exponent > -1000) {
                    LinearRegressorModel features = regression.fit(Extremes.timesPowerOfTwo(small(), exponent, "y"), "y");
                    Extremes.assertScaled(base.coefficients(), -exponent, features.coefficients(), "features " + where);
                    assertEquals(base.intercept(), features.intercept(), where);
                }
            }
        }
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> new LinearRegression().fit(Extremes.timesPowerOfTwo(small(), -1060, "y"), "y"));
        assertEquals("LinearRegression: the coefficient of feature column 'x1' is beyond the double range (the target"
                + " varies over more than 1e308 times as much); rescale the target or the feature", beyond.getMessage());
    }

    @Test
    void aFeatureConstantAt1e308GetsCoefficientZeroAndChangesNothingElse() {
        double[] constant = new double[8];
        Arrays.fill(constant, 1e308);
        LinearRegressorModel base = new LinearRegression().fit(small(), "y");
        LinearRegressorModel model = new LinearRegression().fit(small().addColumns(DoubleColumn.create("c", constant)),
                "y");
        assertArrayEquals(new double[] {base.coefficients()[0], base.coefficients()[1], 0}, model.coefficients(), 1e-12);
        assertEquals(base.intercept(), model.intercept(), 1e-12);
    }

    @Test
    void integerSampleWeightsEqualDuplicatedRowsAndZeroWeightsDropRows() {
        Table diabetes = Datasets.load("diabetes");
        int[] counts = new java.util.SplittableRandom(4).ints(diabetes.rowCount(), 0, 4).toArray();
        double[] weights = Arrays.stream(counts).asDoubleStream().toArray();
        Table features = diabetes.copy().removeColumns("progression");
        for (boolean intercept : new boolean[] {true, false}) {
            LinearRegressionModel repeated = new LinearRegression(intercept)
                    .fit(WeightCases.duplicated(diabetes, counts), "progression");
            LinearRegressionModel weighted = new LinearRegression(intercept)
                    .fit(features, diabetes.column("progression"), weights);
            assertArrayEquals(repeated.coefficients(), weighted.coefficients(), 1e-6);
            assertEquals(repeated.intercept(), weighted.intercept(), 1e-6);
        }
    }

    @Test
    void weightedLeastSquaresMatchesTheWeightedNormalEquations() {
        // rows (x, y, w): (0, 1, 1), (1, 3, 1), (0, 0, 3): at x = 0 the weighted mean is 0.25, at x = 1 it is 3, so
        // the weighted fit goes through both: slope 2.75, intercept 0.25
        Table data = Table.create("t", DoubleColumn.create("x", 0, 1, 0));
        LinearRegressionModel model = new LinearRegression().fit(data, DoubleColumn.create("y", 1, 3, 0),
                new double[] {1, 1, 3});
        assertEquals(2.75, model.coefficients()[0], 1e-12);
        assertEquals(0.25, model.intercept(), 1e-12);
        assertMessage("LinearRegression: sampleWeight must be finite and at least 0, found -1.0 at row 1",
                () -> new LinearRegression().fit(data, DoubleColumn.create("y", 1, 3, 0), new double[] {1, -1, 3}));
        assertMessage("LinearRegression: sampleWeight must sum to a positive finite number, found a sum of 0.0",
                () -> new LinearRegression().fit(data, DoubleColumn.create("y", 1, 3, 0), new double[3]));
    }
}
