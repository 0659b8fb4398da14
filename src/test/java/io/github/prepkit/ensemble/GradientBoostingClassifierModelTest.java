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
import io.github.prepkit.tree.RebuiltTrees;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class GradientBoostingClassifierModelTest {

    /** x = 1..4 labelled 0 0 1 1, balanced. */
    private static Table binary() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                IntColumn.create("y", new int[] {0, 0, 1, 1}));
    }

    /** x = 1..6 labelled a b b c c c: shares 1/6, 1/3, 1/2. */
    private static Table threeClasses() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                StringColumn.create("y", "a", "b", "b", "c", "c", "c"));
    }

    private static GradientBoostingClassifierModel twoStumps() {
        return new GradientBoostingClassifier().nEstimators(2).maxDepth(1).fit(binary(), "y");
    }

    private static Table farLeftAndRight() {
        return Table.create("q", DoubleColumn.create("x", new double[] {0, 10}));
    }

    @Test
    void twoStagesAddTwoShrunkNewtonSteps() {
        // stage 1 from log-odds 0: leaves -+1 / (2 * 1/4) = -+2, so the scores are -+0.2. Stage 2: p = s(-0.2) on the
        // left, residuals -p, hessians p (1 - p): leaf -1 / (1 - p) = -1 / s(0.2) = -1.8187; score -0.2 - 0.18187
        // (sklearn 1.2.1 GradientBoostingClassifier(n_estimators=2, max_depth=1): decision_function
        // [-0.38187307530779824, 0.3818730753077982], predict_proba[:, 1] [0.4056752136293749, 0.5943247863706251])
        Table proba = twoStumps().predictProba(farLeftAndRight());
        assertEquals(List.of("0", "1"), proba.columnNames());
        assertArrayEquals(new double[] {0.4056752136293749, 0.5943247863706251},
                proba.doubleColumn("1").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {0.5943247863706251, 0.4056752136293749},
                proba.doubleColumn("0").asDoubleArray(), 1e-15);
    }

    @Test
    void treesHoldTheLeafStepsBeforeTheLearningRate() {
        List<List<Tree>> trees = twoStumps().trees();
        assertEquals(2, trees.size());
        assertEquals(1, trees.get(1).size(), "one tree per stage for two classes");
        Tree second = trees.get(1).get(0);
        // sklearn 1.2.1 estimators_[1, 0].tree_.value: [~0, -1.8187307530779822, 1.8187307530779817]
        double step = 1 + Math.exp(-0.2); // 1 / s(0.2)
        assertEquals(-step, second.value(1, 0), 1e-12);
        assertEquals(step, second.value(2, 0), 1e-12);
    }

    @Test
    void treesCannotBeChanged() {
        GradientBoostingClassifierModel model = twoStumps();
        assertThrows(UnsupportedOperationException.class, () -> model.trees().clear());
        assertThrows(UnsupportedOperationException.class, () -> model.trees().get(0).clear());
        List<List<Tree>> three = new GradientBoostingClassifier().nEstimators(2).fit(threeClasses(), "y").trees();
        assertEquals(List.of(3, 3), three.stream().map(List::size).toList(), "one tree per class and stage");
    }

    @Test
    void initialScoresAreThePriorLogOddsOfTheSecondClass() {
        // a b b b: the second class has share 3/4, log(3/4 / 1/4) = log 3 (sklearn 1.2.1: 1.0986122886681098)
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                StringColumn.create("y", "a", "b", "b", "b"));
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(1).fit(data, "y");
        assertArrayEquals(new double[] {Math.log(3)}, model.initialScores(), 1e-15);
    }

    @Test
    void initialScoresAreTheLogSharesOfThreeClassesAndACopy() {
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(1)
                .fit(threeClasses(), "y");
        double[] expected = {Math.log(1.0 / 6), Math.log(1.0 / 3), Math.log(0.5)};
        assertArrayEquals(expected, model.initialScores(), 1e-15);
        model.initialScores()[0] = 0;
        assertArrayEquals(expected, model.initialScores(), 1e-15);
    }

    @Test
    void withNoLearningRateEveryRowGetsTheClassShares() {
        // the softmax of the log shares is the shares (sklearn 1.2.1 learning_rate=0.0: [1/6, 1/3, 1/2] for any row)
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(3).learningRate(0)
                .fit(threeClasses(), "y");
        Table proba = model.predictProba(Table.create("q", DoubleColumn.create("x", new double[] {0, 3.5, 100})));
        assertEquals(List.of("a", "b", "c"), proba.columnNames());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new double[] {1.0 / 6, 1.0 / 3, 0.5}, new double[] {proba.doubleColumn("a").getDouble(i),
                proba.doubleColumn("b").getDouble(i), proba.doubleColumn("c").getDouble(i)}, 1e-15);
        }
        assertEquals(List.of("c", "c", "c"), model.predict(Table.create("q",
                DoubleColumn.create("x", new double[] {0, 3.5, 100}))).asList());
    }

    @Test
    void predictGivesTheTargetsTypeAndName() {
        Column<?> predicted = twoStumps().predict(farLeftAndRight());
        assertTrue(predicted instanceof IntColumn);
        assertEquals("y", predicted.name());
        assertEquals(List.of(0, 1), predicted.asList());
        assertEquals(List.of("0", "1"), twoStumps().classes());
    }

    @Test
    void featureImportancesGiveNothingToAConstantFeatureAndAreACopy() {
        Table data = binary().addColumns(DoubleColumn.create("c", new double[] {3, 3, 3, 3}));
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(3).fit(data, "y");
        assertEquals(List.of("x", "c"), model.featureNames());
        model.featureImportances()[0] = 0;
        assertArrayEquals(new double[] {1, 0}, model.featureImportances());
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        GradientBoostingClassifierModel model = twoStumps();
        String step = "GradientBoostingClassifierModel: ";
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("w", new double[] {1}))), step,
                "column 'x' is missing");
        assertRejected(() -> model.predictProba(binary()), step, "column 'y' was not seen at fit");
        assertRejected(() -> model.predict(Table.create("q", StringColumn.create("x", "1"))), step,
                "column 'x' was DOUBLE at fit, found STRING");
        assertRejected(() -> model.predictProba(Table.create("q", DoubleColumn.create("x", new double[] {Double.NaN}))),
                step, "feature column 'x' has 1 missing value(s)");
    }

    @Test
    void predictingLeavesTheTableAlone() {
        GradientBoostingClassifierModel model = twoStumps();
        assertInputUnchanged(Columns.without(binary(), "y"), model::predict, model::predictProba);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        for (String[] data : new String[][] {{"iris", "species"}, {"breast_cancer", "diagnosis"}}) {
            Table table = Datasets.load(data[0]);
            Table features = Columns.without(table, data[1]);
            GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(8).subsample(0.7)
                    .fit(table, data[1]);
            GradientBoostingClassifierModel rebuilt = GradientBoostingClassifierModel.of(model.estimator(),
                    model.schema(), model.targetClasses(), model.initialScores(), RebuiltTrees.stages(model.trees()));
            assertTableIdentical(model.predictProba(features), rebuilt.predictProba(features));
            assertEquals(model.predict(features).asList(), rebuilt.predict(features).asList());
            assertEquals(new GradientBoostingClassifier().nEstimators(8).subsample(0.7), rebuilt.estimator());
            assertArrayEquals(model.featureImportances(), rebuilt.featureImportances(), 0);
            assertEquals(model.toString(), rebuilt.toString());
        }
    }

    @Test
    void anIntegerTargetStillPredictsIntegersAfterARebuild() {
        GradientBoostingClassifierModel model = twoStumps();
        TargetClasses classes = model.targetClasses();
        GradientBoostingClassifierModel rebuilt = GradientBoostingClassifierModel.of(model.estimator(),
                Schema.of(model.schema().names(), model.schema().types()),
                TargetClasses.of(classes.target(), classes.type(), classes.values()), model.initialScores(),
                RebuiltTrees.stages(model.trees()));
        Column<?> predicted = rebuilt.predict(farLeftAndRight());
        assertTrue(predicted instanceof IntColumn, "the target's type");
        assertEquals(List.of(0, 1), predicted.asList());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(3).maxDepth(2)
                .fit(threeClasses(), "y");
        GradientBoostingClassifier estimator = model.estimator();
        Schema schema = model.schema();
        TargetClasses classes = model.targetClasses();
        double[] init = model.initialScores();
        List<List<Tree>> stages = model.trees();
        String step = "GradientBoostingClassifierModel: ";
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, new double[] {0}, stages),
                step + "initialScores must hold 3 values, found 1");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes,
                new double[] {0, Double.NaN, 0}, stages), step + "initialScores must be finite, found NaN at index 1");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, init, stages.subList(0, 2)),
                step + "expected 3 stages (the estimator's nEstimators), found 2");
        List<List<Tree>> short1 = new ArrayList<>(stages);
        short1.set(1, stages.get(1).subList(0, 2));
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, init, short1),
                step + "stage 1, expected 3 tree(s), found 2");
        List<List<Tree>> missing = new ArrayList<>(stages);
        missing.set(2, null);
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, init, missing),
                step + "stage 2, trees must not be null");
        Tree classification = new RandomForestClassifier().nEstimators(1).fit(threeClasses(), "y").trees().get(0);
        List<List<Tree>> mixed = new ArrayList<>(stages);
        mixed.set(0, List.of(stages.get(0).get(0), classification, stages.get(0).get(2)));
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, init, mixed),
                step + "stage 0, tree 1 must be grown on the 1 feature columns with 1 value(s) per node,"
                        + " found 1 features and width 3");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator.maxDepth(1), schema, classes, init, stages),
                step + "stage 0, tree ", "deeper than the estimator's maxDepth 1");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema,
                TargetClasses.of("y", ColumnType.STRING, List.of("a", "b")), init, stages),
                step + "initialScores must hold 1 values, found 3");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, Schema.of(List.of("x"),
                List.of(ColumnType.STRING)), classes, init, stages), step + "column 'x' must be numeric");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, null, stages),
                step + "initialScores");
        assertRejected(() -> GradientBoostingClassifierModel.of(estimator, schema, classes, init, null),
                step + "stages");
    }

    @Test
    void itPrintsItsTypeFeaturesStagesInitialScoresAndClasses() {
        assertEquals("GradientBoostingClassifierModel on [x]: 2 stages, 2 trees, 6 nodes, max depth 1, init [0],"
                + " classes [0, 1]", twoStumps().toString());
    }
}
