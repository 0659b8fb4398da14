package io.github.prepkit.tree;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.tree.DecisionTreeClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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
    void testedFeaturesAreTheBitsOfTheFeaturesOnTheWayToTheLeaf() {
        Tree tree = tree(); // x <= 3.5 at the root, then x <= 5.5 on the right: z is never tested
        assertEquals(1L, tree.testedFeatures(new double[] {2, 7}, 0), "left leaf: the root tests x");
        assertEquals(1L, tree.testedFeatures(new double[] {9, 9, 6, 0}, 2), "right: x twice");
        Table iris = Datasets.load("iris");
        Tree deep = new DecisionTreeClassifier().fit(iris, "species").tree();
        double[] rows = Columns.rowMajor(Columns.without(iris, "species"),
                List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"), "Test");
        for (int i = 0; i < 150; i++) {
            long tested = deep.testedFeatures(rows, i * 4);
            int leaf = deep.leaf(rows, i * 4);
            double[] moved = Arrays.copyOfRange(rows, i * 4, i * 4 + 4);
            for (int f = 0; f < 4; f++) {
                if ((tested & 1L << f) == 0) {
                    moved[f] = 1e9 * (f % 2 == 0 ? 1 : -1); // an untested feature cannot move the row
                }
            }
            assertEquals(leaf, deep.leaf(moved, 0), "row " + i);
        }
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

    @Test
    void ofRebuildsAFittedTreeThatFindsTheSameLeaves() {
        Table iris = Datasets.load("iris");
        Tree tree = new DecisionTreeClassifier().fit(iris, "species").tree();
        Tree rebuilt = RebuiltTrees.of(tree);
        double[] rows = Columns.rowMajor(Columns.without(iris, "species"),
                List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"), "Test");
        for (int i = 0; i < 150; i++) {
            int leaf = tree.leaf(rows, i * 4);
            assertEquals(leaf, rebuilt.leaf(rows, i * 4), "row " + i);
            assertArrayEquals(tree.value(leaf), rebuilt.value(leaf), 0);
        }
        assertArrayEquals(tree.impurityDecreases(), rebuilt.impurityDecreases(), 0);
        assertEquals(tree.toString(), rebuilt.toString());
    }

    @Test
    void theWholeArraysAreCopies() {
        Tree tree = tree();
        tree.featureIndices()[0] = 1;
        tree.thresholds()[0] = 0;
        tree.leftChildren()[0] = -1;
        tree.rightChildren()[0] = -1;
        tree.impurities()[0] = 9;
        tree.nodeSamples()[0] = 9;
        tree.weightedNodeSamples()[0] = 9;
        tree.values()[0] = 9;
        assertArrayEquals(new int[] {0, -1, 0, -1, -1}, tree.featureIndices());
        assertArrayEquals(new double[] {3.5, Double.NaN, 5.5, Double.NaN, Double.NaN}, tree.thresholds());
        assertArrayEquals(new int[] {1, -1, 3, -1, -1}, tree.leftChildren());
        assertArrayEquals(new int[] {2, -1, 4, -1, -1}, tree.rightChildren());
        assertEquals(11.0 / 18, tree.impurities()[0], 1e-12);
        assertArrayEquals(new int[] {6, 3, 3, 2, 1}, tree.nodeSamples());
        assertArrayEquals(new double[] {6, 3, 3, 2, 1}, tree.weightedNodeSamples());
        assertEquals(0.5, tree.values()[0], 1e-12);
        assertEquals(15, tree.values().length);
    }

    @Test
    void ofCopiesTheArraysItIsGiven() {
        int[] feature = {0, -1, -1};
        double[] values = {1, 2, 3};
        Tree tree = Tree.of(feature, new double[] {0.5, Double.NaN, Double.NaN}, new int[] {1, -1, -1},
                new int[] {2, -1, -1}, new double[3], new int[] {2, 1, 1}, new double[] {2, 1, 1}, values, 1, 1);
        feature[0] = 5;
        values[1] = 7;
        assertEquals(0, tree.feature(0));
        assertEquals(2, tree.value(1, 0));
    }

    @Test
    void ofRejectsArraysThatAreNotATree() {
        assertRejected(() -> edited(a -> a.left()[2] = 5), "Tree: node 2 has leftChildren 5;",
                "children must be nodes after it, in (2, 5)");
        assertRejected(() -> edited(a -> a.right()[2] = 0), "Tree: node 2 has rightChildren 0");
        assertRejected(() -> edited(a -> a.left()[2] = 2), "Tree: node 2 has leftChildren 2");
        assertRejected(() -> edited(a -> a.right()[0] = 3), "Tree: node 3 has two parents, nodes 0 and 2");
        assertRejected(() -> edited(a -> a.right()[2] = -1), "Tree: node 2 has rightChildren -1");
        assertRejected(() -> edited(a -> a.left()[0] = -1), "Tree: node 0 has leftChildren -1");
        assertRejected(() -> edited(a -> a.feature()[2] = 2), "Tree: node 2 tests featureIndices 2, outside [0, 2)");
        assertRejected(() -> edited(a -> a.feature()[0] = -1), "Tree: node 0 tests featureIndices -1");
        assertRejected(() -> edited(a -> a.feature()[1] = 0), "Tree: node 1 is a leaf",
                "featureIndices must be -1 and its thresholds NaN, found 0 and NaN");
        assertRejected(() -> edited(a -> a.threshold()[2] = Double.POSITIVE_INFINITY),
                "Tree: node 2 tests thresholds Infinity; a split's threshold must be finite");
        assertRejected(() -> edited(a -> a.threshold()[0] = Double.NaN), "Tree: node 0 tests thresholds NaN");
        assertRejected(() -> edited(a -> a.threshold()[3] = 1), "Tree: node 3 is a leaf");
    }

    @Test
    void ofRejectsANodeNoParentReaches() {
        // node 0 becomes a leaf, so nodes 1 to 4 hang from nothing
        Tree tree = tree();
        int[] none = {-1, -1, 3, -1, -1};
        int[] feature = {-1, -1, 0, -1, -1};
        double[] threshold = {Double.NaN, Double.NaN, 5.5, Double.NaN, Double.NaN};
        assertRejected(() -> Tree.of(feature, threshold, none, new int[] {-1, -1, 4, -1, -1}, tree.impurities(),
                tree.nodeSamples(), tree.weightedNodeSamples(), tree.values(), 3, 2), "Tree: node 1 has no parent");
    }

    @Test
    void ofRejectsArraysOfTheWrongLengthOrNumbers() {
        Tree tree = tree();
        int[] f = tree.featureIndices();
        double[] t = tree.thresholds();
        int[] l = tree.leftChildren();
        int[] r = tree.rightChildren();
        double[] i = tree.impurities();
        int[] s = tree.nodeSamples();
        double[] w = tree.weightedNodeSamples();
        double[] v = tree.values();
        assertRejected(() -> Tree.of(f, new double[4], l, r, i, s, w, v, 3, 2),
                "Tree: thresholds must hold 5 values, found 4");
        assertRejected(() -> Tree.of(f, t, l, new int[6], i, s, w, v, 3, 2),
                "Tree: rightChildren must hold 5 values, found 6");
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, new double[14], 3, 2),
                "Tree: values must hold width 3 times 5 nodes, found 14");
        // 5 * 858993460 overflows an int to 4: the product must not wrap around
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, new double[4], 858993460, 2),
                "Tree: values must hold width 858993460 times 5 nodes, found 4");
        double[] nan = v.clone();
        nan[7] = Double.NaN;
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, nan, 3, 2),
                "Tree: values must be finite, found NaN at index 7");
        double[] infinite = v.clone();
        infinite[0] = Double.NEGATIVE_INFINITY;
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, infinite, 3, 2),
                "Tree: values must be finite, found -Infinity at index 0");
        assertRejected(() -> Tree.of(f, t, l, r, new double[] {0, 0, Double.NaN, 0, 0}, s, w, v, 3, 2),
                "Tree: impurities must be finite, found NaN at index 2");
        assertRejected(() -> Tree.of(f, t, l, r, i, new int[] {6, 3, 3, 0, 1}, w, v, 3, 2),
                "Tree: node 3 must have at least 1 sample and a positive weighted count, found nodeSamples 0");
        assertRejected(() -> Tree.of(f, t, l, r, i, s, new double[] {0, 3, 3, 2, 1}, v, 3, 2),
                "Tree: node 0 must have at least 1 sample", "weightedNodeSamples 0.0");
        assertRejected(() -> Tree.of(f, t, l, r, i, s, new double[] {6, 3, 3, 2, Double.POSITIVE_INFINITY}, v, 3, 2),
                "Tree: weightedNodeSamples must be finite, found Infinity at index 4");
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, new double[0], 0, 2),
                "Tree: needs at least 1 node, a width of at least 1 and at least 1 feature, found 5 nodes, width 0");
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, v, 3, 0), "found 5 nodes, width 3 and 0 features");
        assertRejected(() -> Tree.of(new int[0], new double[0], new int[0], new int[0], new double[0], new int[0],
                new double[0], new double[0], 1, 1), "found 0 nodes");
        assertRejected(() -> Tree.of(null, t, l, r, i, s, w, v, 3, 2), "Tree: featureIndices must not be null");
        assertRejected(() -> Tree.of(f, t, l, r, i, s, w, null, 3, 2), "Tree: values must not be null");
    }

    @Test
    void itPrintsItsSize() {
        assertEquals("Tree of 5 nodes, depth 2, on 2 features, 3 values per node", tree().toString());
        assertEquals("Tree of 5 nodes, depth 2, on 2 features, 1 value per node",
                tree().withValues(new double[5]).toString());
    }

    /** The structure arrays of {@link #tree()}, for a test to break before {@link #edited} rebuilds it. */
    private record Structure(int[] feature, double[] threshold, int[] left, int[] right) {
    }

    /** {@link #tree()} rebuilt by {@link Tree#of} after {@code edit} changed its structure. */
    private static Tree edited(Consumer<Structure> edit) {
        Tree tree = tree();
        Structure arrays = new Structure(tree.featureIndices(), tree.thresholds(), tree.leftChildren(),
                tree.rightChildren());
        edit.accept(arrays);
        return Tree.of(arrays.feature(), arrays.threshold(), arrays.left(), arrays.right(), tree.impurities(),
                tree.nodeSamples(), tree.weightedNodeSamples(), tree.values(), tree.width(), tree.features());
    }
}
