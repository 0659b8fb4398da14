package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class AdaBoostClassifierTest {

    /** x = 1..4, classes a a b a: the hand-computed SAMME rounds below. */
    private static Table fourRows() {
        return Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4}),
                StringColumn.create("y", "a", "a", "b", "a"));
    }

    @Test
    void sammeRoundsByHand() {
        // round 0, weights 1/4: the stump at 2.5 leaves {a, a} and {b, a}, whose tie goes to a, so every row is
        // predicted a: error 1/4, weight ln 3, and row 3's weight becomes 3/4 before normalising to 1/6 1/6 1/2 1/6.
        // Round 1: the stump at 2.5 again (proxy 0.75, against 0.6 at 1.5 and 3.5), now predicting b on the right:
        // row 4 is wrong, error 1/6, weight ln 5; the last round updates no weight.
        AdaBoostClassifierModel model = new AdaBoostClassifier().algorithm(Algorithm.SAMME).nEstimators(2)
                .fit(fourRows(), "y");
        assertArrayEquals(new double[] {Math.log(3), Math.log(5)}, model.estimatorWeights(), 1e-15);
        assertArrayEquals(new double[] {0.25, 1.0 / 6}, model.estimatorErrors(), 1e-15);
        Table features = fourRows().selectColumns("x");
        double d = (Math.log(5) - Math.log(3)) / (Math.log(3) + Math.log(5));
        assertArrayEquals(new double[] {-1, -1, d, d}, model.decisionFunction(features).doubleColumn("b").asDoubleArray(),
                1e-15);
        assertEquals(List.of("a", "a", "b", "b"), model.predict(features).asList());
        double p = 1 / (1 + Math.exp(-d));
        assertArrayEquals(new double[] {1 / (1 + Math.exp(1)), 1 / (1 + Math.exp(1)), p, p},
                model.predictProba(features).doubleColumn("b").asDoubleArray(), 1e-15);
    }

    @Test
    void sammeRRoundByHand() {
        // one stump at 2.5: leaf probabilities (1, 0) and (1/2, 1/2); clipped at machine epsilon, the rows' decision is
        // (K - 1) (ln p_b - mean ln p) summed for the second class minus the first: ln(eps) - ln(1) on the left, 0 on
        // the right; the error (row 3, predicted a on the tie) is 1/4
        AdaBoostClassifierModel model = new AdaBoostClassifier().nEstimators(1).fit(fourRows(), "y");
        assertArrayEquals(new double[] {1}, model.estimatorWeights());
        assertArrayEquals(new double[] {0.25}, model.estimatorErrors());
        Table decision = model.decisionFunction(fourRows().selectColumns("x"));
        double eps = Math.ulp(1.0);
        assertArrayEquals(new double[] {Math.log(eps), Math.log(eps), 0, 0}, decision.doubleColumn("b").asDoubleArray(),
                1e-12);
        assertEquals(List.of("a", "a", "a", "a"), model.predict(fourRows().selectColumns("x")).asList(),
                "a decision of 0 goes to the first class, as scikit-learn's decision > 0");
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aPerfectFirstMemberStopsBoosting(Algorithm algorithm) {
        Table separable = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5}),
                StringColumn.create("y", "a", "a", "b", "b", "b"));
        AdaBoostClassifierModel model = new AdaBoostClassifier().algorithm(algorithm).nEstimators(4)
                .fit(separable, "y");
        assertEquals(1, model.estimators().size());
        assertArrayEquals(new double[] {1, 0, 0, 0}, model.estimatorWeights());
        assertArrayEquals(new double[] {0, 1, 1, 1}, model.estimatorErrors());
        assertEquals(separable.column("y").asList(), model.predict(separable.selectColumns("x")).asList());
    }

    @Test
    void sammeRefusesAFirstMemberNoBetterThanChance() {
        // a constant feature: the member is one leaf predicting a, wrong on half the weight, error 1/2 >= 1 - 1/2
        Table constant = Table.create("t", DoubleColumn.create("x", new double[] {1, 1, 1, 1}),
                StringColumn.create("y", "a", "b", "a", "b"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new AdaBoostClassifier().algorithm(Algorithm.SAMME).fit(constant, "y"));
        assertTrue(e.getMessage().startsWith("AdaBoostClassifier: the first member is no better than chance"),
                e.getMessage());
        AdaBoostClassifierModel real = new AdaBoostClassifier().nEstimators(3).fit(constant, "y");
        assertEquals(3, real.estimators().size(), "SAMME.R has no such stop");
    }

    @Test
    void memberTDrawsItsSeedFromRoundT() {
        DecisionTreeClassifier member = new DecisionTreeClassifier().maxDepth(2).maxFeatures(2);
        AdaBoostClassifierModel model = new AdaBoostClassifier().estimator(member).nEstimators(5).seed(11)
                .fit(Datasets.load("wine"), "cultivar");
        for (int t = 0; t < model.estimators().size(); t++) {
            long seed = new SplittableRandom(Parallel.seed(11, t)).nextLong();
            assertEquals(member.seed(seed), model.estimators().get(t).estimator(), "member " + t);
        }
    }

    @Test
    void theSeedDecidesTheModelWhereMembersAreRandom() {
        Table wine = Datasets.load("wine");
        Table features = Columns.without(wine, "cultivar");
        AdaBoostClassifier boosting = new AdaBoostClassifier()
                .estimator(new DecisionTreeClassifier().maxDepth(2).maxFeatures(3)).nEstimators(10);
        TableAssertions.assertTableIdentical(boosting.seed(4).fit(wine, "cultivar").predictProba(features),
                boosting.seed(4).fit(wine, "cultivar").predictProba(features));
        assertNotEquals(boosting.seed(4).fit(wine, "cultivar").predictProba(features).doubleColumn(0).asList(),
                boosting.seed(5).fit(wine, "cultivar").predictProba(features).doubleColumn(0).asList());
    }

    @Test
    void aRowOfWeightZeroIsAsIfLeftOut() {
        Table cancer = Datasets.load("breast_cancer");
        double[] weights = new double[cancer.rowCount()];
        Arrays.fill(weights, 1);
        weights[7] = 0;
        AdaBoostClassifier boosting = new AdaBoostClassifier().nEstimators(8);
        AdaBoostClassifierModel weighted = boosting.fit(Columns.without(cancer, "diagnosis"), cancer.column("diagnosis"),
                weights);
        AdaBoostClassifierModel dropped = boosting.fit(cancer.dropRows(7), "diagnosis");
        assertArrayEquals(dropped.estimatorWeights(), weighted.estimatorWeights());
        assertArrayEquals(dropped.estimatorErrors(), weighted.estimatorErrors());
        Table features = Columns.without(cancer, "diagnosis");
        TableAssertions.assertTableIdentical(dropped.decisionFunction(features), weighted.decisionFunction(features));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void equalStartingWeightsGiveTheUnweightedModel(Algorithm algorithm) {
        Table iris = Datasets.load("iris");
        double[] twos = new double[iris.rowCount()];
        Arrays.fill(twos, 2);
        AdaBoostClassifier boosting = new AdaBoostClassifier().algorithm(algorithm).nEstimators(10);
        AdaBoostClassifierModel weighted = boosting.fit(Columns.without(iris, "species"), iris.column("species"), twos);
        AdaBoostClassifierModel plain = boosting.fit(iris, "species");
        assertArrayEquals(plain.estimatorWeights(), weighted.estimatorWeights());
        Table features = Columns.without(iris, "species");
        TableAssertions.assertTableIdentical(plain.predictProba(features), weighted.predictProba(features));
    }

    @Test
    void membersAreFittedOnTheRowsWithTheirWeights() {
        AdaBoostClassifierModel model = new AdaBoostClassifier().nEstimators(3).fit(Datasets.load("iris"), "species");
        for (ClassifierModel member : model.estimators()) {
            DecisionTreeClassifierModel tree = (DecisionTreeClassifierModel) member;
            assertEquals(150, tree.tree().samples(0));
            assertEquals(1, tree.tree().weightedSamples(0), 1e-12, "the normalised weights sum to 1");
            assertEquals(1, tree.tree().depth(), "stumps by default");
        }
    }

    @Test
    void defaultsAreScikitLearnsAndFluentMethodsReturnCopies() {
        AdaBoostClassifier defaults = new AdaBoostClassifier();
        assertEquals(new AdaBoostClassifier(new DecisionTreeClassifier().maxDepth(1), 50, 1.0, Algorithm.SAMME_R, 0),
                defaults);
        DecisionTreeClassifier deeper = new DecisionTreeClassifier().maxDepth(3);
        assertEquals(new AdaBoostClassifier(deeper, 7, 0.5, Algorithm.SAMME, 3),
                defaults.estimator(deeper).nEstimators(7).learningRate(0.5).algorithm(Algorithm.SAMME).seed(3));
        assertEquals(new AdaBoostClassifier(), defaults, "the receiver is unchanged");
    }

    @Test
    void inputIsNotModified() {
        Table wine = Datasets.load("wine");
        double[] weights = IntStream.range(0, wine.rowCount()).mapToDouble(i -> 1 + i % 3).toArray();
        double[] before = weights.clone();
        new AdaBoostClassifier().nEstimators(3).fit(Columns.without(wine, "cultivar"), wine.column("cultivar"), weights)
                .predict(Columns.without(wine, "cultivar"));
        TableAssertions.assertTableClose(Datasets.load("wine"), wine, 0);
        assertArrayEquals(before, weights);
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertRejected(() -> new AdaBoostClassifier().estimator(null),
                "AdaBoostClassifier: estimator must be a WeightedClassifier, found null");
        assertRejected(() -> new AdaBoostClassifier().nEstimators(0),
                "AdaBoostClassifier: nEstimators must be at least 1, found 0");
        assertRejected(() -> new AdaBoostClassifier().learningRate(0),
                "AdaBoostClassifier: learningRate must be a finite number above 0, found 0.0");
        assertRejected(() -> new AdaBoostClassifier().learningRate(Double.NaN), "learningRate", "NaN");
        assertRejected(() -> new AdaBoostClassifier().learningRate(Double.POSITIVE_INFINITY), "learningRate");
        assertRejected(() -> new AdaBoostClassifier().algorithm(null),
                "AdaBoostClassifier: algorithm must be SAMME or SAMME_R, found null");
    }

    @Test
    void badInputFailsNamingIt() {
        Table data = fourRows();
        Table features = data.selectColumns("x");
        AdaBoostClassifier boosting = new AdaBoostClassifier();
        assertRejected(() -> boosting.fit(features, data.column("y"), new double[] {1, 1, -1, 1}),
                "AdaBoostClassifier: sampleWeight must be finite and at least 0, found -1.0 at row 2");
        assertRejected(() -> boosting.fit(features, data.column("y"), null),
                "AdaBoostClassifier: sampleWeight must hold one weight per row (4), found null");
        Table oneClass = Table.create("t", DoubleColumn.create("x", new double[] {1, 2}), StringColumn.create("y", "a", "a"));
        assertRejected(() -> boosting.fit(oneClass, "y"), "AdaBoostClassifier", "needs at least 2 classes");
        Table infinite = fourRows();
        infinite.doubleColumn("x").set(1, Double.NEGATIVE_INFINITY);
        assertRejected(() -> boosting.fit(infinite, "y"), "AdaBoostClassifier", "'x'");
    }
}
