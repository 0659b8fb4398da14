package io.github.prepkit.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.TableAssertions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class DecisionTreeClassifierTest {

    /** x separates the classes at 2.5; z is noise. */
    private static Table tiny() {
        return Table.create("tiny",
                DoubleColumn.create("x", new double[] {1, 2, 3, 4, 3}),
                DoubleColumn.create("z", new double[] {5, 1, 5, 1, 1}),
                StringColumn.create("label", "a", "a", "b", "b", "b"));
    }

    @Test
    void splitsAtTheMidpointAndPredictsPureLeaves() {
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().fit(tiny(), "label");
        Tree tree = model.tree();
        assertEquals(3, tree.nodeCount());
        assertEquals(0, tree.feature(0));
        assertEquals(2.5, tree.threshold(0));
        // root Gini 1 - (2/5)^2 - (3/5)^2 = 0.48; both children pure
        assertEquals(0.48, tree.impurity(0), 1e-12);
        assertArrayEquals(new double[] {1, 0}, tree.value(1));
        assertArrayEquals(new double[] {0, 1}, tree.value(2));
        assertArrayEquals(new double[] {1, 0}, model.featureImportances());
        assertEquals(List.of("a", "b"), model.classes());

        Table query = Table.create("q", DoubleColumn.create("x", new double[] {2.5, 2.6}),
                DoubleColumn.create("z", new double[] {0, 0}));
        Column<?> predicted = model.predict(query);
        assertEquals("label", predicted.name());
        assertEquals(List.of("a", "b"), predicted.asList());
        assertEquals("|--- x <= 2.50\n|   |--- class: a\n|--- x >  2.50\n|   |--- class: b\n", model.exportText());
    }

    @Test
    void leafProbabilitiesAreClassFractions() {
        // depth 1 on x = 1..6, labels a a b a b b: every threshold leaves a mixed leaf; the best is x <= 2.5
        // (proxy 4/2 + 10/4 = 4.5 against 5/3 + 5/3 = 3.33 at 3.5 and 10/4 + 4/2 = 4.5 at 4.5, the lower wins)
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                StringColumn.create("y", "a", "a", "b", "a", "b", "b"));
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(1).fit(data, "y");
        assertEquals(2.5, model.tree().threshold(0));
        Table proba = model.predictProba(Table.create("q", DoubleColumn.create("x", new double[] {0, 10})));
        assertEquals(List.of("a", "b"), proba.columnNames());
        assertArrayEquals(new double[] {1, 0.25}, proba.doubleColumn("a").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {0, 0.75}, proba.doubleColumn("b").asDoubleArray(), 1e-12);
    }

    @Test
    void entropyIsInBits() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                StringColumn.create("y", "a", "b", "a", "b"));
        Tree tree = new DecisionTreeClassifier().criterion(Criterion.ENTROPY).fit(data, "y").tree();
        assertEquals(1.0, tree.impurity(0), 1e-12);
    }

    @Test
    void stoppingRulesShapeTheTree() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8}),
                StringColumn.create("y", "a", "b", "a", "b", "a", "b", "a", "b"));
        assertEquals(7, new DecisionTreeClassifier().fit(data, "y").tree().depth(), "grows until pure");
        assertEquals(2, new DecisionTreeClassifier().maxDepth(2).fit(data, "y").tree().depth());
        Tree leafy = new DecisionTreeClassifier().minSamplesLeaf(3).fit(data, "y").tree();
        for (int node = 0; node < leafy.nodeCount(); node++) {
            assertTrue(leafy.samples(node) >= 3, "leaf of " + leafy.samples(node));
        }
        Tree stump = new DecisionTreeClassifier().minSamplesSplit(9).fit(data, "y").tree();
        assertEquals(1, stump.nodeCount(), "8 rows < minSamplesSplit 9: the root is a leaf");
        assertArrayEquals(new double[] {0}, new DecisionTreeClassifier().minSamplesSplit(9).fit(data, "y")
                .featureImportances(), "a single leaf has no importances");
    }

    @Test
    void rowsThatCannotBeToldApartMakeOneLeaf() {
        // equal features, different classes: no threshold separates them; the tie goes to the lowest class
        Table same = Table.create("t", DoubleColumn.create("x", new double[] {1, 1, 1, 1}),
                StringColumn.create("y", "b", "a", "b", "a"));
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().fit(same, "y");
        assertEquals(1, model.tree().nodeCount());
        assertEquals(List.of("a", "a"), model.predict(Table.create("q", DoubleColumn.create("x", new double[] {0, 5})))
                .asList());
        assertEquals("|--- class: a\n", model.exportText());
    }

    @Test
    void hugeValuesStillSplitAtTheirMidpoint() {
        double big = 0.75 * Double.MAX_VALUE;
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {big, Double.MAX_VALUE}),
                StringColumn.create("y", "a", "b"));
        assertEquals(0.875 * Double.MAX_VALUE, new DecisionTreeClassifier().fit(data, "y").tree().threshold(0),
                "(big + MAX) / 2 would overflow; the midpoint is computed without overflowing");
    }

    @Test
    void infiniteValuesAreRejectedAsScikitLearnDoes() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, Double.POSITIVE_INFINITY}),
                StringColumn.create("y", "a", "b"));
        assertEquals("DecisionTreeClassifier: feature column 'x' has an infinite value in row 1",
                assertThrows(IllegalArgumentException.class, () -> new DecisionTreeClassifier().fit(data, "y")).getMessage());
    }

    @Test
    void matchesScikitLearnOnWineWithoutTies() {
        // sklearn 1.2.1 export_text(DecisionTreeClassifier(max_depth=2), decimals=4) on all of wine: the same text
        // for random_state 0..19. With 2 decimals scikit-learn prints 2.11, not 2.12, for the threshold 2.115: it
        // computes in float32, where the midpoint falls just below 2.115.
        Table wine = Datasets.load("wine");
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(2).fit(wine, "cultivar");
        assertEquals("""
                |--- proline <= 755.0000
                |   |--- od280_od315_of_diluted_wines <= 2.1150
                |   |   |--- class: class_2
                |   |--- od280_od315_of_diluted_wines >  2.1150
                |   |   |--- class: class_1
                |--- proline >  755.0000
                |   |--- flavanoids <= 2.1650
                |   |   |--- class: class_2
                |   |--- flavanoids >  2.1650
                |   |   |--- class: class_0
                """, model.exportText(4));
        double[] sklearn = new double[13];
        sklearn[6] = 0.117799003805;
        sklearn[11] = 0.396370205539;
        sklearn[12] = 0.485830790656;
        assertArrayEquals(sklearn, model.featureImportances(), 1e-9);
        Table proba = model.predictProba(Columns.without(wine, "cultivar").first(1));
        assertEquals(0.9661016949152542, proba.doubleColumn("class_0").getDouble(0), 1e-12);
        assertEquals(0.03389830508474576, proba.doubleColumn("class_1").getDouble(0), 1e-12);
    }

    @Test
    void entropyMatchesScikitLearnOnWine() {
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().criterion(Criterion.ENTROPY).maxDepth(2)
                .fit(Datasets.load("wine"), "cultivar");
        double[] sklearn = new double[13];
        sklearn[6] = 0.473301532863;
        sklearn[9] = 0.167453275305;
        sklearn[12] = 0.359245191832;
        assertArrayEquals(sklearn, model.featureImportances(), 1e-9);
        assertEquals("""
                |--- flavanoids <= 1.5750
                |   |--- color_intensity <= 3.8250
                |   |   |--- class: class_1
                |   |--- color_intensity >  3.8250
                |   |   |--- class: class_2
                |--- flavanoids >  1.5750
                |   |--- proline <= 724.5000
                |   |   |--- class: class_1
                |   |--- proline >  724.5000
                |   |   |--- class: class_0
                """, model.exportText(4));
    }

    /**
     * Accuracy on the quarter held out by {@link HeldOut} (seed 42), default parameters, against scikit-learn
     * 1.2.1's DecisionTreeClassifier on the same rows: random_state 0 and the range over random_state 0..9
     * (exact ties between features break at random in both).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "iris, species, GINI, 0.9474, 0.9474, 0.9474",
        "wine, cultivar, GINI, 0.8889, 0.8444, 0.8889",
        "breast_cancer, diagnosis, GINI, 0.9580, 0.9371, 0.9580",
        "iris, species, ENTROPY, 0.9474, 0.9474, 0.9474",
        "wine, cultivar, ENTROPY, 0.9778, 0.9778, 1.0000",
        "breast_cancer, diagnosis, ENTROPY, 0.9441, 0.9301, 0.9441"})
    void accuracyIsScikitLearns(String dataset, String target, Criterion criterion, double sklearn, double low,
            double high) {
        HeldOut split = HeldOut.split(Datasets.load(dataset), 42);
        split.assertAccuracyIn(new DecisionTreeClassifier().criterion(criterion).fit(split.train(), target), target,
                low, high);
    }

    @Test
    void sameSeedSameTreeAndTheSeedDecidesTies() {
        Table cancer = Datasets.load("breast_cancer");
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxFeatures(MaxFeatures.SQRT).maxDepth(5);
        assertEquals(tree.seed(3).fit(cancer, "diagnosis").exportText(), tree.seed(3).fit(cancer, "diagnosis").exportText());
        assertNotEquals(tree.seed(3).fit(cancer, "diagnosis").exportText(), tree.seed(4).fit(cancer, "diagnosis").exportText());
    }

    @Test
    void maxFeaturesLimitsTheFeaturesTried() {
        // with one feature drawn per node, the root splits on whichever feature was drawn: over seeds, several
        Table cancer = Datasets.load("breast_cancer");
        long roots = java.util.stream.LongStream.range(0, 10)
                .map(seed -> new DecisionTreeClassifier().maxFeatures(1).maxDepth(1).seed(seed)
                        .fit(cancer, "diagnosis").tree().feature(0))
                .distinct().count();
        assertTrue(roots > 3, roots + " distinct root features");
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        DecisionTreeClassifier defaults = new DecisionTreeClassifier();
        DecisionTreeClassifier changed = defaults.criterion(Criterion.ENTROPY).maxDepth(3).minSamplesSplit(4)
                .minSamplesLeaf(2).maxFeatures(0.5).seed(9).classWeight(ClassWeight.given(Map.of("a", 2.0)));
        assertEquals(new DecisionTreeClassifier(Criterion.GINI, OptionalInt.empty(), 2, 1, MaxFeatures.ALL, 0, ClassWeight.NONE),
                defaults);
        assertEquals(new DecisionTreeClassifier(Criterion.ENTROPY, OptionalInt.of(3), 4, 2, MaxFeatures.fraction(0.5), 9,
                ClassWeight.given(Map.of("a", 2.0))), changed);
        assertEquals(OptionalInt.empty(), changed.maxDepth(OptionalInt.empty()).maxDepth());
        assertEquals(MaxFeatures.count(2), defaults.maxFeatures(2).maxFeatures());
    }

    @Test
    void inputIsNotModified() {
        Table input = tiny();
        new DecisionTreeClassifier().fit(input, "label").predict(input.copy().removeColumns("label"));
        TableAssertions.assertTableClose(tiny(), input, 0);
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertMessage("DecisionTreeClassifier: maxDepth must be at least 1", () -> new DecisionTreeClassifier().maxDepth(0));
        assertMessage("DecisionTreeClassifier: minSamplesSplit must be at least 2",
                () -> new DecisionTreeClassifier().minSamplesSplit(1));
        assertMessage("DecisionTreeClassifier: minSamplesLeaf must be at least 1",
                () -> new DecisionTreeClassifier().minSamplesLeaf(0));
        assertMessage("maxFeatures must be", () -> new DecisionTreeClassifier().maxFeatures(0));
        assertMessage("maxFeatures must be", () -> new DecisionTreeClassifier().maxFeatures(1.5));
        assertMessage("criterion", () -> new DecisionTreeClassifier().criterion(null));
        assertMessage("maxFeatures 3 exceeds the 2 feature(s)",
                () -> new DecisionTreeClassifier().maxFeatures(3).fit(tiny(), "label"));
    }

    @Test
    void badInputFailsNamingTheColumn() {
        Table oneClass = tiny().where(tiny().stringColumn("label").isEqualTo("a"));
        assertMessage("target column 'label' needs at least 2 classes", () -> new DecisionTreeClassifier().fit(oneClass, "label"));
        Table gap = tiny();
        gap.doubleColumn("x").setMissing(0);
        assertMessage("feature column 'x' has 1 missing value", () -> new DecisionTreeClassifier().fit(gap, "label"));
        Table text = tiny().addColumns(StringColumn.create("s", "p", "q", "r", "s", "t"));
        assertMessage("column 's' must be numeric", () -> new DecisionTreeClassifier().fit(text, "label"));
        assertMessage("cannot fit on an empty table", () -> new DecisionTreeClassifier().fit(tiny().emptyCopy(), "label"));
        Table shortTarget = tiny();
        assertMessage("has 2 values but the features have 5 rows", () -> new DecisionTreeClassifier()
                .fit(Columns.without(shortTarget, "label"), shortTarget.stringColumn("label").first(2)));
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().fit(tiny(), "label");
        assertMessage("column 'z' is missing", () -> model.predict(tiny().selectColumns("x")));
        assertMessage("column 'label' was not seen at fit", () -> model.predict(tiny()));
    }

    @Test
    void sampleWeightsChooseTheSplitAndWeighTheLeaves() {
        // x = 1..4, labels a b a b. Unweighted, 1.5 and 3.5 tie (proxy 1 + 5/3) and the lower wins. With weights
        // 1, 2, 3, 4 the proxies are 1 + 45/9 = 6 at 1.5, 5/3 + 25/7 at 2.5 and 20/6 + 16/4 = 7.33 at 3.5
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                StringColumn.create("y", "a", "b", "a", "b"));
        Table features = data.selectColumns("x");
        assertEquals(1.5, new DecisionTreeClassifier().maxDepth(1).fit(data, "y").tree().threshold(0));
        double[] weights = {1, 2, 3, 4};
        Tree tree = new DecisionTreeClassifier().maxDepth(1).fit(features, data.column("y"), weights).tree();
        assertEquals(3.5, tree.threshold(0));
        assertArrayEquals(new double[] {0.4, 0.6}, tree.value(0), 1e-15);
        assertArrayEquals(new double[] {4.0 / 6, 2.0 / 6}, tree.value(1), 1e-15);
        assertArrayEquals(new double[] {0, 1}, tree.value(2));
        assertEquals(1 - 0.16 - 0.36, tree.impurity(0), 1e-15);
        assertEquals(4, tree.samples(0));
        assertEquals(10, tree.weightedSamples(0));
        assertArrayEquals(new double[] {1, 2, 3, 4}, weights, "the weights are not modified");
    }

    @Test
    void rowsOfWeightZeroAreLeftOut() {
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5}),
                DoubleColumn.create("z", new double[] {2, 9, 7, 1, 3}), StringColumn.create("y", "a", "b", "a", "b", "b"));
        Tree weighted = new DecisionTreeClassifier().fit(Columns.without(data, "y"), data.column("y"),
                new double[] {1, 0, 1, 1, 1}).tree();
        Table without = data.dropRows(1);
        Tree dropped = new DecisionTreeClassifier().fit(without, "y").tree();
        assertArrayEquals(dropped.featureIndices(), weighted.featureIndices());
        assertArrayEquals(dropped.thresholds(), weighted.thresholds());
        assertArrayEquals(dropped.values(), weighted.values());
        assertArrayEquals(dropped.nodeSamples(), weighted.nodeSamples());
    }

    @Test
    void minSamplesLeafCountsRowsNotWeight() {
        // a heavy first row: a leaf of it alone weighs 10, but holds one row, below minSamplesLeaf 2
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                StringColumn.create("y", "a", "b", "b", "b"));
        double[] weights = {10, 1, 1, 1};
        Table features = data.selectColumns("x");
        assertEquals(1.5, new DecisionTreeClassifier().maxDepth(1).fit(features, data.column("y"), weights).tree()
                .threshold(0));
        assertEquals(2.5, new DecisionTreeClassifier().maxDepth(1).minSamplesLeaf(2)
                .fit(features, data.column("y"), weights).tree().threshold(0));
    }

    @Test
    void weightsOfOneGiveTheUnweightedModel() {
        Table wine = Datasets.load("wine");
        double[] ones = new double[wine.rowCount()];
        Arrays.fill(ones, 1);
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxFeatures(4).seed(9);
        Tree plain = tree.fit(wine, "cultivar").tree();
        Tree weighted = tree.fit(Columns.without(wine, "cultivar"), wine.column("cultivar"), ones).tree();
        assertArrayEquals(plain.featureIndices(), weighted.featureIndices());
        assertArrayEquals(plain.thresholds(), weighted.thresholds());
        assertArrayEquals(plain.values(), weighted.values());
        assertArrayEquals(plain.weightedNodeSamples(), weighted.weightedNodeSamples());
    }

    @Test
    void badSampleWeightsFailNamingThem() {
        Table features = Columns.without(tiny(), "label");
        Column<?> target = tiny().column("label");
        DecisionTreeClassifier tree = new DecisionTreeClassifier();
        assertMessage("DecisionTreeClassifier: sampleWeight must hold one weight per row (5), found null",
                () -> tree.fit(features, target, null));
        assertMessage("sampleWeight must hold one weight per row (5), found 2 weights",
                () -> tree.fit(features, target, new double[] {1, 1}));
        assertMessage("sampleWeight must be finite and at least 0, found -0.5 at row 3",
                () -> tree.fit(features, target, new double[] {1, 1, 1, -0.5, 1}));
        assertMessage("sampleWeight must be finite and at least 0, found NaN at row 0",
                () -> tree.fit(features, target, new double[] {Double.NaN, 1, 1, 1, 1}));
        assertMessage("found Infinity at row 4",
                () -> tree.fit(features, target, new double[] {1, 1, 1, 1, Double.POSITIVE_INFINITY}));
        assertMessage("sampleWeight must sum to a positive finite number, found a sum of 0.0",
                () -> tree.fit(features, target, new double[5]));
        assertMessage("found a sum of Infinity",
                () -> tree.fit(features, target, new double[] {Double.MAX_VALUE, Double.MAX_VALUE, 1, 1, 1}));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call);
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }

    @Test
    void classWeightsMultiplyTheSampleWeights() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        double[] weights = new java.util.SplittableRandom(8).doubles(wine.rowCount(), 0.2, 3).toArray();
        double[] product = weights.clone();
        for (int i = 0; i < product.length; i++) {
            product[i] *= wine.column("cultivar").getString(i).equals("class_1") ? 2.5 : 1;
        }
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(4);
        TableAssertions.assertTableIdentical(tree.fit(features, wine.column("cultivar"), product).predictProba(features),
                tree.classWeight(ClassWeight.given(Map.of("class_1", 2.5))).fit(features, wine.column("cultivar"), weights)
                        .predictProba(features));
    }

    @Test
    void aBalancedTreeGivesEachClassTheSameRootWeight() {
        // the root's value is the weighted class fractions: balanced, each class totals n / classes
        Table wine = Datasets.load("wine");
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(2).classWeight(ClassWeight.BALANCED)
                .fit(wine, "cultivar");
        for (int k = 0; k < 3; k++) {
            assertEquals(1.0 / 3, model.tree().value(0, k), 1e-15);
        }
        assertMessage("DecisionTreeClassifier: classWeight names class '1', but the classes are [class_0, class_1,"
                + " class_2]", () -> new DecisionTreeClassifier().classWeight(ClassWeight.given(Map.of("1", 1.0)))
                .fit(wine, "cultivar"));
        assertMessage("DecisionTreeClassifier: classWeight BALANCED_SUBSAMPLE is for random forests, which draw"
                + " bootstrap samples; use BALANCED",
                () -> new DecisionTreeClassifier().classWeight(ClassWeight.BALANCED_SUBSAMPLE));
        assertMessage("DecisionTreeClassifier: the row weights (sampleWeight times classWeight given({class_0=0.0,"
                + " class_1=0.0, class_2=0.0})) must sum to a positive finite number, found a sum of 0.0",
                () -> new DecisionTreeClassifier().classWeight(ClassWeight.given(Map.of("class_0", 0.0, "class_1", 0.0,
                        "class_2", 0.0))).fit(wine, "cultivar"));
    }
}
