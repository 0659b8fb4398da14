package io.github.prepkit.ensemble;

import static io.github.prepkit.ensemble.RandomForestClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What every bagging model does, on members made by hand through {@link BalancedBaggingClassifierModel#of}. */
class BaggingClassifierModelTest {

    private static final Table FEATURES = Table.create("f", DoubleColumn.create("x", 1, 2, 3, 4),
            DoubleColumn.create("z", 5, 6, 7, 8));
    private static final Schema SCHEMA = Schema.of(FEATURES);
    private static final TargetClasses CLASSES = TargetClasses.of("y", ColumnType.STRING, List.of("a", "b", "c"));
    private static final RecordingClassifier RECORDING = new RecordingClassifier();
    private static final BalancedBaggingClassifier BAGGING = new BalancedBaggingClassifier().estimator(RECORDING)
            .nEstimators(2).maxFeatures(1);
    private static final List<int[]> X_THEN_Z = List.of(new int[] {0}, new int[] {1});

    /** Member 0 saw classes a, a, b on column x; member 1 saw a, b, c, c on column z. */
    private static List<ClassifierModel> members() {
        return List.of(RECORDING.fit(FEATURES.selectColumns("x").first(3), StringColumn.create("y", "a", "a", "b")),
                RECORDING.fit(FEATURES.selectColumns("z"), StringColumn.create("y", "a", "b", "c", "c")));
    }

    @Test
    void probabilitiesAreTheMembersMeanAClassAMemberNeverSawCountingZero() {
        BaggingClassifierModel model = BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES, members(), X_THEN_Z);
        Table proba = model.predictProba(FEATURES);
        assertEquals(List.of("a", "b", "c"), proba.columnNames());
        for (int i = 0; i < 4; i++) {
            assertEquals((2.0 / 3 + 0.25) / 2, proba.doubleColumn("a").getDouble(i), 1e-15);
            assertEquals((1.0 / 3 + 0.25) / 2, proba.doubleColumn("b").getDouble(i), 1e-15);
            assertEquals(0.25, proba.doubleColumn("c").getDouble(i), 1e-15);
        }
        assertEquals(List.of("a", "a", "a", "a"), model.predict(FEATURES).asList());
        assertEquals("y", model.predict(FEATURES).name());
    }

    @Test
    void theModelPrintsItsPartsAndKeepsItsMembers() {
        BaggingClassifierModel model = BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES, members(), X_THEN_Z);
        assertEquals("BalancedBaggingClassifierModel on [x, z]: 2 members (Model), classes [a, b, c]",
                model.toString());
        assertEquals(2, model.estimators().size());
        assertEquals(SCHEMA, model.schema());
        assertEquals(CLASSES, model.targetClasses());
    }

    @Test
    void theStateIsCheckedAsAFitMakesIt() {
        assertMessage("BalancedBaggingClassifierModel: the estimator's nEstimators is 2, found 1 estimators",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES, members().subList(0, 1),
                        List.of(new int[] {0})));
        assertMessage("member 1 must see 1 features (maxFeatures 1 of 2), found 2",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES, members(),
                        List.of(new int[] {0}, new int[] {0, 1})));
        assertMessage("member 1's feature 2 is not an index of the 2 feature columns",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES, members(),
                        List.of(new int[] {0}, new int[] {2})));
        assertMessage("member 1 must be fitted on the columns [x: DOUBLE], found [z: DOUBLE]",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES, members(),
                        List.of(new int[] {0}, new int[] {0})));
        assertMessage("member 0 was fitted by RecordingClassifier",
                () -> BalancedBaggingClassifierModel.of(BAGGING.estimator(new RecordingClassifier()), SCHEMA, CLASSES,
                        members(), X_THEN_Z));
        assertMessage("member 1's class 'c' is not one of the ensemble's classes [a, b]",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA,
                        TargetClasses.of("y", ColumnType.STRING, List.of("a", "b")), members(), X_THEN_Z));
        assertMessage("member 0 learned target 'y', the ensemble 'label'",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA,
                        TargetClasses.of("label", ColumnType.STRING, List.of("a", "b", "c")), members(), X_THEN_Z));
        assertMessage("member 0's features must be ascending and distinct (bootstrapFeatures is false), found 0"
                + " before 0", () -> BalancedBaggingClassifierModel.of(BAGGING.maxFeatures(2), SCHEMA, CLASSES,
                        members(), List.of(new int[] {0, 0}, new int[] {0, 1})));
        assertMessage("BalancedBaggingClassifierModel: estimators must not contain null",
                () -> BalancedBaggingClassifierModel.of(BAGGING, SCHEMA, CLASSES,
                        Arrays.asList(members().get(0), null), X_THEN_Z));
        assertMessage("a classifier needs at least 2 classes", () -> BalancedBaggingClassifierModel.of(BAGGING,
                SCHEMA, TargetClasses.of("y", ColumnType.STRING, List.of("a")), members(), X_THEN_Z));
    }
}
