package io.github.prepkit.tree;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** What every tree-based model shares: the text of its trees and the checks its factory makes on them. */
class TreeModelTest {

    private static final Table IRIS = Datasets.load("iris");

    private static Tree tree(int depth) {
        return new DecisionTreeClassifier().maxDepth(OptionalInt.of(depth)).fit(IRIS, "species").tree();
    }

    private static Schema features() {
        return Schema.of(IRIS.copy().removeColumns("species"));
    }

    @Test
    void treesAreDescribedByCountNodesAndDepth() {
        Tree two = tree(2);
        Tree three = tree(3);
        assertEquals("1 trees, 5 nodes, max depth 2", TreeModel.describe(List.of(two)));
        assertEquals("2 trees, " + (5 + three.nodeCount()) + " nodes, max depth 3", TreeModel.describe(List.of(two, three)));
        assertEquals("2 stages, 2 trees, 10 nodes, max depth 2", TreeModel.describeStages(List.of(List.of(two), List.of(two))));
        assertEquals("5 nodes, depth 2", TreeModel.describe(two));
    }

    @Test
    void checkedTreesAcceptsTreesOfTheSchemaAndRefusesOthers() {
        Tree tree = tree(3);
        assertEquals(List.of(tree), TreeModel.checkedTrees(List.of(tree), 1, features(), 3, OptionalInt.empty(), "M: "));
        assertRejected(() -> TreeModel.checkedTrees(List.of(tree), 2, features(), 3, OptionalInt.empty(), "M: "),
                "M: expected 2 tree(s), found 1");
        assertRejected(() -> TreeModel.checkedTrees(List.of(tree), 1, features(), 1, OptionalInt.empty(), "M: "),
                "M: tree 0 must be grown on the 4 feature columns with 1 value(s) per node, found 4 features and width 3");
        assertRejected(() -> TreeModel.checkedTrees(List.of(tree), 1, Schema.of(IRIS), 3, OptionalInt.empty(), "M: "),
                "found 4 features");
        assertRejected(() -> TreeModel.checkedTrees(List.of(tree), 1, features(), 3, OptionalInt.of(2), "M: "),
                "M: tree 0 has depth 3, deeper than the estimator's maxDepth 2");
        assertThrows(UnsupportedOperationException.class,
                () -> TreeModel.checkedTrees(List.of(tree), 1, features(), 3, OptionalInt.empty(), "M: ").clear());
    }

    @Test
    void checkedStagesWantsTheSameNumberOfTreesInEveryStage() {
        Tree regression = new DecisionTreeRegressor().maxDepth(OptionalInt.of(2)).fit(Datasets.load("diabetes"), "progression").tree();
        Schema diabetes = Schema.of(Datasets.load("diabetes").removeColumns("progression"));
        assertEquals(2, TreeModel.checkedStages(List.of(List.of(regression), List.of(regression)), 2, 1, diabetes,
                OptionalInt.empty(), "M").size());
        assertRejected(() -> TreeModel.checkedStages(List.of(List.of(regression)), 2, 1, diabetes, OptionalInt.empty(), "M"),
                "M: expected 2 stages (the estimator's nEstimators), found 1");
        assertRejected(() -> TreeModel.checkedStages(List.of(List.of(regression, regression)), 1, 1, diabetes,
                OptionalInt.empty(), "M"), "M: stage 0, expected 1 tree(s), found 2");
    }
}
