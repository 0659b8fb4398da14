package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertSameTrees;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BalancedRandomForestClassifierTest {

    private static final Table CANCER = Datasets.load("breast_cancer");
    private static final ClassLabels DIAGNOSIS = ClassLabels.of(CANCER.column("diagnosis"), "test");

    /** Per class, the sum of the counts of its rows. */
    private static int[] classTotals(int[] counts) {
        int[][] members = DIAGNOSIS.members();
        int[] totals = new int[members.length];
        for (int k = 0; k < members.length; k++) {
            for (int row : members[k]) {
                totals[k] += counts[row];
            }
        }
        return totals;
    }

    @Test
    void eachTreeSeesABalancedSubsetOfTheMinoritysSize() {
        BalancedRandomForestClassifier plain = new BalancedRandomForestClassifier().bootstrap(false);
        for (int t = 0; t < 5; t++) {
            int[] subset = plain.rowCounts(DIAGNOSIS).draw(new SplittableRandom(t));
            assertArrayEquals(new int[] {212, 212}, classTotals(subset));
            for (int row : DIAGNOSIS.members()[1]) { // the minority, malignant, keeps every row once
                assertEquals(1, subset[row]);
            }
            assertTrue(Arrays.stream(subset).allMatch(c -> c == 0 || c == 1));
        }
    }

    @Test
    void theBootstrapSampleIsDrawnFromTheBalancedSubsetOfItsSize() {
        BalancedRandomForestClassifier forest = new BalancedRandomForestClassifier();
        for (int t = 0; t < 5; t++) {
            int[] subset = forest.bootstrap(false).rowCounts(DIAGNOSIS).draw(new SplittableRandom(t));
            int[] counts = forest.rowCounts(DIAGNOSIS).draw(new SplittableRandom(t));
            assertEquals(424, Arrays.stream(counts).sum());
            int repeated = 0;
            for (int row = 0; row < counts.length; row++) {
                assertTrue(counts[row] == 0 || subset[row] > 0, "row " + row + " is outside the subset");
                repeated += counts[row] > 1 ? 1 : 0;
            }
            assertTrue(repeated > 0);
        }
    }

    @Test
    void withReplacementTheCutClassesAreDrawnWithReplacement() {
        BalancedRandomForestClassifier forest = new BalancedRandomForestClassifier().bootstrap(false).replacement(true);
        int[] counts = forest.rowCounts(DIAGNOSIS).draw(new SplittableRandom(3));
        assertArrayEquals(new int[] {212, 212}, classTotals(counts));
        assertTrue(Arrays.stream(DIAGNOSIS.members()[0]).anyMatch(row -> counts[row] > 1));
        for (int row : DIAGNOSIS.members()[1]) {
            assertEquals(1, counts[row]);
        }
    }

    @Test
    void theSamplingStrategySetsTheSubsetsSizes() {
        BalancedRandomForestClassifier forest = new BalancedRandomForestClassifier().bootstrap(false);
        int[] ratio = forest.samplingStrategy(SamplingStrategy.ratio(0.8)).rowCounts(DIAGNOSIS)
                .draw(new SplittableRandom(1));
        assertArrayEquals(new int[] {265, 212}, classTotals(ratio));
        int[] counts = forest.samplingStrategy(SamplingStrategy.counts(Map.of("benign", 100))).rowCounts(DIAGNOSIS)
                .draw(new SplittableRandom(1));
        assertArrayEquals(new int[] {100, 212}, classTotals(counts));
        assertMessage("BalancedRandomForestClassifier: samplingStrategy", () -> forest.samplingStrategy(
                SamplingStrategy.counts(Map.of("benign", 400))).fit(CANCER, "diagnosis"));
    }

    @Test
    void theSameForestOnAnyNumberOfThreads() {
        BalancedRandomForestClassifier forest = new BalancedRandomForestClassifier().nEstimators(12).maxDepth(6)
                .seed(3);
        List<Tree> one = forest.nJobs(1).fit(CANCER, "diagnosis").trees();
        assertSameTrees(one, forest.nJobs(2).fit(CANCER, "diagnosis").trees());
        assertSameTrees(one, forest.nJobs(5).fit(CANCER, "diagnosis").trees());
        assertSameTrees(one, forest.nJobs(-1).fit(CANCER, "diagnosis").trees());
    }

    @Test
    void theSeedDecidesTheForest() {
        BalancedRandomForestClassifier forest = new BalancedRandomForestClassifier().nEstimators(5);
        assertSameTrees(forest.seed(1).fit(CANCER, "diagnosis").trees(),
                forest.seed(1).fit(CANCER, "diagnosis").trees());
        Table features = Columns.without(CANCER, "diagnosis");
        assertNotEquals(forest.seed(1).fit(CANCER, "diagnosis").predictProba(features).doubleColumn(0).asList(),
                forest.seed(2).fit(CANCER, "diagnosis").predictProba(features).doubleColumn(0).asList());
    }

    @Test
    void defaultsAreImbalancedLearnsAndFluentMethodsReturnCopies() {
        BalancedRandomForestClassifier defaults = new BalancedRandomForestClassifier();
        assertEquals(new BalancedRandomForestClassifier(100, Criterion.GINI, OptionalInt.empty(), 2, 1,
                MaxFeatures.SQRT, true, SamplingStrategy.AUTO, false, -1, 0), defaults);
        assertEquals(new BalancedRandomForestClassifier(10, Criterion.ENTROPY, OptionalInt.of(4), 3, 2,
                MaxFeatures.count(2), false, SamplingStrategy.MAJORITY, true, 2, 9),
                defaults.nEstimators(10).criterion(Criterion.ENTROPY).maxDepth(4).minSamplesSplit(3).minSamplesLeaf(2)
                        .maxFeatures(2).bootstrap(false).samplingStrategy(SamplingStrategy.MAJORITY).replacement(true)
                        .nJobs(2).seed(9));
        assertEquals(MaxFeatures.fraction(0.5), defaults.maxFeatures(0.5).maxFeatures());
        assertEquals(new BalancedRandomForestClassifier(), defaults);
    }

    @Test
    void badParametersAreNamed() {
        String step = "BalancedRandomForestClassifier: ";
        assertMessage(step + "nEstimators must be at least 1, found 0",
                () -> new BalancedRandomForestClassifier().nEstimators(0));
        assertMessage(step + "nJobs must be a positive number of threads or -1",
                () -> new BalancedRandomForestClassifier().nJobs(0));
        assertMessage(step + "samplingStrategy must be a SamplingStrategy, found null",
                () -> new BalancedRandomForestClassifier().samplingStrategy(null));
        assertMessage(step + "criterion", () -> new BalancedRandomForestClassifier().criterion(null));
        assertMessage("minSamplesLeaf must be at least 1",
                () -> new BalancedRandomForestClassifier().minSamplesLeaf(0));
        assertMessage("maxDepth", () -> new BalancedRandomForestClassifier().maxDepth(0));
        assertMessage("samplingStrategy", () -> new BalancedRandomForestClassifier()
                .samplingStrategy(SamplingStrategy.ratio(0.5)).fit(Datasets.load("wine"), "cultivar"));
    }
}
