package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import io.github.prepkit.tree.Tree;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RUSBoostClassifierTest {

    private static final Table CANCER = Datasets.load("breast_cancer");

    @Test
    void everyMemberIsFittedOnABalancedUnderSampleWithItsRowsWeights() {
        // 212 malignant, 357 benign: AUTO cuts the benign rows to 212, so each member sees 424 distinct rows
        RUSBoostClassifierModel model = new RUSBoostClassifier().nEstimators(6).fit(CANCER, "diagnosis");
        assertEquals(6, model.estimators().size());
        for (ClassifierModel member : model.estimators()) {
            Tree tree = ((DecisionTreeClassifierModel) member).tree();
            assertEquals(424, tree.samples(0));
            assertTrue(tree.weightedSamples(0) < 1, "a part of the weights, which sum to 1 over all rows");
            assertArrayEquals(new double[] {0.5, 0.5}, tree.value(0), 0.2);
        }
        assertArrayEquals(new double[] {0.5, 0.5},
                ((DecisionTreeClassifierModel) model.estimators().get(0)).tree().value(0), 1e-12,
                "the first round's weights are equal, so its under-sample is balanced in weight too");
    }

    @Test
    void replacementChangesTheUnderSamples() {
        Table features = Columns.without(CANCER, "diagnosis");
        RUSBoostClassifier boosting = new RUSBoostClassifier().nEstimators(3).seed(5);
        assertNotEquals(boosting.fit(CANCER, "diagnosis").decisionFunction(features).doubleColumn(0).asList(),
                boosting.replacement(true).fit(CANCER, "diagnosis").decisionFunction(features).doubleColumn(0).asList());
    }

    @Test
    void theStrategyDecidesTheUnderSample() {
        SamplingStrategy cutBenign = SamplingStrategy.counts(Map.of("benign", 300));
        RUSBoostClassifierModel model = new RUSBoostClassifier().samplingStrategy(cutBenign).nEstimators(2)
                .fit(CANCER, "diagnosis");
        assertEquals(512, ((DecisionTreeClassifierModel) model.estimators().get(0)).tree().samples(0));
        assertRejected(() -> new RUSBoostClassifier().samplingStrategy(SamplingStrategy.counts(Map.of("unknown", 3)))
                .fit(CANCER, "diagnosis"), "RUSBoostClassifier", "unknown");
    }

    @Test
    void aPerfectFirstMemberStopsBoosting() {
        Table separable = Table.create("t", DoubleColumn.create("x", new double[] {1, 2, 3, 4, 5, 6}),
                StringColumn.create("y", "a", "a", "b", "b", "b", "b"));
        RUSBoostClassifierModel model = new RUSBoostClassifier().algorithm(Algorithm.SAMME).nEstimators(3)
                .fit(separable, "y");
        assertArrayEquals(new double[] {1, 0, 0}, model.estimatorWeights());
        assertArrayEquals(new double[] {0, 1, 1}, model.estimatorErrors());
        assertEquals(separable.column("y").asList(), model.predict(separable.selectColumns("x")).asList());
    }

    @Test
    void roundTDrawsItsMembersSeedFirst() {
        DecisionTreeClassifier member = new DecisionTreeClassifier().maxDepth(2).maxFeatures(3);
        RUSBoostClassifierModel model = new RUSBoostClassifier().estimator(member).nEstimators(4).seed(21)
                .fit(CANCER, "diagnosis");
        for (int t = 0; t < 4; t++) {
            assertEquals(member.seed(new SplittableRandom(Parallel.seed(21, t)).nextLong()),
                    model.estimators().get(t).estimator(), "member " + t);
        }
    }

    @Test
    void theSeedDecidesTheUnderSamples() {
        Table features = Columns.without(CANCER, "diagnosis");
        RUSBoostClassifier boosting = new RUSBoostClassifier().nEstimators(5);
        TableAssertions.assertTableIdentical(boosting.seed(1).fit(CANCER, "diagnosis").decisionFunction(features),
                boosting.seed(1).fit(CANCER, "diagnosis").decisionFunction(features));
        assertNotEquals(boosting.seed(1).fit(CANCER, "diagnosis").decisionFunction(features).doubleColumn(0).asList(),
                boosting.seed(2).fit(CANCER, "diagnosis").decisionFunction(features).doubleColumn(0).asList());
    }

    @Test
    void defaultsAreImbalancedLearnsAndFluentMethodsReturnCopies() {
        RUSBoostClassifier defaults = new RUSBoostClassifier();
        assertEquals(new RUSBoostClassifier(new DecisionTreeClassifier().maxDepth(1), 50, 1.0, Algorithm.SAMME_R,
                SamplingStrategy.AUTO, false, 0), defaults);
        DecisionTreeClassifier deeper = new DecisionTreeClassifier().maxDepth(2);
        assertEquals(new RUSBoostClassifier(deeper, 9, 0.3, Algorithm.SAMME, SamplingStrategy.ALL, true, 4),
                defaults.estimator(deeper).nEstimators(9).learningRate(0.3).algorithm(Algorithm.SAMME)
                        .samplingStrategy(SamplingStrategy.ALL).replacement(true).seed(4));
        assertEquals(new RUSBoostClassifier(), defaults, "the receiver is unchanged");
    }

    @Test
    void invalidParametersAndWeightsFailNamingThem() {
        assertRejected(() -> new RUSBoostClassifier().samplingStrategy(null),
                "RUSBoostClassifier: samplingStrategy must be a SamplingStrategy, found null");
        assertRejected(() -> new RUSBoostClassifier().estimator(null), "RUSBoostClassifier: estimator");
        assertRejected(() -> new RUSBoostClassifier().nEstimators(-1), "RUSBoostClassifier: nEstimators");
        assertRejected(() -> new RUSBoostClassifier().learningRate(Double.NaN), "RUSBoostClassifier: learningRate");
        assertRejected(() -> new RUSBoostClassifier().algorithm(null), "RUSBoostClassifier: algorithm");
        assertRejected(() -> new RUSBoostClassifier().fit(Columns.without(CANCER, "diagnosis"),
                CANCER.column("diagnosis"), new double[3]), "RUSBoostClassifier: sampleWeight must hold one weight per row");
    }
}
