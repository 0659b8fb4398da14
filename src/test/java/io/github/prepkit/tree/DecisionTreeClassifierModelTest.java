package io.github.prepkit.tree;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class DecisionTreeClassifierModelTest {

    /**
     * x = 1..6, z = 0 0 0 1 0 1, label 2 2 2 10 2 2. The root splits on z <= 0.5 (children weigh 0 + 2 * 1/2 = 1,
     * against 4/3 for x <= 3.5 and 1.5 for x <= 4.5); its right child {x = 4: 10, x = 6: 2} on x <= 5.
     * sklearn 1.2.1 DecisionTreeClassifier().fit gives this tree for random_state 0..19.
     */
    private static Table data() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                DoubleColumn.create("z", new double[] {0, 0, 0, 1, 0, 1}),
                IntColumn.create("label", new int[] {2, 2, 2, 10, 2, 2}));
    }

    private static DecisionTreeClassifierModel model() {
        return new DecisionTreeClassifier().fit(data(), "label");
    }

    /** Rows not seen at fit, the columns in another order than at fit. */
    private static Table unseen() {
        return Table.create("q", DoubleColumn.create("z", new double[] {3, 0.2, 1}),
                DoubleColumn.create("x", new double[] {4.5, 7, 100}));
    }

    @Test
    void treeHoldsTheSplitsOnTheFittedFeatureIndexes() {
        Tree tree = model().tree();
        assertEquals(5, tree.nodeCount());
        assertEquals(1, tree.feature(0), "z, the second fitted column");
        assertEquals(0.5, tree.threshold(0));
        assertEquals(0, tree.feature(2), "x");
        assertEquals(5, tree.threshold(2));
        // node values are class fractions in the order of classes(): 2 then 10; the root holds 5 of 6 rows of class 2
        assertArrayEquals(new double[] {5.0 / 6, 1.0 / 6}, tree.value(0), 1e-15);
        assertArrayEquals(new double[] {0, 1}, tree.value(3));
    }

    @Test
    void featureImportancesAreEachFeaturesShareOfTheImpurityDecrease() {
        // root: 6 * Gini(5/6, 1/6) - 2 * 1/2 = 5/3 - 1 = 2/3 for z; its right child: 2 * 1/2 = 1 for x; total 5/3
        // (sklearn 1.2.1 feature_importances_: [0.6, 0.4])
        assertArrayEquals(new double[] {0.6, 0.4}, model().featureImportances(), 1e-12);
    }

    @Test
    void featureImportancesAreACopy() {
        DecisionTreeClassifierModel model = model();
        model.featureImportances()[0] = 99;
        assertArrayEquals(new double[] {0.6, 0.4}, model.featureImportances(), 1e-12);
    }

    @Test
    void predictFollowsTheSplitsOnRowsNotSeenAtFit() {
        // (z 3, x 4.5): z > 0.5, x <= 5: 10; (z 0.2, x 7): z <= 0.5: 2; (z 1, x 100): x > 5: 2
        // (sklearn 1.2.1 predict: [10 2 2])
        Column<?> predicted = model().predict(unseen());
        assertTrue(predicted instanceof IntColumn, "the target's type");
        assertEquals("label", predicted.name());
        assertEquals(List.of(10, 2, 2), predicted.asList());
    }

    @Test
    void classesAreSortedNumericallySoATieGoesToTheSmallerNumber() {
        // at depth 1 the right leaf {10, 2} is a tie: numpy's argmax takes the first class, 2 (sklearn 1.2.1 predict:
        // [2 2], predict_proba [[1, 0], [0.5, 0.5]]); sorted as text, "10" would come first and win
        DecisionTreeClassifierModel stump = new DecisionTreeClassifier().maxDepth(1).fit(data(), "label");
        assertEquals(List.of("2", "10"), stump.classes());
        Table rows = Table.create("q", DoubleColumn.create("x", new double[] {0, 0}),
                DoubleColumn.create("z", new double[] {0, 1}));
        assertEquals(List.of(2, 2), stump.predict(rows).asList());
        Table proba = stump.predictProba(rows);
        assertEquals(List.of("2", "10"), proba.columnNames());
        assertArrayEquals(new double[] {1, 0.5}, proba.doubleColumn("2").asDoubleArray(), 1e-15);
        assertArrayEquals(new double[] {0, 0.5}, proba.doubleColumn("10").asDoubleArray(), 1e-15);
    }

    @Test
    void predictProbaGivesTheLeafFractionsAndTheSameOnASecondCall() {
        DecisionTreeClassifierModel model = model();
        Table first = model.predictProba(unseen());
        assertArrayEquals(new double[] {0, 1, 1}, first.doubleColumn("2").asDoubleArray());
        assertArrayEquals(new double[] {1, 0, 0}, first.doubleColumn("10").asDoubleArray());
        assertEquals(first.toString(), model.predictProba(unseen()).toString());
    }

    @Test
    void featureNamesAreTheFittedColumnsWithoutTheTarget() {
        assertEquals(List.of("x", "z"), model().featureNames());
        assertThrows(UnsupportedOperationException.class, () -> model().featureNames().set(0, "y"));
        assertThrows(UnsupportedOperationException.class, () -> model().classes().remove(0));
    }

    @Test
    void exportTextDefaultsToTwoDecimals() {
        assertEquals("""
                |--- z <= 0.50
                |   |--- class: 2
                |--- z >  0.50
                |   |--- x <= 5.00
                |   |   |--- class: 10
                |   |--- x >  5.00
                |   |   |--- class: 2
                """, model().exportText());
    }

    @Test
    void exportTextRoundsThresholdsHalfToEven() {
        // sklearn 1.2.1 export_text(tree, feature_names=['x', 'z'], decimals=0): 0.5 prints as 0, 5.0 as 5
        assertEquals("""
                |--- z <= 0
                |   |--- class: 2
                |--- z >  0
                |   |--- x <= 5
                |   |   |--- class: 10
                |   |--- x >  5
                |   |   |--- class: 2
                """, model().exportText(0));
        assertTrue(model().exportText(3).startsWith("|--- z <= 0.500\n"), "sklearn 1.2.1 decimals=3: z <= 0.500");
        assertEquals("decimals must be at least 0, found -1",
                assertThrows(IllegalArgumentException.class, () -> model().exportText(-1)).getMessage());
    }

    @Test
    void aTableUnlikeTheFittedOneFailsNamingTheColumn() {
        DecisionTreeClassifierModel model = model();
        String step = "DecisionTreeClassifierModel: ";
        assertRejected(() -> model.predictProba(unseen().removeColumns("z")), step, "column 'z' is missing");
        assertRejected(() -> model.predictProba(data()), step, "column 'label' was not seen at fit");
        assertRejected(() -> model.predict(Table.create("q", StringColumn.create("x", "1"),
                DoubleColumn.create("z", new double[] {0}))), step, "column 'x' was DOUBLE at fit, found STRING");
        assertRejected(() -> model.predict(Table.create("q", DoubleColumn.create("x", new double[] {1}),
                DoubleColumn.create("z", new double[] {Double.NaN}))), step,
                "feature column 'z' has 1 missing value(s)");
    }

    @Test
    void predictingLeavesTheTableAlone() {
        DecisionTreeClassifierModel model = model();
        assertInputUnchanged(unseen(), model::predict, model::predictProba);
    }

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table cancer = Datasets.load("breast_cancer");
        Table features = Columns.without(cancer, "diagnosis");
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(5).fit(cancer, "diagnosis");
        DecisionTreeClassifierModel rebuilt = DecisionTreeClassifierModel.of(model.estimator(), model.schema(),
                model.targetClasses(), RebuiltTrees.of(model.tree()));
        assertTableIdentical(model.predictProba(features), rebuilt.predictProba(features));
        assertEquals(model.predict(features).asList(), rebuilt.predict(features).asList());
        assertEquals(new DecisionTreeClassifier().maxDepth(5), rebuilt.estimator());
        assertArrayEquals(model.featureImportances(), rebuilt.featureImportances(), 0);
        assertEquals(model.toString(), rebuilt.toString());
    }

    @Test
    void anIntegerTargetStillPredictsIntegersAfterARebuild() {
        DecisionTreeClassifierModel model = model();
        TargetClasses classes = model.targetClasses();
        DecisionTreeClassifierModel rebuilt = DecisionTreeClassifierModel.of(model.estimator(),
                Schema.of(model.schema().names(), model.schema().types()),
                TargetClasses.of(classes.target(), classes.type(), classes.values()), RebuiltTrees.of(model.tree()));
        Column<?> predicted = rebuilt.predict(unseen());
        assertTrue(predicted instanceof IntColumn, "the target's type");
        assertEquals("label", predicted.name());
        assertEquals(List.of(10, 2, 2), predicted.asList());
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        DecisionTreeClassifierModel model = model();
        DecisionTreeClassifier estimator = model.estimator();
        Schema schema = model.schema();
        TargetClasses classes = model.targetClasses();
        Tree tree = model.tree();
        String step = "DecisionTreeClassifierModel: ";
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator.maxDepth(1), schema, classes, tree), step,
                "tree 0 has depth 2, deeper than the estimator's maxDepth 1");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, Schema.of(List.of("x"),
                List.of(ColumnType.DOUBLE)), classes, tree), step,
                "tree 0 must be grown on the 1 feature columns with 2 value(s) per node, found 2 features and width 2");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, schema,
                TargetClasses.of("label", ColumnType.INTEGER, List.of(2, 10, 11)), tree), step,
                "with 3 value(s) per node, found 2 features and width 2");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, schema,
                TargetClasses.of("label", ColumnType.INTEGER, List.of(2)), tree), step,
                "a classifier needs at least 2 classes, found label (INTEGER): [2]");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, Schema.of(List.of("x", "z"),
                List.of(ColumnType.DOUBLE, ColumnType.STRING)), classes, tree), step,
                "column 'z' must be numeric, found STRING");
        double[] doubled = tree.values();
        double[] halved = tree.values();
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] *= 2;
            halved[i] /= 2;
        }
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, schema, classes,
                RebuiltTrees.withValues(tree, doubled)), step, "tree 0, node 0 must hold class fractions in [0, 1]");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, schema, classes,
                RebuiltTrees.withValues(tree, halved)), step,
                "tree 0, node 0 must hold class fractions summing to 1, found a sum of 0.5");
        assertRejected(() -> DecisionTreeClassifierModel.of(null, schema, classes, tree), step + "estimator");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, null, classes, tree), step + "schema");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, schema, null, tree), step + "classes");
        assertRejected(() -> DecisionTreeClassifierModel.of(estimator, schema, classes, null), step + "tree");
    }

    @Test
    void itPrintsItsTypeFeaturesTreeAndClasses() {
        assertEquals("DecisionTreeClassifierModel on [x, z]: 5 nodes, depth 2, classes [2, 10]", model().toString());
    }
}
