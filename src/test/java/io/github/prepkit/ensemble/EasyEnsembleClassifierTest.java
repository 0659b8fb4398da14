package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class EasyEnsembleClassifierTest {

    private static final Table CANCER = Datasets.load("breast_cancer");
    private static final List<String> FEATURES = Columns.without(CANCER, "diagnosis").columnNames();

    @Test
    void eachMemberLearnsFromAnUnderSampleOfAllTheRowsOnEveryFeature() {
        RecordingClassifier recording = new RecordingClassifier();
        new EasyEnsembleClassifier().estimator(recording).nEstimators(5).fit(CANCER, "diagnosis");
        assertEquals(5, recording.fits().size());
        for (RecordingClassifier.Fit fit : recording.fits()) {
            assertEquals(Map.of("benign", 212, "malignant", 212), fit.classCounts());
            assertEquals(FEATURES, fit.columns());
        }
        RecordingClassifier counted = new RecordingClassifier();
        new EasyEnsembleClassifier().estimator(counted).nEstimators(2)
                .samplingStrategy(SamplingStrategy.counts(Map.of("benign", 300))).fit(CANCER, "diagnosis");
        counted.fits().forEach(fit -> assertEquals(Map.of("benign", 300, "malignant", 212), fit.classCounts()));
    }

    @Test
    void itIsTheBalancedBaggingOfItsLearnersMemberForMember() {
        EasyEnsembleClassifier easy = new EasyEnsembleClassifier().estimator(new AdaBoostClassifier().nEstimators(5))
                .nEstimators(3).seed(4);
        EasyEnsembleClassifierModel model = easy.fit(CANCER, "diagnosis");
        BalancedBaggingClassifierModel bagging = new BalancedBaggingClassifier()
                .estimator(new AdaBoostClassifier().nEstimators(5)).nEstimators(3).bootstrap(false).seed(4)
                .fit(CANCER, "diagnosis");
        for (int t = 0; t < 3; t++) {
            assertArrayEquals(ModelFiles.toBytes(bagging.estimators().get(t)),
                    ModelFiles.toBytes(model.estimators().get(t)), "member " + t);
        }
        Table features = Columns.without(CANCER, "diagnosis");
        assertEquals(bagging.predictProba(features).doubleColumn(0).asList(),
                model.predictProba(features).doubleColumn(0).asList());
    }

    @Test
    void theSameModelOnAnyNumberOfThreadsAndEachMemberItsOwnSeed() {
        EasyEnsembleClassifier easy = new EasyEnsembleClassifier().estimator(new AdaBoostClassifier().nEstimators(4))
                .nEstimators(6).seed(2);
        EasyEnsembleClassifierModel one = easy.nJobs(1).fit(CANCER, "diagnosis");
        EasyEnsembleClassifierModel two = easy.nJobs(2).fit(CANCER, "diagnosis");
        Set<Long> seeds = new HashSet<>();
        for (int t = 0; t < 6; t++) {
            assertArrayEquals(ModelFiles.toBytes(one.estimators().get(t)), ModelFiles.toBytes(two.estimators().get(t)));
            seeds.add(((AdaBoostClassifier) one.estimators().get(t).estimator()).seed());
        }
        assertEquals(6, seeds.size());
    }

    @Test
    void defaultsAreImbalancedLearnsAndFluentMethodsReturnCopies() {
        EasyEnsembleClassifier defaults = new EasyEnsembleClassifier();
        assertEquals(new EasyEnsembleClassifier(10, new AdaBoostClassifier(), SamplingStrategy.AUTO, false, -1, 0),
                defaults);
        DecisionTreeClassifier tree = new DecisionTreeClassifier().maxDepth(2);
        assertEquals(new EasyEnsembleClassifier(4, tree, SamplingStrategy.ALL, true, 2, 7), defaults.nEstimators(4)
                .estimator(tree).samplingStrategy(SamplingStrategy.ALL).replacement(true).nJobs(2).seed(7));
        assertEquals(new BalancedBaggingClassifier().estimator(tree).nEstimators(4).bootstrap(false)
                .samplingStrategy(SamplingStrategy.ALL).replacement(true).nJobs(2).seed(7),
                defaults.nEstimators(4).estimator(tree).samplingStrategy(SamplingStrategy.ALL).replacement(true)
                        .nJobs(2).seed(7).bagging());
        assertEquals(new EasyEnsembleClassifier(), defaults);
    }

    @Test
    void badParametersAndTablesAreNamed() {
        String step = "EasyEnsembleClassifier: ";
        assertMessage(step + "nEstimators must be at least 1, found 0",
                () -> new EasyEnsembleClassifier().nEstimators(0));
        assertMessage(step + "nJobs must be a positive number", () -> new EasyEnsembleClassifier().nJobs(-2));
        assertMessage(step + "estimator must not be null", () -> new EasyEnsembleClassifier().estimator(null));
        assertMessage(step + "samplingStrategy must not be null",
                () -> new EasyEnsembleClassifier().samplingStrategy(null));
        assertMessage(step + "cannot fit on an empty table",
                () -> new EasyEnsembleClassifier().fit(CANCER.emptyCopy(), "diagnosis"));
        assertMessage("samplingStrategy ratio(0.5) asks class", () -> new EasyEnsembleClassifier()
                .samplingStrategy(SamplingStrategy.ratio(0.5)).nEstimators(1).fit(CANCER, "diagnosis"));
        ClassifierModel model = new EasyEnsembleClassifier().estimator(new RecordingClassifier()).nEstimators(2)
                .fit(CANCER, "diagnosis");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> model.predict(Columns.without(CANCER, "diagnosis").removeColumns("mean_area")));
        assertTrue(e.getMessage().startsWith("EasyEnsembleClassifierModel: "), e.getMessage());
    }
}
