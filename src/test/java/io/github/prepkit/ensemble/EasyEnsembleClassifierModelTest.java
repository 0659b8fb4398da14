package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import io.github.prepkit.persist.ModelFiles;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class EasyEnsembleClassifierModelTest {

    private static final Table CANCER = Datasets.load("breast_cancer");
    private static final Table FEATURES = Columns.without(CANCER, "diagnosis");
    private static final EasyEnsembleClassifier EASY = new EasyEnsembleClassifier()
            .estimator(new AdaBoostClassifier().nEstimators(6)).nEstimators(3).seed(1);

    @Test
    void savesAndLoadsBitForBitWithItsBoostedMembers() {
        EasyEnsembleClassifierModel model = EASY.fit(CANCER, "diagnosis");
        byte[] file = ModelFiles.toBytes(model);
        EasyEnsembleClassifierModel loaded = ModelFiles.fromBytes(file, EasyEnsembleClassifierModel.class);
        assertArrayEquals(file, ModelFiles.toBytes(loaded));
        assertTableIdentical(model.predictProba(FEATURES), loaded.predictProba(FEATURES));
        assertEquals(EASY, loaded.estimator());
    }

    @Test
    void theFactoryRebuildsAFitAndRefusesForeignMembers() {
        EasyEnsembleClassifierModel model = EASY.fit(CANCER, "diagnosis");
        EasyEnsembleClassifierModel rebuilt = EasyEnsembleClassifierModel.of(EASY, model.schema(),
                model.targetClasses(), model.estimators());
        assertTableIdentical(model.predictProba(FEATURES), rebuilt.predictProba(FEATURES));
        assertEquals("EasyEnsembleClassifierModel on [mean_radius, mean_texture, mean_perimeter, mean_area,"
                + " mean_smoothness, mean_compactness, ... (30)]: 3 members (AdaBoostClassifierModel), classes"
                + " [benign, malignant]", model.toString());
        assertMessage("EasyEnsembleClassifierModel: member 0 was fitted by",
                () -> EasyEnsembleClassifierModel.of(EASY.estimator(new AdaBoostClassifier().nEstimators(7)),
                        model.schema(), model.targetClasses(), model.estimators()));
        assertMessage("EasyEnsembleClassifierModel: the estimator's nEstimators is 4, found 3 estimators",
                () -> EasyEnsembleClassifierModel.of(EASY.nEstimators(4), model.schema(), model.targetClasses(),
                        model.estimators()));
        assertMessage("member 0 must be fitted on the columns [mean_radius: DOUBLE]",
                () -> EasyEnsembleClassifierModel.of(EASY, Schema.of(FEATURES.selectColumns("mean_radius")),
                        model.targetClasses(), model.estimators()));
        assertMessage("EasyEnsembleClassifierModel: estimator must not be null",
                () -> EasyEnsembleClassifierModel.of(null, model.schema(), model.targetClasses(), model.estimators()));
    }
}
