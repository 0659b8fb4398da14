package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.tree.DecisionTreeRegressor;
import io.github.prepkit.tree.RebuiltTrees;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RandomForestRegressorModelTest {

    /**
     * {@link ForestStumps#table} with y = 0 0 10 10: x parts it at 2.5; z into {0 0 10}, mean 10/3, and {10}.
     * Without bootstrap and with one feature drawn per node, each stump of depth 1 splits on whichever feature it
     * drew.
     */
    private static Table stumpData() {
        return ForestStumps.table(DoubleColumn.create("y", new double[] {0, 0, 10, 10}));
    }

    private static RandomForestRegressorModel stumps() {
        return new RandomForestRegressor().nEstimators(20).bootstrap(false).maxFeatures(1).maxDepth(1)
                .fit(stumpData(), "y");
    }

    @Test
    void predictAveragesTheLeafMeansOfTheTrees() {
        RandomForestRegressorModel model = stumps();
        long[] on = ForestStumps.rootSplits(model.trees());
        // (x 4, z 0): x stumps 10, z stumps 10/3; (x 0, z 5): x stumps 0, z stumps 10
        DoubleColumn predicted = model.predict(ForestStumps.queries());
        assertEquals("y", predicted.name());
        assertArrayEquals(new double[] {(on[0] * 10 + on[1] * 10.0 / 3) / 20, on[1] * 10.0 / 20},
                predicted.asDoubleArray(), 1e-12);
        assertArrayEquals(predicted.asDoubleArray(), model.predict(ForestStumps.queries()).asDoubleArray(),
                "a second call");
    }

    @Test
    void treesHoldOneRegressionTreePerEstimatorAndCannotBeChanged() {
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(4).maxDepth(2)
                .fit(Datasets.load("diabetes").first(50), "progression");
        assertEquals(4, model.trees().size());
        for (Tree tree : model.trees()) {
            assertEquals(1, tree.width(), "one mean per node");
            assertEquals(10, tree.features());
        }
        assertThrows(UnsupportedOperationException.class, () -> model.trees().add(model.trees().get(0)));
    }

    @Test
    void oobScoreIsEmptyUnlessAsked() {
        assertEquals(OptionalDouble.empty(), stumps().oobScore());
    }

    @Test
    void oobScoreIsTheRSquaredOfEachRowPredictedByTheTreesThatLeftItOut() {
        // recomputed here from the trees and the bootstrap counts each tree drew; rows every tree drew are skipped
        Table diabetes = Datasets.load("diabetes").first(80);
        long seed = 5;
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(4).maxDepth(4).oobScore(true)
                .seed(seed).fit(diabetes, "progression");
        double[] x = Columns.rowMajor(Columns.without(diabetes, "progression"), model.featureNames(), "Test");
        double[] y = diabetes.numberColumn("progression").asDoubleArray();
        double[] predicted = new double[80];
        boolean[] scored = new boolean[80];
        for (int i = 0; i < 80; i++) {
            int trees = 0;
            for (int t = 0; t < 4; t++) {
                if (Forest.bootstrap(80, seed, t)[i] == 0) {
                    Tree tree = model.trees().get(t);
                    predicted[i] += tree.value(tree.leaf(x, i * 10), 0);
                    trees++;
                }
            }
            scored[i] = trees > 0;
            predicted[i] /= Math.max(trees, 1);
        }
        double mean = IntStream.range(0, 80).filter(i -> scored[i]).mapToDouble(i -> y[i]).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < 80; i++) {
            if (scored[i]) {
                residual += (y[i] - predicted[i]) * (y[i] - predicted[i]);
                total += (y[i] - mean) * (y[i] - mean);
            }
        }
        assertTrue(IntStream.range(0, 80).anyMatch(i -> !scored[i]), "some row was drawn by all 4 trees");
        assertEquals(1 - residual / total, model.oobScore().orElseThrow(), 1e-12);
    }

    @Test
    void oobScoreIsNaNWhenNoRowWasLeftOut() {
        long seed = ForestStumps.seedDrawingBothRows();
        Table two = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}),
                DoubleColumn.create("y", new double[] {3, 5}));
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(1).oobScore(true).seed(seed)
                .fit(two, "y");
        assertTrue(Double.isNaN(model.oobScore().orElseThrow()));
    }

    @Test
    void featureImportancesFollowTheFeatureNamesAndAreACopy() {
        // without bootstrap and with every feature, each tree is the single tree: x parts y perfectly at the root
        // (decrease 4 * 25), leaving nothing for z
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(3).bootstrap(false)
                .fit(stumpData().reorderColumns("z", "y", "x"), "y");
        assertEquals(List.of("z", "x"), model.featureNames());
        model.featureImportances()[1] = 0;
        assertArrayEquals(new double[] {0, 1}, model.featureImportances());
    }

    @Test
    void featureImportancesAreZeroWhenEveryTreeIsASingleLeaf() {
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(3).minSamplesSplit(5)
                .fit(stumpData(), "y");
        assertArrayEquals(new double[] {0, 0}, model.featureImportances());
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        RandomForestRegressorModel model = stumps();
        Table query = Columns.without(stumpData(), "y");
        String step = "RandomForestRegressorModel: ";
        assertRejected(() -> model.predict(stumpData()), step, "column 'y' was not seen at fit");
        assertRejected(() -> model.predict(query.selectColumns("x")), step, "column 'z' is missing");
        Table text = query.copy().replaceColumn("x", StringColumn.create("x", "1", "2", "3", "4"));
        assertRejected(() -> model.predict(text), step, "column 'x' was DOUBLE at fit, found STRING");
        Table infinite = query.copy();
        infinite.doubleColumn("z").set(2, Double.POSITIVE_INFINITY);
        assertRejected(() -> model.predict(infinite), step, "feature column 'z' has an infinite value in row 2");
    }

    @Test
    void predictingLeavesTheTableAlone() {
        assertInputUnchanged(Columns.without(stumpData(), "y"), stumps()::predict);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        RandomForestRegressorModel model = new RandomForestRegressor().nEstimators(10).maxDepth(6).oobScore(true)
                .fit(diabetes, "progression");
        RandomForestRegressorModel rebuilt = RandomForestRegressorModel.of(model.estimator(), model.schema(),
                model.target(), RebuiltTrees.of(model.trees()), model.oobScore());
        assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
        assertEquals("progression", rebuilt.predict(features).name());
        assertEquals(new RandomForestRegressor().nEstimators(10).maxDepth(6).oobScore(true), rebuilt.estimator());
        assertEquals(model.oobScore(), rebuilt.oobScore());
        assertArrayEquals(model.featureImportances(), rebuilt.featureImportances(), 0);
        assertEquals(model.toString(), rebuilt.toString());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        RandomForestRegressorModel model = stumps();
        RandomForestRegressor estimator = model.estimator();
        Schema schema = model.schema();
        List<Tree> trees = model.trees();
        OptionalDouble none = OptionalDouble.empty();
        String step = "RandomForestRegressorModel: ";
        assertRejected(() -> RandomForestRegressorModel.of(estimator.nEstimators(21), schema, "y", trees, none), step,
                "expected 21 tree(s), found 20");
        List<Tree> deeper = new ArrayList<>(trees);
        deeper.set(2, new DecisionTreeRegressor().fit(ForestStumps.table(DoubleColumn.create("y",
                new double[] {0, 1, 10, 10})), "y").tree());
        assertRejected(() -> RandomForestRegressorModel.of(estimator, schema, "y", deeper, none), step,
                "tree 2 has depth 2, deeper than the estimator's maxDepth 1");
        Tree classification = new RandomForestClassifier().nEstimators(1).maxDepth(1)
                .fit(ForestStumps.table(StringColumn.create("y", "a", "a", "b", "b")), "y").trees().get(0);
        List<Tree> mixed = new ArrayList<>(trees);
        mixed.set(0, classification);
        assertRejected(() -> RandomForestRegressorModel.of(estimator, schema, "y", mixed, none), step,
                "tree 0 must be grown on the 2 feature columns with 1 value(s) per node, found 2 features and width 2");
        assertRejected(() -> RandomForestRegressorModel.of(estimator, Schema.of(List.of("x", "z"),
                List.of(ColumnType.BOOLEAN, ColumnType.DOUBLE)), "y", trees, none), step,
                "column 'x' must be numeric, found BOOLEAN");
        RandomForestRegressor withOob = estimator.bootstrap(true).oobScore(true);
        assertRejected(() -> RandomForestRegressorModel.of(withOob, schema, "y", trees, none), step,
                "the estimator's oobScore is true, but the out-of-bag score is missing");
        assertRejected(() -> RandomForestRegressorModel.of(withOob, schema, "y", trees,
                OptionalDouble.of(Double.POSITIVE_INFINITY)), step,
                "the out-of-bag score must be NaN or in [-Infinity, 1], found Infinity");
        RandomForestRegressorModel.of(withOob, schema, "y", trees, OptionalDouble.of(Double.NEGATIVE_INFINITY));
        assertRejected(() -> RandomForestRegressorModel.of(estimator, schema, null, trees, none), step + "target");
        assertRejected(() -> RandomForestRegressorModel.of(estimator, null, "y", trees, none), step + "schema");
    }

    @Test
    void itPrintsItsTypeFeaturesAndTrees() {
        assertEquals("RandomForestRegressorModel on [x, z]: 20 trees, 60 nodes, max depth 1", stumps().toString());
    }
}
