package io.github.prepkit.tree;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DecisionTreeRegressorModelTest {

    /**
     * (x, z, y) = (1, 0, 0), (2, 0, 2), (3, 1, 8), (4, 0, 4). The root splits on z <= 0.5 (y 0 2 4 | 8), the left
     * child on x <= 1.5 (0 | 2 4), then x <= 3 (2 | 4): four leaves of one target each. sklearn 1.2.1
     * DecisionTreeRegressor().fit gives this tree for random_state 0..19.
     */
    private static Table data() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                DoubleColumn.create("z", new double[] {0, 0, 1, 0}),
                DoubleColumn.create("y", new double[] {0, 2, 8, 4}));
    }

    private static DecisionTreeRegressorModel model() {
        return new DecisionTreeRegressor().fit(data(), "y");
    }

    /** Rows not seen at fit, z before x. */
    private static Table unseen() {
        return Table.create("q", DoubleColumn.create("z", new double[] {0, 0, 0.7, 0.3}),
                DoubleColumn.create("x", new double[] {2.5, 10, 0, 0}));
    }

    @Test
    void treeHoldsTheVarianceAndMeanOfEachNode() {
        Tree tree = model().tree();
        assertEquals(7, tree.nodeCount());
        assertEquals(1, tree.feature(0), "z");
        // root: mean 14/4 = 3.5, variance (0 + 4 + 64 + 16) / 4 - 3.5^2 = 8.75; left child: mean 2, variance 8/3
        // (sklearn 1.2.1 tree_.impurity[:2]: 8.75, 2.6666666666666665)
        assertEquals(3.5, tree.value(0, 0), 1e-15);
        assertEquals(8.75, tree.impurity(0), 1e-12);
        assertEquals(8.0 / 3, tree.impurity(1), 1e-12);
        // depth first, node 3 follows the root, its left child and that child's left leaf: it parts x = 2 from 4
        assertEquals(3.0, tree.threshold(3));
    }

    @Test
    void featureImportancesAreEachFeaturesShareOfTheVarianceDecrease() {
        // z at the root: 4 * 8.75 - 3 * 8/3 = 27; x: 3 * 8/3 - 2 * 1 = 6 at node 1, then 2 * 1 = 2; total 35
        // (sklearn 1.2.1 feature_importances_: [0.22857142857142856, 0.7714285714285715])
        assertArrayEquals(new double[] {8.0 / 35, 27.0 / 35}, model().featureImportances(), 1e-15);
    }

    @Test
    void featureImportancesAreACopy() {
        DecisionTreeRegressorModel model = model();
        model.featureImportances()[1] = 0;
        assertArrayEquals(new double[] {8.0 / 35, 27.0 / 35}, model.featureImportances(), 1e-15);
    }

    @Test
    void predictGivesTheLeafMeanOfRowsNotSeenAtFit() {
        // (z 0, x 2.5): 2; (z 0, x 10): 4; (z 0.7): 8; (z 0.3, x 0): 0 (sklearn 1.2.1 predict: [2, 4, 8, 0])
        DoubleColumn predicted = model().predict(unseen());
        assertEquals("y", predicted.name());
        assertArrayEquals(new double[] {2, 4, 8, 0}, predicted.asDoubleArray());
        assertArrayEquals(predicted.asDoubleArray(), model().predict(unseen()).asDoubleArray(), "a second call");
    }

    @Test
    void featureNamesAreTheFittedColumnsWithoutTheTarget() {
        DecisionTreeRegressorModel model = new DecisionTreeRegressor().fit(data().reorderColumns("z", "y", "x"), "y");
        assertEquals(List.of("z", "x"), model.featureNames());
        assertEquals(0, model.tree().feature(0), "z is now feature 0");
        assertArrayEquals(new double[] {27.0 / 35, 8.0 / 35}, model.featureImportances(), 1e-15);
    }

    @Test
    void exportTextShowsTheLeafMeansWithTheThresholdsDecimals() {
        // sklearn 1.2.1 export_text(tree, feature_names=['x', 'z'], decimals=1)
        assertEquals("""
                |--- z <= 0.5
                |   |--- x <= 1.5
                |   |   |--- value: [0.0]
                |   |--- x >  1.5
                |   |   |--- x <= 3.0
                |   |   |   |--- value: [2.0]
                |   |   |--- x >  3.0
                |   |   |   |--- value: [4.0]
                |--- z >  0.5
                |   |--- value: [8.0]
                """, model().exportText(1));
        // decimals=0 rounds half to even: 0.5 to 0 and 1.5 to 2
        assertTrue(model().exportText(0).startsWith("|--- z <= 0\n|   |--- x <= 2\n|   |   |--- value: [0]\n"),
                model().exportText(0));
        assertTrue(model().exportText().endsWith("|--- z >  0.50\n|   |--- value: [8.00]\n"), model().exportText());
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        DecisionTreeRegressorModel model = model();
        String step = "DecisionTreeRegressorModel: ";
        assertRejected(() -> model.predict(unseen().removeColumns("x")), step, "column 'x' is missing");
        assertRejected(() -> model.predict(data()), step, "column 'y' was not seen at fit");
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("x", new double[] {1}),
                StringColumn.create("z", "0"))), step, "column 'z' was DOUBLE at fit, found STRING");
        assertRejected(() -> model.predict(Table.create("q",
                DoubleColumn.create("x", new double[] {1, Double.NEGATIVE_INFINITY}),
                DoubleColumn.create("z", new double[] {0, 0}))), step,
                "feature column 'x' has an infinite value in row 1");
    }

    @Test
    void predictingLeavesTheTableAlone() {
        assertInputUnchanged(unseen(), model()::predict);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table diabetes = Datasets.load("diabetes");
        Table features = Columns.without(diabetes, "progression");
        DecisionTreeRegressorModel model = new DecisionTreeRegressor().minSamplesLeaf(5).fit(diabetes, "progression");
        DecisionTreeRegressorModel rebuilt = DecisionTreeRegressorModel.of(model.estimator(), model.schema(),
                model.target(), RebuiltTrees.of(model.tree()));
        assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
        assertEquals("progression", rebuilt.predict(features).name());
        assertEquals(new DecisionTreeRegressor().minSamplesLeaf(5), rebuilt.estimator());
        assertArrayEquals(model.featureImportances(), rebuilt.featureImportances(), 0);
        assertEquals(model.exportText(), rebuilt.exportText());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        DecisionTreeRegressorModel model = model();
        DecisionTreeRegressor estimator = model.estimator();
        Schema schema = model.schema();
        Tree tree = model.tree();
        String step = "DecisionTreeRegressorModel: ";
        assertRejected(() -> DecisionTreeRegressorModel.of(estimator.maxDepth(2), schema, "y", tree), step,
                "tree 0 has depth 3, deeper than the estimator's maxDepth 2");
        assertRejected(() -> DecisionTreeRegressorModel.of(estimator, Schema.of(List.of("x", "z", "w"),
                List.of(ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE)), "y", tree), step,
                "tree 0 must be grown on the 3 feature columns with 1 value(s) per node, found 2 features and width 1");
        Tree classification = new DecisionTreeClassifier().fit(data().replaceColumn("y",
                StringColumn.create("y", "a", "b", "a", "b")), "y").tree();
        assertRejected(() -> DecisionTreeRegressorModel.of(estimator, schema, "y", classification), step,
                "found 2 features and width 2");
        assertRejected(() -> DecisionTreeRegressorModel.of(estimator, Schema.of(List.of("x", "z"),
                List.of(ColumnType.LOCAL_DATE, ColumnType.DOUBLE)), "y", tree), step,
                "column 'x' must be numeric, found LOCAL_DATE");
        assertRejected(() -> DecisionTreeRegressorModel.of(estimator, schema, null, tree), step + "target");
        assertRejected(() -> DecisionTreeRegressorModel.of(estimator, schema, "y", null), step + "tree");
        assertRejected(() -> DecisionTreeRegressorModel.of(null, schema, "y", tree), step + "estimator");
    }

    @Test
    void itPrintsItsTypeFeaturesAndTree() {
        assertEquals("DecisionTreeRegressorModel on [x, z]: 7 nodes, depth 3", model().toString());
    }
}
