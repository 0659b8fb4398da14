package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class BalancedBaggingClassifierTest {

    private static final Table CANCER = Datasets.load("breast_cancer");
    private static final List<String> FEATURES = Columns.without(CANCER, "diagnosis").columnNames();

    @Test
    void withoutBootstrapEveryMemberSeesExactlyTheUnderSamplesClassCounts() {
        RecordingClassifier recording = new RecordingClassifier();
        new BalancedBaggingClassifier().estimator(recording).bootstrap(false).nEstimators(6).seed(4)
                .fit(CANCER, "diagnosis");
        assertEquals(6, recording.fits().size());
        for (RecordingClassifier.Fit fit : recording.fits()) {
            assertEquals(Map.of("benign", 212, "malignant", 212), fit.classCounts());
            assertEquals(FEATURES, fit.columns());
        }
        RecordingClassifier counted = new RecordingClassifier();
        new BalancedBaggingClassifier().estimator(counted).bootstrap(false).nEstimators(3)
                .samplingStrategy(SamplingStrategy.counts(Map.of("benign", 100))).fit(CANCER, "diagnosis");
        counted.fits().forEach(fit -> assertEquals(Map.of("benign", 100, "malignant", 212), fit.classCounts()));
    }

    @Test
    void withBootstrapEachBagIsBalancedToItsOwnMinority() {
        RecordingClassifier recording = new RecordingClassifier();
        new BalancedBaggingClassifier().estimator(recording).nEstimators(8).seed(2).fit(CANCER, "diagnosis");
        Set<Integer> sizes = new HashSet<>();
        for (RecordingClassifier.Fit fit : recording.fits()) {
            int benign = fit.classCounts().get("benign");
            assertEquals(benign, fit.classCounts().get("malignant"));
            sizes.add(benign);
        }
        // a bootstrap bag of 569 rows holds about 212 malignant rows, rarely exactly: the sizes vary
        assertTrue(sizes.size() > 1, "bag minorities " + sizes);
    }

    @Test
    void eachMembersFeaturesHaveTheRightSizeAndNoRepeats() {
        RecordingClassifier recording = new RecordingClassifier();
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier().estimator(recording).maxFeatures(0.25)
                .nEstimators(7).seed(1).fit(CANCER, "diagnosis");
        List<int[]> features = model.estimatorsFeatures();
        assertEquals(7, features.size());
        Set<String> subsets = new HashSet<>();
        for (int[] member : features) {
            assertEquals(7, member.length); // (int) (0.25 * 30)
            assertEquals(7, Arrays.stream(member).distinct().count());
            assertTrue(Arrays.stream(member).allMatch(j -> j >= 0 && j < 30));
            subsets.add(Arrays.toString(member));
        }
        assertTrue(subsets.size() > 1, "the members draw different features");
        for (RecordingClassifier.Fit fit : recording.fits()) {
            assertEquals(7, fit.columns().size());
            assertTrue(FEATURES.containsAll(fit.columns()));
        }
        assertEquals(List.of(2, 2, 2), new BalancedBaggingClassifier().estimator(new RecordingClassifier())
                .maxFeatures(2).nEstimators(3).fit(CANCER, "diagnosis").estimatorsFeatures().stream()
                .map(f -> f.length).toList());
        // int(0.01 * 30) is 0: at least one feature, as scikit-learn's max(1, ...)
        assertEquals(List.of(1, 1), new BalancedBaggingClassifier().estimator(new RecordingClassifier())
                .maxFeatures(0.01).nEstimators(2).fit(CANCER, "diagnosis").estimatorsFeatures().stream()
                .map(f -> f.length).toList());
    }

    @Test
    void bootstrapFeaturesDrawsWithReplacementAndRenamesARepeat() {
        RecordingClassifier recording = new RecordingClassifier();
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier().estimator(recording)
                .bootstrapFeatures(true).nEstimators(4).seed(3).fit(CANCER, "diagnosis");
        boolean repeated = false;
        for (int[] member : model.estimatorsFeatures()) {
            assertEquals(30, member.length);
            repeated |= Arrays.stream(member).distinct().count() < 30;
        }
        assertTrue(repeated, "30 draws with replacement out of 30 repeat one");
        RecordingClassifier.Fit first = recording.fits().peek();
        assertEquals(first.columns().size(), new HashSet<>(first.columns()).size());
        assertTrue(first.columns().stream().anyMatch(name -> name.endsWith("#2")), first.columns().toString());
        assertEquals(CANCER.rowCount(), model.predict(Columns.without(CANCER, "diagnosis")).size());
    }

    @Test
    void aRepeatedFeaturesNameAvoidsTheTablesOwnNames() {
        assertEquals(List.of("a", "a##2", "a#2", "b", "b#2", "b#3"),
                Bagging.memberColumns(List.of("a", "a#2", "b"), new int[] {0, 0, 1, 2, 2, 2}));
    }

    @Test
    void theSameModelOnAnyNumberOfThreads() {
        BalancedBaggingClassifier bagging = new BalancedBaggingClassifier().nEstimators(9).maxFeatures(0.5).seed(7);
        List<byte[]> one = memberBytes(bagging.nJobs(1).fit(CANCER, "diagnosis"));
        for (int jobs : new int[] {2, 3, -1}) {
            List<byte[]> other = memberBytes(bagging.nJobs(jobs).fit(CANCER, "diagnosis"));
            for (int t = 0; t < one.size(); t++) {
                assertArrayEquals(one.get(t), other.get(t), "member " + t + " on " + jobs + " threads");
            }
        }
    }

    private static List<byte[]> memberBytes(BalancedBaggingClassifierModel model) {
        return model.estimators().stream().map(ModelFiles::toBytes).toList();
    }

    @Test
    void aSeededBaseGetsASeedOfItsOwnPerMember() {
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(3).seed(11);
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier().estimator(tree).nEstimators(6)
                .fit(CANCER, "diagnosis");
        Set<Long> seeds = new HashSet<>();
        for (ClassifierModel member : model.estimators()) {
            DecisionTreeClassifier fittedWith = (DecisionTreeClassifier) member.estimator();
            assertEquals(tree, fittedWith.seed(11));
            seeds.add(fittedWith.seed());
        }
        assertEquals(6, seeds.size());
    }

    @Test
    void theSeedDecidesTheModel() {
        BalancedBaggingClassifier bagging = new BalancedBaggingClassifier().nEstimators(5);
        Table features = Columns.without(CANCER, "diagnosis");
        assertTableIdentical(bagging.seed(1).fit(CANCER, "diagnosis").predictProba(features),
                bagging.seed(1).fit(CANCER, "diagnosis").predictProba(features));
        assertNotEquals(bagging.seed(1).fit(CANCER, "diagnosis").predictProba(features).doubleColumn(0).asList(),
                bagging.seed(2).fit(CANCER, "diagnosis").predictProba(features).doubleColumn(0).asList());
    }

    @Test
    void anyClassifierCanBeTheBaseAPipelineToo() {
        Table wine = Datasets.load("wine");
        BalancedBaggingClassifierModel logistic = new BalancedBaggingClassifier()
                .estimator(Pipeline.steps().transform("scale", new StandardScaler())
                        .classifier("logistic", new LogisticRegression().nJobs(1)))
                .nEstimators(4).nJobs(1).fit(wine, "cultivar");
        assertEquals(List.of("class_0", "class_1", "class_2"), logistic.classes());
        Column<?> predicted = logistic.predict(Columns.without(wine, "cultivar"));
        double accuracy = IntStream.range(0, wine.rowCount()).filter(i -> predicted.getString(i)
                .equals(wine.column("cultivar").getString(i))).count() / (double) wine.rowCount();
        assertTrue(accuracy > 0.9, "training accuracy " + accuracy);
    }

    @Test
    void defaultsAreImbalancedLearnsAndFluentMethodsReturnCopies() {
        BalancedBaggingClassifier defaults = new BalancedBaggingClassifier();
        assertEquals(new BalancedBaggingClassifier(new DecisionTreeClassifier(), 10, DrawSize.fraction(1.0),
                DrawSize.fraction(1.0), true, false, SamplingStrategy.AUTO, false, -1, 0), defaults);
        RecordingClassifier base = new RecordingClassifier();
        assertEquals(new BalancedBaggingClassifier(base, 3, DrawSize.count(50), DrawSize.fraction(0.5), false, true,
                SamplingStrategy.MAJORITY, true, 2, 9), defaults.estimator(base).nEstimators(3).maxSamples(50)
                .maxFeatures(0.5).bootstrap(false).bootstrapFeatures(true).samplingStrategy(SamplingStrategy.MAJORITY)
                .replacement(true).nJobs(2).seed(9));
        assertEquals(DrawSize.fraction(0.8), defaults.maxSamples(0.8).maxSamples());
        assertEquals(DrawSize.count(4), defaults.maxFeatures(4).maxFeatures());
        assertEquals(new BalancedBaggingClassifier(), defaults);
    }

    @Test
    void badParametersAreNamed() {
        String step = "BalancedBaggingClassifier: ";
        assertMessage(step + "estimator must not be null", () -> new BalancedBaggingClassifier().estimator(null));
        assertMessage(step + "nEstimators must be at least 1, found 0",
                () -> new BalancedBaggingClassifier().nEstimators(0));
        assertMessage(step + "nJobs must be a positive number of threads or -1",
                () -> new BalancedBaggingClassifier().nJobs(0));
        assertMessage(step + "maxSamples must be a fraction in (0, 1] or a whole count of at least 1, found the"
                + " fraction 1.5", () -> new BalancedBaggingClassifier().maxSamples(1.5));
        assertMessage(step + "maxSamples", () -> new BalancedBaggingClassifier().maxSamples(0));
        assertMessage(step + "maxFeatures", () -> new BalancedBaggingClassifier().maxFeatures(Double.NaN));
        assertMessage(step + "maxFeatures must not be null",
                () -> new BalancedBaggingClassifier().maxFeatures((DrawSize) null));
        assertMessage(step + "samplingStrategy must not be null",
                () -> new BalancedBaggingClassifier().samplingStrategy(null));
    }

    @Test
    void drawSizesBeyondTheDataAndSingleClassBagsFailAtFit() {
        assertMessage("BalancedBaggingClassifier: maxSamples 600 draws 600 of the 569 rows; expected at least 1 and"
                + " at most 569", () -> new BalancedBaggingClassifier().maxSamples(600).fit(CANCER, "diagnosis"));
        assertMessage("maxSamples 0.001 draws 0 of the 569 rows",
                () -> new BalancedBaggingClassifier().maxSamples(0.001).fit(CANCER, "diagnosis"));
        assertMessage("maxFeatures 31 draws 31 of the 30 features",
                () -> new BalancedBaggingClassifier().maxFeatures(31).fit(CANCER, "diagnosis"));
        assertMessage("'s bag of 1 rows holds the single class",
                () -> new BalancedBaggingClassifier().maxSamples(1).fit(CANCER, "diagnosis"));
        assertMessage("samplingStrategy counts({benign=400}) asks class 'benign' to go from",
                () -> new BalancedBaggingClassifier().bootstrap(false)
                        .samplingStrategy(SamplingStrategy.counts(Map.of("benign", 400))).fit(CANCER, "diagnosis"));
    }

    @Test
    void badTablesAreNamed() {
        Table infinite = CANCER.copy();
        infinite.replaceColumn("mean_area", DoubleColumn.create("mean_area",
                IntStream.range(0, CANCER.rowCount()).mapToDouble(i -> i == 42 ? Double.NEGATIVE_INFINITY : 1.0)
                        .toArray()));
        assertMessage("BalancedBaggingClassifier: feature column 'mean_area' has an infinite value in row 42",
                () -> new BalancedBaggingClassifier().fit(infinite, "diagnosis"));
        assertMessage("BalancedBaggingClassifier: cannot fit on an empty table",
                () -> new BalancedBaggingClassifier().fit(CANCER.emptyCopy(), "diagnosis"));
        Table oneClass = Table.create("one", DoubleColumn.create("x", 1, 2, 3),
                StringColumn.create("y", "a", "a", "a"));
        assertMessage("needs at least 2 classes", () -> new BalancedBaggingClassifier().fit(oneClass, "y"));
        BalancedBaggingClassifierModel model = new BalancedBaggingClassifier().nEstimators(2).fit(CANCER, "diagnosis");
        assertMessage("BalancedBaggingClassifierModel: feature column 'mean_area' has an infinite value in row 42",
                () -> model.predict(Columns.without(infinite, "diagnosis")));
        assertMessage("column 'mean_area' is missing",
                () -> model.predictProba(Columns.without(CANCER, "diagnosis").removeColumns("mean_area")));
    }
}
