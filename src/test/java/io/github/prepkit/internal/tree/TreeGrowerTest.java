package io.github.prepkit.internal.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class TreeGrowerTest {

    private static final TreeGrowth FULL = new TreeGrowth(OptionalInt.empty(), 2, 1, MaxFeatures.ALL);

    @Test
    void aCountOfTwoWeighsLikeADuplicatedRow() {
        Table iris = Datasets.load("iris");
        int[] counts = new int[150];
        Arrays.fill(counts, 1);
        counts[70] = 2;
        counts[3] = 0;
        Tree weighted = grow(iris, new TreeGrowth(OptionalInt.of(3), 2, 1, MaxFeatures.ALL), counts);
        Table copied = iris.rows(IntStream.range(0, 150).filter(i -> i != 3).toArray()).append(iris.rows(70));
        Tree duplicated = grow(copied, new TreeGrowth(OptionalInt.of(3), 2, 1, MaxFeatures.ALL), null);
        assertEquals(duplicated.nodeCount(), weighted.nodeCount());
        for (int node = 0; node < weighted.nodeCount(); node++) {
            assertEquals(duplicated.threshold(node), weighted.threshold(node));
            assertArrayEquals(duplicated.value(node), weighted.value(node), 1e-12);
            assertEquals(duplicated.weightedSamples(node), weighted.weightedSamples(node));
        }
        assertEquals(149, weighted.samples(0), "distinct rows in the sample");
        assertEquals(150, weighted.weightedSamples(0));
    }

    @Test
    void aReusedGrowerGrowsTheSameTreesAsFreshOnes() {
        Table cancer = Datasets.load("breast_cancer");
        FeatureMatrix matrix = FeatureMatrix.of(Columns.without(cancer, "diagnosis"), "test");
        ClassLabels labels = ClassLabels.of(cancer.column("diagnosis"), "test");
        SortedFeatures data = SortedFeatures.of(matrix);
        TreeGrowth growth = new TreeGrowth(OptionalInt.of(4), 2, 1, MaxFeatures.SQRT);
        TreeGrower reused = new TreeGrower(data, growth);
        for (int seed = 0; seed < 3; seed++) {
            Tree again = reused.classification(labels.codes(), 2, Criterion.GINI, null, new SplittableRandom(seed));
            Tree fresh = new TreeGrower(data, growth).classification(labels.codes(), 2, Criterion.GINI, null,
                    new SplittableRandom(seed));
            assertArrayEquals(fresh.featureIndices(), again.featureIndices());
            assertArrayEquals(fresh.thresholds(), again.thresholds());
            assertArrayEquals(fresh.leftChildren(), again.leftChildren());
            assertArrayEquals(fresh.values(), again.values());
        }
    }

    @Test
    void regressionTreesWeighRowsByTheirCounts() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3}));
        SortedFeatures sorted = SortedFeatures.of(FeatureMatrix.of(data, "test"));
        Tree tree = new TreeGrower(sorted, new TreeGrowth(OptionalInt.of(1), 2, 1, MaxFeatures.ALL))
                .regression(new double[] {0, 0, 9}, new int[] {1, 3, 2}, new SplittableRandom(0));
        assertEquals(18.0 / 6, tree.value(0, 0), 1e-12, "weighted mean");
        assertEquals(2.5, tree.threshold(0));
        assertEquals(4, tree.weightedSamples(1));
        // weighted variance: (4 * 9 + 2 * 36) / 6
        assertEquals(18, tree.impurity(0), 1e-12);
    }

    @Test
    void minSamplesLeafCountsDistinctRowsAsScikitLearn() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}));
        SortedFeatures sorted = SortedFeatures.of(FeatureMatrix.of(data, "test"));
        Tree tree = new TreeGrower(sorted, new TreeGrowth(OptionalInt.empty(), 2, 2, MaxFeatures.ALL))
                .classification(new int[] {0, 1, 1, 1}, 2, Criterion.GINI, new int[] {5, 1, 1, 1}, new SplittableRandom(0));
        assertEquals(2.5, tree.threshold(0), "x <= 1.5 would leave one distinct row on the left");
    }

    @Test
    void anUnlimitedTreeFitsDistinctRowsOfDiscreteFeaturesExactly() {
        // discrete features become constant in many nodes, where their lists are left unpartitioned
        SplittableRandom random = new SplittableRandom(11);
        java.util.Set<java.util.List<Integer>> seen = new java.util.HashSet<>();
        Table data = Table.create("t");
        double[][] columns = new double[6][300];
        int[] classes = new int[300];
        for (int i = 0; i < 300; i++) {
            java.util.List<Integer> row;
            do {
                row = IntStream.range(0, 6).map(j -> random.nextInt(3)).boxed().toList();
            } while (!seen.add(row));
            for (int j = 0; j < 6; j++) {
                columns[j][i] = row.get(j);
            }
            classes[i] = random.nextInt(3);
        }
        for (int j = 0; j < 6; j++) {
            data.addColumns(DoubleColumn.create("f" + j, columns[j]));
        }
        FeatureMatrix matrix = FeatureMatrix.of(data, "test");
        for (MaxFeatures maxFeatures : new MaxFeatures[] {MaxFeatures.ALL, MaxFeatures.count(2)}) {
            Tree tree = new TreeGrower(SortedFeatures.of(matrix), new TreeGrowth(OptionalInt.empty(), 2, 1, maxFeatures))
                    .classification(classes, 3, Criterion.GINI, null, new SplittableRandom(0));
            int leafRows = 0;
            for (int i = 0; i < 300; i++) {
                double[] fractions = tree.value(tree.leaf(matrix.values(), i * 6));
                assertEquals(1.0, fractions[classes[i]], "row " + i + " with " + maxFeatures);
            }
            for (int node = 0; node < tree.nodeCount(); node++) {
                leafRows += tree.isLeaf(node) ? tree.samples(node) : 0;
            }
            assertEquals(300, leafRows);
        }
    }

    @Test
    void integerWeightsGrowTheTreeOfTheSameCounts() {
        Table cancer = Datasets.load("breast_cancer");
        FeatureMatrix matrix = FeatureMatrix.of(Columns.without(cancer, "diagnosis"), "test");
        ClassLabels labels = ClassLabels.of(cancer.column("diagnosis"), "test");
        SplittableRandom draws = new SplittableRandom(3);
        int[] counts = IntStream.range(0, matrix.rows()).map(i -> draws.nextInt(4)).toArray();
        double[] weights = IntStream.of(counts).asDoubleStream().toArray();
        for (Criterion criterion : Criterion.values()) {
            TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), new TreeGrowth(OptionalInt.of(6), 2, 3,
                    MaxFeatures.ALL));
            Tree counted = grower.classification(labels.codes(), 2, criterion, counts, new SplittableRandom(5));
            Tree weighted = grower.weightedClassification(labels.codes(), 2, criterion, weights,
                    new SplittableRandom(5));
            assertArrayEquals(counted.featureIndices(), weighted.featureIndices(), criterion.name());
            assertArrayEquals(counted.thresholds(), weighted.thresholds(), criterion.name());
            assertArrayEquals(counted.values(), weighted.values(), criterion.name());
            assertArrayEquals(counted.impurities(), weighted.impurities(), criterion.name());
            assertArrayEquals(counted.nodeSamples(), weighted.nodeSamples(), "rows of weight 0 are out, as count 0");
            assertArrayEquals(counted.weightedNodeSamples(), weighted.weightedNodeSamples(), criterion.name());
        }
    }

    @Test
    void halvingEveryWeightHalvesTheNodeWeightsAlone() {
        Table iris = Datasets.load("iris");
        FeatureMatrix matrix = FeatureMatrix.of(Columns.without(iris, "species"), "test");
        ClassLabels labels = ClassLabels.of(iris.column("species"), "test");
        double[] weights = new SplittableRandom(1).doubles(150, 0.5, 4).toArray();
        double[] halves = Arrays.stream(weights).map(w -> w / 2).toArray();
        TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), FULL);
        Tree whole = grower.weightedClassification(labels.codes(), 3, Criterion.GINI, weights, new SplittableRandom(2));
        Tree half = grower.weightedClassification(labels.codes(), 3, Criterion.GINI, halves, new SplittableRandom(2));
        assertArrayEquals(whole.thresholds(), half.thresholds());
        assertArrayEquals(whole.values(), half.values());
        assertArrayEquals(Arrays.stream(whole.weightedNodeSamples()).map(w -> w / 2).toArray(),
                half.weightedNodeSamples());
    }

    @Test
    void badWeightsFail() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}));
        TreeGrower grower = new TreeGrower(SortedFeatures.of(FeatureMatrix.of(data, "test")), FULL);
        int[] classes = {0, 1};
        assertMessage("sampleWeight must be finite and at least 0, found -1.0 at row 1", () -> grower
                .weightedClassification(classes, 2, Criterion.GINI, new double[] {1, -1}, new SplittableRandom(0)));
        assertMessage("sampleWeight must sum to a positive finite number", () -> grower
                .weightedClassification(classes, 2, Criterion.GINI, new double[] {0, 0}, new SplittableRandom(0)));
    }

    @Test
    void badSamplesFail() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}));
        TreeGrower grower = new TreeGrower(SortedFeatures.of(FeatureMatrix.of(data, "test")), FULL);
        assertMessage("a tree needs at least one row in its sample",
                () -> grower.regression(new double[] {1, 2}, new int[] {0, 0}, new SplittableRandom(0)));
        assertMessage("counts must not be negative",
                () -> grower.regression(new double[] {1, 2}, new int[] {1, -1}, new SplittableRandom(0)));
        assertMessage("counts must be in 0..", () -> grower.classification(new int[] {0, 1}, 2, Criterion.GINI,
                new int[] {1, -1}, new SplittableRandom(0)));
        assertMessage("maxFeatures 2 exceeds the 1 feature(s)", () -> new TreeGrower(
                SortedFeatures.of(FeatureMatrix.of(data, "test")),
                new TreeGrowth(OptionalInt.empty(), 2, 1, MaxFeatures.count(2))));
    }

    private static Tree grow(Table iris, TreeGrowth growth, int[] counts) {
        FeatureMatrix matrix = FeatureMatrix.of(Columns.without(iris, "species"), "test");
        ClassLabels labels = ClassLabels.of(iris.column("species"), "test");
        return new TreeGrower(SortedFeatures.of(matrix), growth).classification(labels.codes(), 3, Criterion.GINI,
                counts, new SplittableRandom(0));
    }

    /** Asserts that {@code call} fails with an IllegalArgumentException whose message contains {@code expected}. */
    static void assertMessage(String expected, Executable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
