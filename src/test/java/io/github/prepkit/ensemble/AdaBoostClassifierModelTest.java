package io.github.prepkit.ensemble;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AdaBoostClassifierModelTest {

    private static final Table CANCER = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture",
            "mean_smoothness", "diagnosis");
    private static final Table FEATURES = Columns.without(CANCER, "diagnosis");
    private static final String STEP = "AdaBoostClassifierModel: ";

    @Test
    void theStateRebuildsTheSameModel() {
        AdaBoostClassifierModel model = new AdaBoostClassifier().algorithm(Algorithm.SAMME).nEstimators(6)
                .fit(CANCER, "diagnosis");
        AdaBoostClassifierModel rebuilt = AdaBoostClassifierModel.of(model.estimator(), model.schema(),
                model.targetClasses(), model.estimators(), model.estimatorWeights(), model.estimatorErrors());
        TableAssertions.assertTableIdentical(model.decisionFunction(FEATURES), rebuilt.decisionFunction(FEATURES));
        TableAssertions.assertTableIdentical(model.predictProba(FEATURES), rebuilt.predictProba(FEATURES));
        assertEquals(model.estimator(), rebuilt.estimator());
    }

    @Test
    void accessorsReturnCopies() {
        AdaBoostClassifierModel model = new AdaBoostClassifier().nEstimators(3).fit(CANCER, "diagnosis");
        model.estimatorWeights()[0] = 99;
        model.estimatorErrors()[0] = 99;
        assertEquals(1, model.estimatorWeights()[0]);
        assertTrue(model.estimatorErrors()[0] < 1);
        List<ClassifierModel> members = model.estimators();
        assertThrows(UnsupportedOperationException.class, () -> members.remove(0));
    }

    @Test
    void theModelRejectsStateBoostingCannotGive() {
        AdaBoostClassifierModel model = new AdaBoostClassifier().algorithm(Algorithm.SAMME).nEstimators(4)
                .fit(CANCER, "diagnosis");
        AdaBoostClassifier estimator = model.estimator();
        List<ClassifierModel> members = model.estimators();
        double[] weights = model.estimatorWeights();
        double[] errors = model.estimatorErrors();
        assertRejected(() -> AdaBoostClassifierModel.of(null, model.schema(), model.targetClasses(), members, weights,
                errors), STEP + "estimator");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator.nEstimators(3), model.schema(), model.targetClasses(),
                members, weights, errors), STEP + "estimators must hold 1 to nEstimators (3) fitted members, found 4");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator, model.schema(), model.targetClasses(), List.of(),
                weights, errors), STEP + "estimators must hold 1 to nEstimators");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator, model.schema(), model.targetClasses(), members,
                new double[] {1, 1}, errors), STEP + "estimatorWeights must hold 4 values, found 2");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator, model.schema(), model.targetClasses(), members,
                new double[] {1, 1, 1, -1}, errors), STEP + "round 3 has a member, so it needs a positive weight");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator.algorithm(Algorithm.SAMME_R), model.schema(),
                model.targetClasses(), members, weights, errors), "(1 with SAMME_R)");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator.nEstimators(5), model.schema(), model.targetClasses(),
                members, new double[] {1, 1, 1, 1, 0.5}, new double[] {0.1, 0.1, 0.1, 0.1, 1}),
                STEP + "round 4 has no member, so it needs weight 0 and error 1; found weight 0.5 and error 1.0");
        assertRejected(() -> AdaBoostClassifierModel.of(estimator, model.schema(), model.targetClasses(), members,
                weights, new double[] {0.1, 0.1, 0.1, 1.5}), "an error in [0, 1]");
        List<ClassifierModel> foreign = new ArrayList<>(members);
        foreign.set(1, new KNeighborsClassifier().nJobs(1).fit(CANCER, "diagnosis"));
        assertRejected(() -> AdaBoostClassifierModel.of(estimator, model.schema(), model.targetClasses(), foreign,
                weights, errors), STEP + "member 1 must be a DecisionTreeClassifier fitted on the model's columns");
        List<ClassifierModel> otherColumns = new ArrayList<>(members);
        otherColumns.set(0, new DecisionTreeClassifier().maxDepth(1).fit(Datasets.load("breast_cancer"), "diagnosis"));
        assertRejected(() -> AdaBoostClassifierModel.of(estimator, model.schema(), model.targetClasses(), otherColumns,
                weights, errors), STEP + "member 0 must be a DecisionTreeClassifier fitted on the model's columns");
    }

    @Test
    void itPrintsItsColumnsMembersAndClasses() {
        AdaBoostClassifierModel model = new AdaBoostClassifier().nEstimators(3).fit(CANCER, "diagnosis");
        assertEquals("AdaBoostClassifierModel on [mean_radius, mean_texture, mean_smoothness]: 3 members"
                + " (DecisionTreeClassifierModel), SAMME_R, classes [benign, malignant]", model.toString());
    }
}
