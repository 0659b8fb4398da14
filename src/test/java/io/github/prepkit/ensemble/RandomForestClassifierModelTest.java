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
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.RebuiltTrees;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class RandomForestClassifierModelTest {

    /**
     * {@link ForestStumps#table} with labels a a b b: x parts them at 2.5; z only half, z <= 0.5 leaving {a a b} =
     * [2/3, 1/3] and z > 0.5 {b} = [0, 1]. Without bootstrap and with one feature drawn per node, each stump of
     * depth 1 splits on whichever feature it drew.
     */
    private static Table stumpData() {
        return ForestStumps.table(StringColumn.create("y", "a", "a", "b", "b"));
    }

    private static RandomForestClassifierModel stumps() {
        return new RandomForestClassifier().nEstimators(20).bootstrap(false).maxFeatures(1).maxDepth(1)
                .fit(stumpData(), "y");
    }

    @Test
    void predictProbaAveragesTheLeafFractionsOfTheTrees() {
        RandomForestClassifierModel model = stumps();
        long[] on = ForestStumps.rootSplits(model.trees());
        // (x 4, z 0): the x stumps say [0, 1], the z stumps [2/3, 1/3]; (x 0, z 5): [1, 0] and [0, 1]
        Table proba = model.predictProba(ForestStumps.queries());
        assertEquals(List.of("a", "b"), proba.columnNames());
        assertArrayEquals(new double[] {on[1] * 2.0 / 3 / 20, on[0] / 20.0}, proba.doubleColumn("a").asDoubleArray(),
                1e-12);
        assertArrayEquals(new double[] {(on[0] + on[1] / 3.0) / 20, on[1] / 20.0},
                proba.doubleColumn("b").asDoubleArray(), 1e-12);
    }

    @Test
    void treesHoldOneTreePerEstimatorAndCannotBeChanged() {
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(3).fit(Datasets.load("iris"),
                "species");
        List<Tree> trees = model.trees();
        assertEquals(3, trees.size());
        for (Tree tree : trees) {
            assertEquals(3, tree.width(), "one class fraction per species");
            assertEquals(4, tree.features());
        }
        assertThrows(UnsupportedOperationException.class, () -> model.trees().remove(0));
        assertEquals(3, model.trees().size());
    }

    @Test
    void oobScoreIsEmptyUnlessAsked() {
        assertEquals(OptionalDouble.empty(), stumps().oobScore());
        assertEquals(OptionalDouble.empty(),
                new RandomForestClassifier().nEstimators(2).fit(stumpData(), "y").oobScore());
    }

    @Test
    void oobScoreVotesEachRowByTheTreesThatLeftItOutAndSkipsRowsEveryTreeDrew() {
        // recomputed here from the trees and the bootstrap counts each tree drew
        Table iris = Datasets.load("iris");
        long seed = 11;
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(4).maxDepth(3).oobScore(true)
                .seed(seed).fit(iris, "species");
        Table features = Columns.without(iris, "species");
        double[] x = Columns.rowMajor(features, model.featureNames(), "Test");
        List<String> truth = iris.stringColumn("species").asList();
        int scored = 0;
        int correct = 0;
        for (int i = 0; i < 150; i++) {
            double[] sums = new double[3];
            boolean outOfBag = false;
            for (int t = 0; t < 4; t++) {
                if (Forest.bootstrap(150, seed, t)[i] == 0) {
                    outOfBag = true;
                    Tree tree = model.trees().get(t);
                    for (int k = 0; k < 3; k++) {
                        sums[k] += tree.value(tree.leaf(x, i * 4), k);
                    }
                }
            }
            if (outOfBag) {
                int best = 0;
                for (int k = 1; k < 3; k++) {
                    best = sums[k] > sums[best] ? k : best;
                }
                scored++;
                correct += model.classes().get(best).equals(truth.get(i)) ? 1 : 0;
            }
        }
        assertTrue(scored < 150, "some row was drawn by all 4 trees: " + scored + " scored");
        assertEquals((double) correct / scored, model.oobScore().orElseThrow(), 1e-15);
    }

    @Test
    void oobScoreIsNaNWhenNoRowWasLeftOut() {
        long seed = ForestStumps.seedDrawingBothRows();
        Table two = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}),
                StringColumn.create("y", "a", "b"));
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(1).oobScore(true).seed(seed)
                .fit(two, "y");
        assertTrue(Double.isNaN(model.oobScore().orElseThrow()));
    }

    @Test
    void featureImportancesGiveNothingToAConstantFeatureAndAreACopy() {
        // c never varies, so no tree can split on it; x takes all the decrease
        Table data = stumpData().replaceColumn("z", DoubleColumn.create("c", new double[] {7, 7, 7, 7}));
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(5).fit(data, "y");
        assertEquals(List.of("x", "c"), model.featureNames());
        model.featureImportances()[0] = 0;
        assertArrayEquals(new double[] {1, 0}, model.featureImportances());
    }

    @Test
    void featureImportancesAreZeroWhenEveryTreeIsASingleLeaf() {
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(3).minSamplesSplit(5)
                .fit(stumpData(), "y");
        assertArrayEquals(new double[] {0, 0}, model.featureImportances());
    }

    @Test
    void predictGivesTheTargetsTypeWithClassesInNumericOrder() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                IntColumn.create("grade", new int[] {10, 10, 9, 9}));
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(4).bootstrap(false)
                .fit(data, "grade");
        assertEquals(List.of("9", "10"), model.classes());
        Column<?> predicted = model.predict(Table.create("q", DoubleColumn.create("x", new double[] {0, 9})));
        assertTrue(predicted instanceof IntColumn);
        assertEquals("grade", predicted.name());
        assertEquals(List.of(10, 9), predicted.asList());
    }

    @Test
    void predictIsTheMostProbableClassAndTheSameOnASecondCall() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar").first(40);
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(5).fit(wine, "cultivar");
        Table proba = model.predictProba(features);
        List<String> predicted = model.predict(features).asList().stream().map(Object::toString).toList();
        for (int i = 0; i < 40; i++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                best = proba.doubleColumn(k).getDouble(i) > proba.doubleColumn(best).getDouble(i) ? k : best;
            }
            assertEquals(model.classes().get(best), predicted.get(i), "row " + i);
        }
        TableAssertions.assertTableClose(proba, model.predictProba(features), 0);
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        RandomForestClassifierModel model = stumps();
        Table query = Columns.without(stumpData(), "y");
        String step = "RandomForestClassifierModel: ";
        assertRejected(() -> model.predict(stumpData()), step, "column 'y' was not seen at fit");
        assertRejected(() -> model.predictProba(query.selectColumns("z")), step, "column 'x' is missing");
        Table text = query.copy().replaceColumn("z", StringColumn.create("z", "0", "0", "1", "0"));
        assertRejected(() -> model.predict(text), step, "column 'z' was DOUBLE at fit, found STRING");
        Table gap = query.copy();
        gap.doubleColumn("x").setMissing(3);
        assertRejected(() -> model.predictProba(gap), step, "feature column 'x' has 1 missing value(s)");
    }

    @Test
    void predictingLeavesTheTableAlone() {
        RandomForestClassifierModel model = stumps();
        assertInputUnchanged(Columns.without(stumpData(), "y"), model::predict, model::predictProba);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table iris = Datasets.load("iris");
        Table features = Columns.without(iris, "species");
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(10).oobScore(true).seed(3)
                .fit(iris, "species");
        RandomForestClassifierModel rebuilt = RandomForestClassifierModel.of(model.estimator(), model.schema(),
                model.targetClasses(), RebuiltTrees.of(model.trees()), model.oobScore());
        assertTableIdentical(model.predictProba(features), rebuilt.predictProba(features));
        assertEquals(model.predict(features).asList(), rebuilt.predict(features).asList());
        assertEquals(new RandomForestClassifier().nEstimators(10).oobScore(true).seed(3), rebuilt.estimator());
        assertEquals(model.oobScore(), rebuilt.oobScore());
        assertArrayEquals(model.featureImportances(), rebuilt.featureImportances(), 0);
        assertEquals(model.toString(), rebuilt.toString());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        RandomForestClassifierModel model = stumps();
        RandomForestClassifier estimator = model.estimator();
        Schema schema = model.schema();
        TargetClasses classes = model.targetClasses();
        List<Tree> trees = model.trees();
        OptionalDouble none = OptionalDouble.empty();
        String step = "RandomForestClassifierModel: ";
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, trees.subList(0, 19), none),
                step, "expected 20 tree(s), found 19");
        List<Tree> holed = new ArrayList<>(trees);
        holed.set(4, null);
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, holed, none), step,
                "tree 4 must not be null");
        List<Tree> regression = new ArrayList<>(trees);
        regression.set(3, trees.get(3).withValues(new double[3]));
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, regression, none), step,
                "tree 3 must be grown on the 2 feature columns with 2 value(s) per node, found 2 features and width 1");
        List<Tree> shifted = new ArrayList<>(trees);
        shifted.set(7, RebuiltTrees.withValues(trees.get(7), new double[] {0.5, 0.5, 1.5, -0.5, 0, 1}));
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, shifted, none), step,
                "tree 7, node 1 must hold class fractions in [0, 1], found 1.5");
        assertRejected(() -> RandomForestClassifierModel.of(estimator.nEstimators(19), schema, classes, trees, none),
                step, "expected 19 tree(s), found 20");
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema,
                TargetClasses.of("y", ColumnType.STRING, List.of("a", "b", "c")), trees, none), step,
                "with 3 value(s) per node");
        assertRejected(() -> RandomForestClassifierModel.of(estimator, Schema.of(List.of("x", "z", "w"),
                List.of(ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.INTEGER)), classes, trees, none), step,
                "tree 0 must be grown on the 3 feature columns");
        RandomForestClassifier withOob = estimator.bootstrap(true).oobScore(true);
        assertRejected(() -> RandomForestClassifierModel.of(withOob, schema, classes, trees, none), step,
                "the estimator's oobScore is true, but the out-of-bag score is missing");
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, trees, OptionalDouble.of(1)),
                step, "the estimator's oobScore is false, but the out-of-bag score is present");
        assertRejected(() -> RandomForestClassifierModel.of(withOob, schema, classes, trees, OptionalDouble.of(1.5)),
                step, "the out-of-bag score must be NaN or in [0.0, 1], found 1.5");
        assertRejected(() -> RandomForestClassifierModel.of(withOob, schema, classes, trees, OptionalDouble.of(-0.1)),
                step, "found -0.1");
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, trees, null),
                step + "oobScore");
        assertRejected(() -> RandomForestClassifierModel.of(estimator, schema, classes, null, none), step + "trees");
        assertRejected(() -> RandomForestClassifierModel.of(null, schema, classes, trees, none), step + "estimator");
    }

    @Test
    void itPrintsItsTypeFeaturesTreesAndClasses() {
        RandomForestClassifierModel model = stumps();
        assertEquals("RandomForestClassifierModel on [x, z]: 20 trees, 60 nodes, max depth 1, classes [a, b]",
                model.toString());
        RandomForestClassifierModel scored = RandomForestClassifierModel.of(
                model.estimator().bootstrap(true).oobScore(true), model.schema(), model.targetClasses(),
                model.trees(), OptionalDouble.of(0.75));
        assertEquals("RandomForestClassifierModel on [x, z]: 20 trees, 60 nodes, max depth 1, oob score 0.75,"
                + " classes [a, b]", scored.toString());
    }
}
