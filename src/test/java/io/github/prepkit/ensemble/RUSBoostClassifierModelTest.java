package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.reference.TableAssertions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RUSBoostClassifierModelTest {

    private static final Table WINE = Datasets.load("wine");
    private static final Table FEATURES = Columns.without(WINE, "cultivar");

    @Test
    void theStateRebuildsTheSameModel() {
        RUSBoostClassifierModel model = new RUSBoostClassifier().nEstimators(5).fit(WINE, "cultivar");
        RUSBoostClassifierModel rebuilt = RUSBoostClassifierModel.of(model.estimator(), model.schema(),
                model.targetClasses(), model.estimators(), model.estimatorWeights(), model.estimatorErrors());
        TableAssertions.assertTableIdentical(model.predictProba(FEATURES), rebuilt.predictProba(FEATURES));
        assertEquals(model.estimator(), rebuilt.estimator());
    }

    @Test
    void theModelRejectsStateBoostingCannotGive() {
        RUSBoostClassifierModel model = new RUSBoostClassifier().nEstimators(5).fit(WINE, "cultivar");
        assertRejected(() -> RUSBoostClassifierModel.of(null, model.schema(), model.targetClasses(),
                model.estimators(), model.estimatorWeights(), model.estimatorErrors()),
                "RUSBoostClassifierModel: estimator");
        assertRejected(() -> RUSBoostClassifierModel.of(model.estimator(), model.schema(), model.targetClasses(),
                model.estimators(), new double[] {1, 1, 1, 1, 2}, model.estimatorErrors()),
                "RUSBoostClassifierModel: round 4 has a member, so it needs a positive weight (1 with SAMME_R)");
    }

    @Test
    void itPrintsItsColumnsMembersAndClasses() {
        RUSBoostClassifierModel model = new RUSBoostClassifier().nEstimators(2).fit(WINE, "cultivar");
        assertEquals("RUSBoostClassifierModel on [alcohol, malic_acid, ash, alcalinity_of_ash, magnesium,"
                + " total_phenols, ... (13)]: 2 members (DecisionTreeClassifierModel), SAMME_R, classes [class_0, class_1,"
                + " class_2]", model.toString());
    }
}
