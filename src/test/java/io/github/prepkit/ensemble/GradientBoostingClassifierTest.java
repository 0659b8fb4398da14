package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.HeldOut;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class GradientBoostingClassifierTest {

    @Test
    void oneStageIsANewtonStepFromThePrior() {
        // classes balanced: prior log-odds 0, p = 0.5, residuals -0.5 -0.5 0.5 0.5; the stump splits at 2.5 and
        // each leaf's Newton step is sum(r) / sum(p (1 - p)) = +-1 / 0.5 = +-2, scaled by the learning rate 0.1
        Table data = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                IntColumn.create("y", new int[] {0, 0, 1, 1}));
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(1).maxDepth(1)
                .fit(data, "y");
        assertArrayEquals(new double[] {0}, model.initialScores());
        assertEquals(1, model.trees().get(0).size(), "one tree per stage for a binary target");
        assertEquals(-2, model.trees().get(0).get(0).value(1, 0), 1e-12);
        Table proba = model.predictProba(Columns.without(data, "y"));
        double p = 1 / (1 + Math.exp(0.2));
        assertArrayEquals(new double[] {p, p, 1 - p, 1 - p}, proba.doubleColumn("1").asDoubleArray(), 1e-12);
        assertEquals(List.of(0, 0, 1, 1), model.predict(Columns.without(data, "y")).asList());
    }

    @Test
    void matchesScikitLearnOnABinaryTargetWithoutTies() {
        // sklearn 1.2.1 GradientBoostingClassifier(n_estimators=20) on iris without setosa: predict_proba[:, 1] of
        // rows 0, 25, 50, 75 the same for random_state 0..9, feature_importances_ within the ranges over
        // random_state 0..19 (tied splits that part the training rows alike move the importances, not predictions)
        Table iris = Datasets.load("iris");
        Table twoSpecies = iris.where(iris.stringColumn("species").isNotEqualTo("setosa"));
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(20)
                .fit(twoSpecies, "species");
        assertArrayEquals(new double[] {0}, model.initialScores(), 1e-12);
        Table proba = model.predictProba(Columns.without(twoSpecies, "species").rows(0, 25, 50, 75));
        assertArrayEquals(new double[] {0.06823283557948417, 0.06823283557948417, 0.9345406545013314,
            0.9345406545013314}, proba.doubleColumn("virginica").asDoubleArray(), 1e-9);
        assertWithin(new double[] {0.0107, 0.0078, 0.1254, 0.8348}, new double[] {0.0290, 0.0247, 0.1310, 0.8352},
                model.featureImportances());
    }

    @Test
    void matchesScikitLearnOnThreeClassesWithoutTies() {
        // sklearn 1.2.1 GradientBoostingClassifier(n_estimators=20) on all of iris: predict_proba of rows 0, 60,
        // 70, 120, 133 the same for random_state 0..9, feature_importances_ within the ranges over 0..19
        Table iris = Datasets.load("iris");
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(20).fit(iris, "species");
        assertEquals(3, model.trees().get(0).size(), "one tree per class and stage");
        double[][] sklearn = {
            {0.94545890414736, 0.027276028254829127, 0.027265067597811037},
            {0.02974393206211844, 0.9404448401589307, 0.02981122777895095},
            {0.12777556605174864, 0.6256015985576011, 0.24662283539065027},
            {0.027340149095459326, 0.030323371867999757, 0.942336479036541},
            {0.02855692121318251, 0.21435289526983464, 0.7570901835169829}};
        Table proba = model.predictProba(Columns.without(iris, "species").rows(0, 60, 70, 120, 133));
        for (int i = 0; i < sklearn.length; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(sklearn[i][k], proba.doubleColumn(k).getDouble(i), 1e-9, "row " + i + " class " + k);
            }
        }
        assertWithin(new double[] {0.0048, 0.0060, 0.1944, 0.6215}, new double[] {0.0090, 0.0102, 0.3630, 0.7905},
                model.featureImportances());
    }

    private static void assertWithin(double[] low, double[] high, double[] actual) {
        for (int j = 0; j < actual.length; j++) {
            assertTrue(actual[j] >= low[j] - 1e-4 && actual[j] <= high[j] + 1e-4,
                    "feature " + j + ": " + actual[j] + " not in " + low[j] + ".." + high[j]);
        }
    }

    /**
     * Accuracy on the quarter held out by {@link HeldOut} (seed 42) against scikit-learn 1.2.1's
     * GradientBoostingClassifier(random_state=0) on the same rows, with subsample 1 and 0.8.
     */
    @ParameterizedTest(name = "{0} subsample {2}")
    @CsvSource({
        "iris, species, 1.0, 0.9737",
        "wine, cultivar, 1.0, 1.0000",
        "breast_cancer, diagnosis, 1.0, 0.9650",
        "iris, species, 0.8, 0.9737",
        "wine, cultivar, 0.8, 1.0000",
        "breast_cancer, diagnosis, 0.8, 0.9580"})
    void accuracyIsScikitLearns(String dataset, String target, double subsample, double sklearn) {
        HeldOut split = HeldOut.split(Datasets.load(dataset), 42);
        split.assertAccuracyIn(new GradientBoostingClassifier().subsample(subsample).fit(split.train(), target), target,
                sklearn, sklearn);
    }

    @Test
    void theSeedDecidesTheSubsamples() {
        Table cancer = Datasets.load("breast_cancer");
        Table features = Columns.without(cancer, "diagnosis");
        GradientBoostingClassifier boosting = new GradientBoostingClassifier().nEstimators(10).subsample(0.5);
        TableAssertions.assertTableClose(boosting.seed(1).fit(cancer, "diagnosis").predictProba(features),
                boosting.seed(1).fit(cancer, "diagnosis").predictProba(features), 0);
        assertNotEquals(boosting.seed(1).fit(cancer, "diagnosis").predictProba(features).doubleColumn(0).asList(),
                boosting.seed(2).fit(cancer, "diagnosis").predictProba(features).doubleColumn(0).asList());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        GradientBoostingClassifier defaults = new GradientBoostingClassifier();
        assertEquals(new GradientBoostingClassifier(100, 0.1, OptionalInt.of(3), 1.0, 0, ClassWeight.NONE), defaults);
        assertEquals(new GradientBoostingClassifier(5, 0.5, OptionalInt.of(2), 0.7, 3, ClassWeight.BALANCED),
                defaults.nEstimators(5).learningRate(0.5).maxDepth(2).subsample(0.7).seed(3)
                        .classWeight(ClassWeight.BALANCED));
        assertEquals(OptionalInt.empty(), defaults.maxDepth(OptionalInt.empty()).maxDepth());
    }

    @Test
    void inputIsNotModified() {
        Table iris = Datasets.load("iris");
        new GradientBoostingClassifier().nEstimators(2).fit(iris, "species").predict(Columns.without(iris, "species"));
        TableAssertions.assertTableClose(Datasets.load("iris"), iris, 0);
    }

    @Test
    void invalidParametersAndInputFailNamingThem() {
        assertMessage("GradientBoostingClassifier: nEstimators must be at least 1",
                () -> new GradientBoostingClassifier().nEstimators(0));
        assertMessage("GradientBoostingClassifier: learningRate must be a finite number of at least 0",
                () -> new GradientBoostingClassifier().learningRate(-0.1));
        assertMessage("GradientBoostingClassifier: learningRate", () -> new GradientBoostingClassifier().learningRate(Double.NaN));
        assertMessage("GradientBoostingClassifier: subsample must be in (0, 1]",
                () -> new GradientBoostingClassifier().subsample(0));
        assertMessage("GradientBoostingClassifier: subsample", () -> new GradientBoostingClassifier().subsample(1.5));
        assertMessage("GradientBoostingClassifier: maxDepth must be at least 1",
                () -> new GradientBoostingClassifier().maxDepth(0));
        Table oneClass = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}), StringColumn.create("y", "a", "a"));
        assertMessage("needs at least 2 classes", () -> new GradientBoostingClassifier().fit(oneClass, "y"));
        GradientBoostingClassifierModel model = new GradientBoostingClassifier().nEstimators(1)
                .fit(Datasets.load("iris"), "species");
        assertMessage("column 'species' was not seen at fit", () -> model.predict(Datasets.load("iris")));
        assertTrue(model.classes().contains("setosa"));
    }

    @Test
    void sampleWeightsAllOneGiveTheUnweightedModelBitForBit() {
        Table wine = Datasets.load("wine");
        double[] ones = new double[wine.rowCount()];
        Arrays.fill(ones, 1);
        GradientBoostingClassifier boosting = new GradientBoostingClassifier().nEstimators(10).subsample(0.7).seed(2);
        Table features = Columns.without(wine, "cultivar");
        TableAssertions.assertTableIdentical(boosting.fit(wine, "cultivar").predictProba(features),
                boosting.fit(features, wine.column("cultivar"), ones).predictProba(features));
    }

    @Test
    void aClassWeightIsTheSampleWeightOfComputeSampleWeightTimesTheGivenOnes() {
        Table iris = Datasets.load("iris");
        Table features = Columns.without(iris, "species");
        double[] weights = new SplittableRandom(6).doubles(iris.rowCount(), 0.5, 2).toArray();
        double[] product = weights.clone();
        for (int i = 0; i < product.length; i++) {
            product[i] *= "virginica".equals(iris.stringColumn("species").get(i)) ? 3 : 1;
        }
        GradientBoostingClassifier boosting = new GradientBoostingClassifier().nEstimators(8);
        TableAssertions.assertTableIdentical(boosting.fit(features, iris.column("species"), product).predictProba(features),
                boosting.classWeight(ClassWeight.given(Map.of("virginica", 3.0)))
                        .fit(features, iris.column("species"), weights).predictProba(features));
        assertMessage("GradientBoostingClassifier: classWeight BALANCED_SUBSAMPLE is for random forests, which draw"
                + " bootstrap samples; use BALANCED", () -> boosting.classWeight(ClassWeight.BALANCED_SUBSAMPLE));
        assertMessage("GradientBoostingClassifier: sampleWeight must be finite and at least 0, found NaN at row 0",
                () -> boosting.fit(features, iris.column("species"), nanFirst(150)));
    }

    private static double[] nanFirst(int rows) {
        double[] weights = new double[rows];
        Arrays.fill(weights, 1);
        weights[0] = Double.NaN;
        return weights;
    }
}
