package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.RebuiltTrees;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class GradientBoostingRegressorModelTest {

    /**
     * y = 1 2 3 10 over x = 1..4, mean 4. Every stump splits at 3.5 (the outlier dominates the residuals), so with
     * learning rate 0.1 each stage closes a tenth of the gap to the leaf means 2 and 10: after m stages the left rows
     * get 2 + 2 * 0.9^m and the right row 10 - 6 * 0.9^m.
     */
    private static Table data() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                DoubleColumn.create("y", new double[] {1, 2, 3, 10}));
    }

    private static GradientBoostingRegressorModel stumps(int stages) {
        return new GradientBoostingRegressor().nEstimators(stages).maxDepth(1).fit(data(), "y");
    }

    private static Table farLeftAndRight() {
        return Table.create("q", DoubleColumn.create("x", new double[] {0, 100}));
    }

    @Test
    void eachStageClosesATenthOfTheGap() {
        // sklearn 1.2.1 GradientBoostingRegressor(n_estimators=m, max_depth=1).predict([[0], [100]]):
        // m = 2: [3.62, 5.14]; m = 3: [3.458, 5.626]
        GradientBoostingRegressorModel model = stumps(2);
        DoubleColumn two = model.predict(farLeftAndRight());
        assertEquals("y", two.name());
        assertArrayEquals(new double[] {2 + 2 * 0.81, 10 - 6 * 0.81}, two.asDoubleArray(), 1e-12);
        assertArrayEquals(two.asDoubleArray(), model.predict(farLeftAndRight()).asDoubleArray(), 0, "a second call");
        assertArrayEquals(new double[] {2 + 2 * 0.729, 10 - 6 * 0.729}, stumps(3).predict(farLeftAndRight())
                .asDoubleArray(), 1e-12);
    }

    @Test
    void initialPredictionIsTheTrainingMean() {
        assertEquals(4, stumps(2).initialPrediction(), 1e-15);
    }

    @Test
    void withNoLearningRateEveryRowGetsTheMean() {
        // sklearn 1.2.1 learning_rate=0.0: [4, 4]
        GradientBoostingRegressorModel model = new GradientBoostingRegressor().nEstimators(3).learningRate(0)
                .fit(data(), "y");
        assertArrayEquals(new double[] {4, 4}, model.predict(farLeftAndRight()).asDoubleArray(), 1e-15);
    }

    @Test
    void treesHoldTheMeanResidualsBeforeTheLearningRate() {
        // stage 2 residuals -2.8 -1.8 -0.8 5.4: leaves -1.8 and 5.4 (sklearn 1.2.1 estimators_[1, 0].tree_.value)
        List<List<Tree>> trees = stumps(2).trees();
        assertEquals(2, trees.size());
        assertEquals(1, trees.get(1).size(), "one tree per stage");
        Tree second = trees.get(1).get(0);
        assertEquals(3.5, second.threshold(0));
        assertEquals(-1.8, second.value(1, 0), 1e-12);
        assertEquals(5.4, second.value(2, 0), 1e-12);
        assertThrows(UnsupportedOperationException.class, () -> trees.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> trees.get(0).set(0, second));
    }

    @Test
    void featureImportancesAreTheSquaredErrorDecreasesShares() {
        // (x, z, y) = (1, 0, 0), (2, 0, 2), (3, 1, 8), (4, 0, 4); one stage of depth 2 on the residuals y - 3.5:
        // z at the root takes 4 * 8.75 - 3 * 8/3 = 27, x below it 3 * 8/3 - 2 * 1 = 6
        // (sklearn 1.2.1 GradientBoostingRegressor(n_estimators=1, max_depth=2).feature_importances_: [2/11, 9/11])
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                DoubleColumn.create("z", new double[] {0, 0, 1, 0}),
                DoubleColumn.create("y", new double[] {0, 2, 8, 4}));
        GradientBoostingRegressorModel model = new GradientBoostingRegressor().nEstimators(1).maxDepth(2)
                .fit(data, "y");
        assertEquals(List.of("x", "z"), model.featureNames());
        assertArrayEquals(new double[] {6.0 / 33, 27.0 / 33}, model.featureImportances(), 1e-15);
        model.featureImportances()[0] = 1;
        assertArrayEquals(new double[] {6.0 / 33, 27.0 / 33}, model.featureImportances(), 1e-15);
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        GradientBoostingRegressorModel model = stumps(1);
        String step = "GradientBoostingRegressorModel: ";
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("w", new double[] {1}))), step,
                "column 'x' is missing");
        assertRejected(() -> model.predict(data()), step, "column 'y' was not seen at fit");
        assertRejected(() -> model.predict(Table.create("q", StringColumn.create("x", "1"))), step,
                "column 'x' was DOUBLE at fit, found STRING");
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("x",
                new double[] {Double.POSITIVE_INFINITY}))), step, "feature column 'x' has an infinite value in row 0");
    }

    @Test
    void predictingLeavesTheTableAlone() {
        assertInputUnchanged(Columns.without(data(), "y"), stumps(2)::predict);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        GradientBoostingRegressorModel model = new GradientBoostingRegressor().nEstimators(20).subsample(0.8)
                .fit(diabetes, "progression");
        GradientBoostingRegressorModel rebuilt = GradientBoostingRegressorModel.of(model.estimator(), model.schema(),
                model.target(), model.initialPrediction(), RebuiltTrees.stages(model.trees()));
        assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
        assertEquals("progression", rebuilt.predict(features).name());
        assertEquals(new GradientBoostingRegressor().nEstimators(20).subsample(0.8), rebuilt.estimator());
        assertArrayEquals(model.featureImportances(), rebuilt.featureImportances(), 0);
        assertEquals(model.toString(), rebuilt.toString());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        GradientBoostingRegressorModel model = stumps(3);
        GradientBoostingRegressor estimator = model.estimator();
        Schema schema = model.schema();
        List<List<Tree>> stages = model.trees();
        String step = "GradientBoostingRegressorModel: ";
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, schema, "y", Double.NaN, stages),
                step + "initialPrediction must be finite, found NaN");
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, schema, "y", Double.NEGATIVE_INFINITY,
                stages), step + "initialPrediction must be finite, found -Infinity");
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator.nEstimators(4), schema, "y", 4, stages),
                step + "expected 4 stages (the estimator's nEstimators), found 3");
        List<List<Tree>> doubled = new ArrayList<>(stages);
        doubled.set(1, List.of(stages.get(1).get(0), stages.get(1).get(0)));
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, schema, "y", 4, doubled),
                step + "stage 1, expected 1 tree(s), found 2");
        Tree classification = new DecisionTreeClassifier().maxDepth(1).fit(Table.create("t",
                DoubleColumn.create("x", new double[] {1, 2}), StringColumn.create("y", "a", "b")), "y").tree();
        List<List<Tree>> mixed = new ArrayList<>(stages);
        mixed.set(2, List.of(classification));
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, schema, "y", 4, mixed),
                step + "stage 2, tree 0 must be grown on the 1 feature columns with 1 value(s) per node,"
                        + " found 1 features and width 2");
        Tree deep = new GradientBoostingRegressor().nEstimators(1).fit(data(), "y").trees().get(0).get(0);
        List<List<Tree>> deeper = new ArrayList<>(stages);
        deeper.set(0, List.of(deep));
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, schema, "y", 4, deeper),
                step + "stage 0, tree 0 has depth 3, deeper than the estimator's maxDepth 1");
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, Schema.of(List.of("x"),
                List.of(ColumnType.STRING)), "y", 4, stages), step + "column 'x' must be numeric");
        assertRejected(() -> GradientBoostingRegressorModel.of(estimator, schema, null, 4, stages), step + "target");
        assertRejected(() -> GradientBoostingRegressorModel.of(null, schema, "y", 4, stages), step + "estimator");
    }

    @Test
    void itPrintsItsTypeFeaturesStagesAndInitialPrediction() {
        assertEquals("GradientBoostingRegressorModel on [x]: 2 stages, 2 trees, 6 nodes, max depth 1, init 4",
                stumps(2).toString());
    }
}
