package io.github.prepkit.tree;

import static io.github.prepkit.tree.DecisionTreeClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TreeTest {

    /** x: 1..6 with labels a a a b b c; z noise. Root x <= 3.5 (pure a left), then x <= 5.5 (b | c). */
    private static Tree tree() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                DoubleColumn.create("z", new double[] {0, 0, 0, 0, 0, 0}),
                StringColumn.create("y", "a", "a", "a", "b", "b", "c"));
        return new DecisionTreeClassifier().fit(data, "y").tree();
    }

    @Test
    void holdsTheStructureDepthFirstLeftBeforeRight() {
        Tree tree = tree();
        assertEquals(5, tree.nodeCount());
        assertEquals(3, tree.leafCount());
        assertEquals(2, tree.depth());
        assertEquals(2, tree.features());
        assertEquals(3, tree.width());
        assertEquals(0, tree.feature(0));
        assertEquals(3.5, tree.threshold(0));
        assertEquals(1, tree.left(0));
        assertEquals(2, tree.right(0));
        assertTrue(tree.isLeaf(1));
        assertEquals(-1, tree.feature(1));
        assertEquals(-1, tree.left(1));
        assertTrue(Double.isNaN(tree.threshold(1)));
        assertEquals(5.5, tree.threshold(2));
        assertEquals(3, tree.samples(2));
        assertEquals(6, tree.weightedSamples(0));
        assertArrayEquals(new double[] {0, 2.0 / 3, 1.0 / 3}, tree.value(2), 1e-12);
        assertEquals(2.0 / 3, tree.value(2, 1), 1e-12);
        assertEquals(4, tree.leaf(new double[] {9, 9, 6, 0}, 2), "the row at offset 2 is (6, 0)");
        assertEquals(1, tree.leaf(new double[] {3.5, 100}, 0), "a value equal to the threshold goes left");
    }

    @Test
    void impurityDecreasesAreWeightedByTheRowsAtEachNode() {
        Tree tree = tree();
        // root Gini 1 - (1/4 + 1/9 + 1/36) = 11/18; right child 1 - (4/9 + 1/9) = 4/9; the leaves are pure
        double root = 11.0 / 18;
        double right = 4.0 / 9;
        assertEquals(root, tree.impurity(0), 1e-12);
        assertEquals(right, tree.impurity(2), 1e-12);
        double[] decreases = tree.impurityDecreases();
        assertEquals((6 * root - 3 * right + 3 * right) / 6, decreases[0], 1e-12);
        assertEquals(0, decreases[1]);
        assertArrayEquals(new double[] {1, 0}, tree.featureImportances(), 1e-12);
    }

    @Test
    void withValuesKeepsTheStructure() {
        Tree tree = tree();
        Tree valued = tree.withValues(new double[] {0, 1, 2, 3, 4});
        assertEquals(1, valued.width());
        assertEquals(4, valued.value(valued.leaf(new double[] {6, 0}, 0), 0));
        assertEquals(tree.threshold(2), valued.threshold(2));
        assertArrayEquals(tree.impurityDecreases(), valued.impurityDecreases());
        assertMessage("nodeValues must hold one value per node (5), found 2", () -> tree.withValues(new double[2]));
    }

    @Test
    void meanImportancesSkipSingleLeaves() {
        Tree split = tree();
        Tree leaf = new DecisionTreeClassifier().maxDepth(1).minSamplesSplit(10).fit(Table.create("t",
                DoubleColumn.create("x", new double[] {1, 2}), DoubleColumn.create("z", new double[] {0, 1}),
                StringColumn.create("y", "a", "b")), "y").tree();
        assertFalse(leaf.nodeCount() > 1);
        assertArrayEquals(new double[] {1, 0}, Tree.meanImportances(List.of(split, leaf), true, 2), 1e-12);
        assertArrayEquals(new double[] {1, 0}, Tree.meanImportances(List.of(split, leaf), false, 2), 1e-12);
        assertArrayEquals(new double[] {0, 0}, Tree.meanImportances(List.of(leaf), true, 2));
    }
}
