package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.HeldOut;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class GradientBoostingRegressorTest {

    @Test
    void oneStageAddsAShrunkTreeOfTheResiduals() {
        // mean 4; residuals -3 -2 -1 6; the stump splits at 3.5 (means -2 and 6); learning rate 0.1
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                DoubleColumn.create("y", new double[] {1, 2, 3, 10}));
        GradientBoostingRegressorModel model = new GradientBoostingRegressor().nEstimators(1).maxDepth(1)
                .fit(data, "y");
        assertEquals(4, model.initialPrediction(), 1e-12);
        assertEquals(3.5, model.trees().get(0).get(0).threshold(0));
        DoubleColumn predicted = model.predict(Columns.without(data, "y"));
        assertEquals("y", predicted.name());
        assertArrayEquals(new double[] {3.8, 3.8, 3.8, 4.6}, predicted.asDoubleArray(), 1e-12);
    }

    @Test
    void matchesScikitLearnWithoutTies() {
        // sklearn 1.2.1 GradientBoostingRegressor(n_estimators=20) on all of diabetes: the same for random_state
        // 0..9 (within 1e-13); predictions of rows 0..4 and feature_importances_
        Table diabetes = Datasets.load("diabetes");
        GradientBoostingRegressorModel model = new GradientBoostingRegressor().nEstimators(20)
                .fit(diabetes, "progression");
        assertArrayEquals(new double[] {186.2732739219205, 92.29781294961617, 164.662955033924, 174.05893624325927,
            111.1330810950468}, model.predict(Columns.without(diabetes, "progression").first(5)).asDoubleArray(), 1e-9);
        assertArrayEquals(new double[] {0.018565353295477077, 0.00597688647034538, 0.30220231828520694,
            0.09163374065245877, 0.01160361818714459, 0.022804607999332267, 0.02740266586248602,
            0.014327469711818724, 0.4782954021784164, 0.02718793735731388}, model.featureImportances(), 1e-9);
    }

    /**
     * R^2 on the quarter of diabetes held out by {@link HeldOut} (seed 42) against scikit-learn 1.2.1's
     * GradientBoostingRegressor(random_state=0) on the same rows: 0.4793, and 0.4741 with subsample 0.8.
     */
    @Test
    void rSquaredIsScikitLearns() {
        HeldOut split = HeldOut.split(Datasets.load("diabetes"), 42);
        assertEquals(0.4793, split.rSquared(new GradientBoostingRegressor().fit(split.train(), "progression"),
                "progression"), 0.01);
        assertEquals(0.4741, split.rSquared(new GradientBoostingRegressor().subsample(0.8)
                .fit(split.train(), "progression"), "progression"), 0.03);
    }

    @Test
    void theSeedDecidesTheSubsamples() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        GradientBoostingRegressor boosting = new GradientBoostingRegressor().nEstimators(10).subsample(0.5);
        assertArrayEquals(boosting.seed(1).fit(diabetes, "progression").predict(features).asDoubleArray(),
                boosting.seed(1).fit(diabetes, "progression").predict(features).asDoubleArray(), 0);
        assertNotEquals(boosting.seed(1).fit(diabetes, "progression").predict(features).asList(),
                boosting.seed(2).fit(diabetes, "progression").predict(features).asList());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        GradientBoostingRegressor defaults = new GradientBoostingRegressor();
        assertEquals(new GradientBoostingRegressor(100, 0.1, OptionalInt.of(3), 1.0, 0), defaults);
        assertEquals(new GradientBoostingRegressor(5, 0.05, OptionalInt.empty(), 0.5, 2),
                defaults.nEstimators(5).learningRate(0.05).maxDepth(OptionalInt.empty()).subsample(0.5).seed(2));
        assertEquals(OptionalInt.of(4), defaults.maxDepth(4).maxDepth());
    }

    @Test
    void inputIsNotModified() {
        Table diabetes = Datasets.load("diabetes");
        new GradientBoostingRegressor().nEstimators(2).fit(diabetes, "progression")
                .predict(Columns.without(diabetes, "progression"));
        TableAssertions.assertTableClose(Datasets.load("diabetes"), diabetes, 0);
    }

    @Test
    void invalidParametersAndInputFailNamingThem() {
        assertMessage("GradientBoostingRegressor: nEstimators must be at least 1",
                () -> new GradientBoostingRegressor().nEstimators(0));
        assertMessage("GradientBoostingRegressor: learningRate", () -> new GradientBoostingRegressor()
                .learningRate(Double.POSITIVE_INFINITY));
        assertMessage("GradientBoostingRegressor: subsample", () -> new GradientBoostingRegressor().subsample(-1));
        Table text = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}), StringColumn.create("y", "a", "b"));
        assertMessage("target column 'y' must be numeric", () -> new GradientBoostingRegressor().fit(text, "y"));
        Table gap = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}),
                DoubleColumn.create("y", new double[] {1, Double.NaN}));
        assertMessage("target column 'y' has 1 missing value", () -> new GradientBoostingRegressor().fit(gap, "y"));
    }

    @Test
    void aTargetBeyondTheSquaredErrorBoundIsRefusedNamingIt() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3}),
                DoubleColumn.create("y", new double[] {1e300, -1e300, 1e300}));
        assertMessage("GradientBoostingRegressor: target column 'y' is too large for squared-error sums: 3 rows x largest magnitude"
                + " 1.0E300 exceeds 2^510", () -> new GradientBoostingRegressor().fit(data, "y"));
    }

    @Test
    void sampleWeightsAllOneGiveTheUnweightedModelAndZeroWeightsDropRows() {
        // all 1: the same trees; the first prediction is the weighted mean, the unweighted one a compensated mean
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        double[] ones = new double[diabetes.rowCount()];
        java.util.Arrays.fill(ones, 1);
        GradientBoostingRegressor boosting = new GradientBoostingRegressor().nEstimators(10).subsample(0.8).seed(1);
        double[] plain = ((NumericColumn<?>) boosting.fit(diabetes, "progression").predict(features)).asDoubleArray();
        double[] weighted = ((NumericColumn<?>) boosting.fit(features, diabetes.column("progression"), ones)
                .predict(features)).asDoubleArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain, weighted, 1e-9);
        // a row of weight 0 counts for nothing: giving it an absurd target changes nothing
        double[] zeroFirst = ones.clone();
        zeroFirst[0] = 0;
        DoubleColumn absurd = DoubleColumn.create("progression", diabetes.numberColumn("progression").asDoubleArray());
        absurd.set(0, 1e6);
        assertEquals(boosting.fit(features, diabetes.column("progression"), zeroFirst).predict(features).asList(),
                boosting.fit(features, absurd, zeroFirst).predict(features).asList());
    }
}
