package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertSameTrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.DecisionTreeRegressor;
import io.github.prepkit.tree.HeldOut;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RandomForestRegressorTest {

    /**
     * R^2 on the quarter of diabetes held out by {@link HeldOut} (seed 42), default parameters, against
     * scikit-learn 1.2.1's RandomForestRegressor(oob_score=True) on the same rows: test R^2 0.4958 at random_state
     * 0, 0.4903..0.5301 over random_state 0..9; out-of-bag R^2 0.4120, 0.3820..0.4120.
     */
    @Test
    void rSquaredIsScikitLearns() {
        HeldOut split = HeldOut.split(Datasets.load("diabetes"), 42);
        RandomForestRegressorModel model = new RandomForestRegressor().oobScore(true).fit(split.train(), "progression");
        double r2 = split.rSquared(model, "progression");
        assertTrue(r2 > 0.48 && r2 < 0.54, "ours " + r2);
        double oob = model.oobScore().orElseThrow();
        assertTrue(oob > 0.37 && oob < 0.42, "out-of-bag ours " + oob);
    }

    @Test
    void theSameForestOnAnyNumberOfThreads() {
        Table diabetes = Datasets.load("diabetes");
        RandomForestRegressor forest = new RandomForestRegressor().nEstimators(8).maxDepth(5).maxFeatures(0.5).seed(4);
        assertSameTrees(forest.nJobs(1).fit(diabetes, "progression").trees(),
                forest.nJobs(3).fit(diabetes, "progression").trees());
    }

    @Test
    void predictionsAreTheTreesAverage() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                DoubleColumn.create("y", new double[] {1, 1, 2, 10, 10, 13}));
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(5).fit(data, "y");
        double[] predicted = model.predict(Columns.without(data, "y")).asDoubleArray();
        for (int i = 0; i < 6; i++) {
            double mean = 0;
            for (Tree tree : model.trees()) {
                mean += tree.value(tree.leaf(new double[] {i + 1}, 0), 0) / 5;
            }
            assertEquals(mean, predicted[i], 1e-12);
        }
        assertEquals("y", model.predict(Columns.without(data, "y")).name());
    }

    @Test
    void withoutBootstrapEveryTreeIsTheSingleTree() {
        // diabetes at depth 2 has no exact ties (scikit-learn grows the same tree for random_state 0..19)
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        RandomForestRegressorModel forest = new RandomForestRegressor().nEstimators(3).maxDepth(2).bootstrap(false)
                .fit(diabetes, "progression");
        DoubleColumn single = new DecisionTreeRegressor().maxDepth(2).fit(diabetes, "progression").predict(features);
        assertArrayEquals(single.asDoubleArray(), forest.predict(features).asDoubleArray(), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0.32726865139883055, 0, 0, 0, 0, 0, 0.6727313486011696, 0},
                forest.featureImportances(), 1e-9);
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        RandomForestRegressor defaults = new RandomForestRegressor();
        assertEquals(new RandomForestRegressor(100, OptionalInt.empty(), 2, 1, MaxFeatures.ALL, true, false, -1, 0),
                defaults);
        assertEquals(new RandomForestRegressor(7, OptionalInt.of(3), 4, 2, MaxFeatures.LOG2, true, true, 1, 5),
                defaults.nEstimators(7).maxDepth(3).minSamplesSplit(4).minSamplesLeaf(2).maxFeatures(MaxFeatures.LOG2)
                        .oobScore(true).nJobs(1).seed(5));
        assertEquals(MaxFeatures.count(3), defaults.maxFeatures(3).maxFeatures());
        assertEquals(MaxFeatures.fraction(0.3), defaults.maxFeatures(0.3).maxFeatures());
        assertEquals(OptionalInt.empty(), defaults.maxDepth(2).maxDepth(OptionalInt.empty()).maxDepth());
        assertEquals(false, defaults.bootstrap(false).bootstrap());
    }

    @Test
    void inputIsNotModified() {
        Table diabetes = Datasets.load("diabetes");
        new RandomForestRegressor().nEstimators(2).fit(diabetes, "progression")
                .predict(Columns.without(diabetes, "progression"));
        TableAssertions.assertTableClose(Datasets.load("diabetes"), diabetes, 0);
    }

    @Test
    void invalidParametersAndInputFailNamingThem() {
        assertMessage("RandomForestRegressor: nEstimators must be at least 1", () -> new RandomForestRegressor().nEstimators(-1));
        assertMessage("RandomForestRegressor: nJobs", () -> new RandomForestRegressor().nJobs(-2));
        assertMessage("RandomForestRegressor: oobScore needs bootstrap samples",
                () -> new RandomForestRegressor().bootstrap(false).oobScore(true));
        assertMessage("RandomForestRegressor: maxDepth must be at least 1", () -> new RandomForestRegressor().maxDepth(0));
        Table text = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}), StringColumn.create("y", "a", "b"));
        assertMessage("target column 'y' must be numeric", () -> new RandomForestRegressor().fit(text, "y"));
        Table wrong = Table.create("t", StringColumn.create("x", "1", "2"), DoubleColumn.create("y", new double[] {1, 2}));
        assertMessage("column 'x' must be numeric", () -> new RandomForestRegressor().fit(wrong, "y"));
    }

    @Test
    void aTargetBeyondTheSquaredErrorBoundIsRefusedNamingIt() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3}),
                DoubleColumn.create("y", new double[] {1e300, -1e300, 1e300}));
        assertMessage("RandomForestRegressor: target column 'y' is too large for squared-error sums: 3 rows x largest magnitude"
                + " 1.0E300 exceeds 2^510", () -> new RandomForestRegressor().fit(data, "y"));
    }

    @Test
    void sampleWeightsAllOneGiveTheUnweightedForestBitForBit() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        double[] ones = new double[diabetes.rowCount()];
        java.util.Arrays.fill(ones, 1);
        RandomForestRegressor forest = new RandomForestRegressor().nEstimators(8).seed(3);
        assertEquals(forest.fit(diabetes, "progression").predict(features).asList(),
                forest.fit(features, diabetes.column("progression"), ones).predict(features).asList());
        // a row of weight 0 is in no tree: giving it an absurd target changes nothing
        double[] zeroFirst = ones.clone();
        zeroFirst[0] = 0;
        DoubleColumn absurd = DoubleColumn.create("progression", diabetes.numberColumn("progression").asDoubleArray());
        absurd.set(0, 1e6);
        assertEquals(forest.fit(features, diabetes.column("progression"), zeroFirst).predict(features).asList(),
                forest.fit(features, absurd, zeroFirst).predict(features).asList());
    }
}
