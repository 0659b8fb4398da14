package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.HeldOut;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class RandomForestClassifierTest {

    /**
     * Accuracy on the quarter held out by {@link HeldOut} (seed 42), default parameters, against scikit-learn
     * 1.2.1's RandomForestClassifier(oob_score=True) on the same rows: random_state 0, then the range over
     * random_state 0..9, for the test accuracy and the out-of-bag score. Ours must fall in scikit-learn's ranges
     * widened by one test row (out-of-bag: by 0.01).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "iris, species, 0.9474, 0.9474, 0.9737, 0.9464, 0.9375, 0.9464",
        "wine, cultivar, 1.0000, 1.0000, 1.0000, 0.9699, 0.9624, 0.9774",
        "breast_cancer, diagnosis, 0.9720, 0.9580, 0.9720, 0.9624, 0.9554, 0.9648"})
    void accuracyIsScikitLearns(String dataset, String target, double sklearn, double low, double high,
            double sklearnOob, double oobLow, double oobHigh) {
        HeldOut split = HeldOut.split(Datasets.load(dataset), 42);
        RandomForestClassifierModel model = new RandomForestClassifier().oobScore(true).fit(split.train(), target);
        split.assertAccuracyIn(model, target, low, high);
        double oob = model.oobScore().orElseThrow();
        assertTrue(oob >= oobLow - 0.01 && oob <= oobHigh + 0.01,
                dataset + ": out-of-bag ours " + oob + ", scikit-learn " + sklearnOob);
    }

    @Test
    void theSameForestOnAnyNumberOfThreads() {
        Table cancer = Datasets.load("breast_cancer");
        RandomForestClassifier forest = new RandomForestClassifier().nEstimators(12).maxDepth(6).seed(3);
        List<Tree> one = forest.nJobs(1).fit(cancer, "diagnosis").trees();
        assertSameTrees(one, forest.nJobs(2).fit(cancer, "diagnosis").trees());
        assertSameTrees(one, forest.nJobs(5).fit(cancer, "diagnosis").trees());
        assertSameTrees(one, forest.nJobs(-1).fit(cancer, "diagnosis").trees());
    }

    @Test
    void theSeedDecidesTheForest() {
        Table iris = Datasets.load("iris");
        RandomForestClassifier forest = new RandomForestClassifier().nEstimators(5);
        assertSameTrees(forest.seed(1).fit(iris, "species").trees(), forest.seed(1).fit(iris, "species").trees());
        Table features = Columns.without(iris, "species");
        assertNotEquals(forest.seed(1).fit(iris, "species").predictProba(features).doubleColumn("versicolor").asList(),
                forest.seed(2).fit(iris, "species").predictProba(features).doubleColumn("versicolor").asList());
    }

    @Test
    void probabilitiesAreTheTreesAverage() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(7).fit(wine, "cultivar");
        Table proba = model.predictProba(features);
        assertEquals(List.of("class_0", "class_1", "class_2"), proba.columnNames());
        double[] x = features.row(10).columnNames().stream().mapToDouble(name -> features.numberColumn(name).getDouble(10))
                .toArray();
        for (int k = 0; k < 3; k++) {
            double mean = 0;
            for (Tree tree : model.trees()) {
                mean += tree.value(tree.leaf(x, 0), k) / 7;
            }
            assertEquals(mean, proba.doubleColumn(k).getDouble(10), 1e-12);
        }
        for (int i = 0; i < proba.rowCount(); i++) {
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                sum += proba.doubleColumn(k).getDouble(i);
            }
            assertEquals(1, sum, 1e-12);
        }
        assertEquals("cultivar", model.predict(features).name());
    }

    @Test
    void withoutBootstrapAndRandomFeaturesEveryTreeIsTheSingleTree() {
        // wine at depth 2 has no exact ties (scikit-learn draws the same tree for random_state 0..19)
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        RandomForestClassifierModel forest = new RandomForestClassifier().nEstimators(4).maxDepth(2).bootstrap(false)
                .maxFeatures(MaxFeatures.ALL).fit(wine, "cultivar");
        Table single = new DecisionTreeClassifier().maxDepth(2).fit(wine, "cultivar").predictProba(features);
        TableAssertions.assertTableClose(single, forest.predictProba(features), 1e-12);
        assertArrayEquals(new DecisionTreeClassifier().maxDepth(2).fit(wine, "cultivar").featureImportances(),
                forest.featureImportances(), 1e-12);
        assertFalse(forest.oobScore().isPresent());
    }

    @Test
    void featureImportancesAreTheTreesMean() {
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(6).fit(Datasets.load("iris"),
                "species");
        double[] mean = new double[4];
        for (Tree tree : model.trees()) {
            double[] importances = tree.featureImportances();
            for (int j = 0; j < 4; j++) {
                mean[j] += importances[j] / 6;
            }
        }
        assertArrayEquals(mean, model.featureImportances(), 1e-12);
        assertEquals(List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"),
                model.featureNames());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        RandomForestClassifier defaults = new RandomForestClassifier();
        assertEquals(new RandomForestClassifier(100, Criterion.GINI, OptionalInt.empty(), 2, 1, MaxFeatures.SQRT, true,
                false, -1, 0, ClassWeight.NONE), defaults);
        assertEquals(new RandomForestClassifier(10, Criterion.ENTROPY, OptionalInt.of(4), 3, 2, MaxFeatures.count(2),
                        false, false, 2, 9, ClassWeight.BALANCED_SUBSAMPLE),
                defaults.nEstimators(10).criterion(Criterion.ENTROPY).maxDepth(4).minSamplesSplit(3).minSamplesLeaf(2)
                        .maxFeatures(2).bootstrap(false).nJobs(2).seed(9).classWeight(ClassWeight.BALANCED_SUBSAMPLE));
        assertEquals(MaxFeatures.fraction(0.5), defaults.maxFeatures(0.5).maxFeatures());
        assertEquals(OptionalInt.empty(), defaults.maxDepth(3).maxDepth(OptionalInt.empty()).maxDepth());
        assertTrue(defaults.oobScore(true).oobScore());
    }

    @Test
    void inputIsNotModified() {
        Table iris = Datasets.load("iris");
        new RandomForestClassifier().nEstimators(3).fit(iris, "species").predict(Columns.without(iris, "species"));
        TableAssertions.assertTableClose(Datasets.load("iris"), iris, 0);
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertMessage("RandomForestClassifier: nEstimators must be at least 1, found 0",
                () -> new RandomForestClassifier().nEstimators(0));
        assertMessage("RandomForestClassifier: nJobs must be a positive number of threads or -1",
                () -> new RandomForestClassifier().nJobs(0));
        assertMessage("RandomForestClassifier: oobScore needs bootstrap samples",
                () -> new RandomForestClassifier().oobScore(true).bootstrap(false));
        assertMessage("RandomForestClassifier: minSamplesLeaf must be at least 1",
                () -> new RandomForestClassifier().minSamplesLeaf(0));
        assertMessage("RandomForestClassifier: criterion", () -> new RandomForestClassifier().criterion(null));
        assertMessage("maxFeatures 5 exceeds the 4 feature(s)",
                () -> new RandomForestClassifier().maxFeatures(5).fit(Datasets.load("iris"), "species"));
    }

    @Test
    void badInputFailsNamingTheColumn() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3}),
                StringColumn.create("y", "a", "a", "a"));
        assertMessage("target column 'y' needs at least 2 classes", () -> new RandomForestClassifier().fit(data, "y"));
        Table gap = Table.create("t", DoubleColumn.create("x", new double[] {1, Double.NaN, 3}),
                StringColumn.create("y", "a", "b", "a"));
        assertMessage("feature column 'x' has 1 missing value", () -> new RandomForestClassifier().fit(gap, "y"));
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(2).fit(Datasets.load("iris"),
                "species");
        assertMessage("column 'petal_width_cm' is missing",
                () -> model.predictProba(Columns.without(Columns.without(Datasets.load("iris"), "species"),
                        "petal_width_cm")));
    }

    /** Fails unless both lists hold trees with the same structure and values, in the same order. */
    static void assertSameTrees(List<Tree> expected, List<Tree> actual) {
        assertEquals(expected.size(), actual.size());
        for (int t = 0; t < expected.size(); t++) {
            Tree a = expected.get(t);
            Tree b = actual.get(t);
            assertEquals(a.nodeCount(), b.nodeCount(), "tree " + t);
            for (int node = 0; node < a.nodeCount(); node++) {
                assertEquals(a.feature(node), b.feature(node), "tree " + t + " node " + node);
                assertEquals(a.threshold(node), b.threshold(node), "tree " + t + " node " + node);
                assertArrayEquals(a.value(node), b.value(node), "tree " + t + " node " + node);
            }
        }
    }

    static void assertMessage(String expected, Executable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    /** Each row's weight: its class's balanced weight, n / (classes x count), as compute_sample_weight("balanced"). */
    static double[] balancedWeights(Column<?> target) {
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < target.size(); i++) {
            counts.merge(target.getString(i), 1L, Long::sum);
        }
        double[] weights = new double[target.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (double) target.size() / ((double) counts.size() * counts.get(target.getString(i)));
        }
        return weights;
    }

    @Test
    void sampleWeightsAllOneGiveTheUnweightedForestBitForBit() {
        Table wine = Datasets.load("wine");
        double[] ones = new double[wine.rowCount()];
        Arrays.fill(ones, 1);
        RandomForestClassifier forest = new RandomForestClassifier().nEstimators(15).seed(3);
        Table features = Columns.without(wine, "cultivar");
        TableAssertions.assertTableIdentical(forest.fit(wine, "cultivar").predictProba(features),
                forest.fit(features, wine.column("cultivar"), ones).predictProba(features));
    }

    @Test
    void classWeightsAreSampleWeightsAndBalancedSubsampleWithoutBootstrapIsBalanced() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        RandomForestClassifier forest = new RandomForestClassifier().nEstimators(10).seed(4);
        Table balanced = forest.classWeight(ClassWeight.BALANCED).fit(wine, "cultivar").predictProba(features);
        TableAssertions.assertTableIdentical(balanced, forest.fit(features, wine.column("cultivar"),
                balancedWeights(wine.column("cultivar"))).predictProba(features));
        RandomForestClassifier whole = forest.bootstrap(false).maxFeatures(MaxFeatures.ALL);
        TableAssertions.assertTableIdentical(whole.classWeight(ClassWeight.BALANCED).fit(wine, "cultivar")
                .predictProba(features), whole.classWeight(ClassWeight.BALANCED_SUBSAMPLE).fit(wine, "cultivar")
                .predictProba(features));
        assertNotEquals(balanced.doubleColumn(0).asList(), forest.classWeight(ClassWeight.BALANCED_SUBSAMPLE)
                .fit(wine, "cultivar").predictProba(features).doubleColumn(0).asList(), "weights of each draw");
    }

    @Test
    void balancedSubsampleWeighsEachTreesDrawAsScikitLearn() {
        // one tree of depth 1 on a draw: its root's class fractions are the draw's balanced-weighted class totals,
        // which are equal for every class present, as n_draw / (present x count) x count
        Table iris = Datasets.load("iris");
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(1).maxDepth(1).seed(2)
                .classWeight(ClassWeight.BALANCED_SUBSAMPLE).fit(iris, "species");
        Tree tree = model.trees().get(0);
        for (int k = 0; k < 3; k++) {
            assertEquals(1.0 / 3, tree.value(0, k), 1e-15);
        }
    }

    @Test
    void weightedForestsFailNamingTheWeights() {
        Table iris = Datasets.load("iris");
        Table features = Columns.without(iris, "species");
        assertMessage("RandomForestClassifier: sampleWeight must hold one weight per row (150), found null",
                () -> new RandomForestClassifier().fit(features, iris.column("species"), null));
        assertMessage("RandomForestClassifier: classWeight names class 'rose', but the classes are [setosa, versicolor,"
                + " virginica]", () -> new RandomForestClassifier().classWeight(ClassWeight.given(Map.of("rose", 2.0)))
                .fit(iris, "species"));
        assertMessage("RandomForestClassifier: classWeight must be NONE, BALANCED or given weights, found null",
                () -> new RandomForestClassifier().classWeight(null));
    }
}
