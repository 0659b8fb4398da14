package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class ScoringTest {

    private static final Table FEATURES = Table.create("f", DoubleColumn.create("x", 1, 2, 3, 4));
    private static final Column<?> LABELS = StringColumn.create("y", "a", "a", "b", "b");
    private static final Column<?> NUMBERS = DoubleColumn.create("y", 1, 2, 3, 4);

    /** Predicts a, b, b, b with P(b) = 0.2, 0.6, 0.7, 0.9. */
    private static final ClassifierModel CLASSIFIER = new ClassifierModel() {
        @Override
        public TargetClasses targetClasses() {
            return TargetClasses.of("y", ColumnType.STRING, List.of("a", "b"));
        }

        @Override
        public Object estimator() {
            return "a fixed classifier";
        }

        @Override
        public Schema schema() {
            return Schema.of(FEATURES);
        }

        @Override
        public Table predictProba(Table features) {
            return Table.create("p", DoubleColumn.create("a", 0.8, 0.4, 0.3, 0.1), DoubleColumn.create("b", 0.2, 0.6, 0.7, 0.9));
        }

        @Override
        public Column<?> predict(Table features) {
            return StringColumn.create("y", "a", "b", "b", "b");
        }
    };

    /** Predicts 1, 2, 3, 6. */
    private static final PredictorModel REGRESSOR = LambdaModels.predictor(features -> DoubleColumn.create("y", 1, 2, 3, 6));

    @Test
    void classificationScoresAreThoseOfTheMetrics() {
        assertEquals(0.75, Scoring.ACCURACY.score(CLASSIFIER, FEATURES, LABELS));
        // a: precision 1, recall 0.5, F1 2/3; b: precision 2/3, recall 1, F1 0.8
        assertEquals((2.0 / 3 + 0.8) / 2, Scoring.F1_MACRO.score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        assertEquals((2.0 / 3 + 0.8) / 2, Scoring.F1_WEIGHTED.score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        assertEquals(1.0, Scoring.ROC_AUC.score(CLASSIFIER, FEATURES, LABELS));
        double logLoss = -(Math.log(0.8) + Math.log(0.4) + Math.log(0.7) + Math.log(0.9)) / 4;
        assertEquals(-logLoss, Scoring.NEG_LOG_LOSS.score(CLASSIFIER, FEATURES, LABELS), 1e-15);
    }

    @Test
    void matthewsAndAveragePrecisionAreThoseOfTheMetricsUnderScikitLearnsNames() {
        // confusion [[1, 1], [0, 2]]: (3 * 4 - 2 * 1 - 2 * 3) / sqrt((16 - 8) * (16 - 10)) = 1 / sqrt(3)
        assertEquals(1 / Math.sqrt(3), Scoring.MATTHEWS_CORRCOEF.score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        // both b rows score above both a rows: every threshold that reaches a b row has precision 1
        assertEquals(1.0, Scoring.AVERAGE_PRECISION.score(CLASSIFIER, FEATURES, LABELS));
        assertEquals(List.of("matthews_corrcoef", "average_precision"),
                List.of(Scoring.MATTHEWS_CORRCOEF.name(), Scoring.AVERAGE_PRECISION.name()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.AVERAGE_PRECISION.score(REGRESSOR, FEATURES, LABELS));
        assertTrue(e.getMessage().contains("average_precision needs a classifier"), e.getMessage());
    }

    @Test
    void imbalanceScoresAreThoseOfTheMetrics() {
        // a: recall 0.5, b: recall 1; specificity of a = recall of b and back
        assertEquals(0.75, Scoring.BALANCED_ACCURACY.score(CLASSIFIER, FEATURES, LABELS));
        assertEquals(Math.sqrt(0.5), Scoring.GEOMETRIC_MEAN.score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        assertEquals(0.75, Scoring.SENSITIVITY.score(CLASSIFIER, FEATURES, LABELS));
        assertEquals(0.75, Scoring.SPECIFICITY.score(CLASSIFIER, FEATURES, LABELS));
        assertEquals(List.of("balanced_accuracy", "geometric_mean_score", "sensitivity_macro", "specificity_macro"),
                List.of(Scoring.BALANCED_ACCURACY.name(), Scoring.GEOMETRIC_MEAN.name(), Scoring.SENSITIVITY.name(),
                        Scoring.SPECIFICITY.name()));
    }

    @Test
    void f1OfANamedPositiveClass() {
        assertEquals(0.8, Scoring.f1("b").score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        assertEquals(2.0 / 3, Scoring.f1("a").score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        assertEquals("f1(b)", Scoring.f1("b").name());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Scoring.f1("c").score(CLASSIFIER, FEATURES, LABELS));
        assertEquals("positive label c is not one of the classes [a, b]", unknown.getMessage());
        // a numeric target reads the label as a number
        PredictorModel numbers = LambdaModels.predictor(features -> IntColumn.create("y", 0, 1, 1, 1));
        Column<?> target = IntColumn.create("y", 0, 0, 1, 1);
        assertEquals(0.8, Scoring.f1("1").score(numbers, FEATURES, target), 1e-15);
        assertEquals(0.8, Scoring.f1("1.0").score(numbers, FEATURES, target), 1e-15);
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> Scoring.f1("one").score(numbers, FEATURES, target));
        assertEquals("the positive label 'one' is not a number, but the target 'y' is numeric (INTEGER)", text.getMessage());
        IllegalArgumentException multiclass = assertThrows(IllegalArgumentException.class,
                () -> Scoring.f1("1").score(REGRESSOR, FEATURES, NUMBERS));
        assertTrue(multiclass.getMessage().startsWith("average binary needs at most two classes"), multiclass.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scoring.f1(null));
    }

    @Test
    void aNamedF1TravelsSerialized() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Scoring.f1("b"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Scoring copy = (Scoring) in.readObject();
            assertEquals("f1(b)", copy.name());
            assertEquals(0.8, copy.score(CLASSIFIER, FEATURES, LABELS), 1e-15);
        }
    }

    @Test
    void errorsAreNegatedSoThatGreaterIsBetter() {
        assertEquals(-1.0, Scoring.NEG_MEAN_SQUARED_ERROR.score(REGRESSOR, FEATURES, NUMBERS));
        assertEquals(-0.5, Scoring.NEG_MEAN_ABSOLUTE_ERROR.score(REGRESSOR, FEATURES, NUMBERS));
        assertEquals(1 - 4 / 5.0, Scoring.R2.score(REGRESSOR, FEATURES, NUMBERS), 1e-15);
    }

    @Test
    void theDefaultIsAccuracyForAClassifierAndR2Otherwise() {
        assertEquals(0.75, Scoring.DEFAULT.score(CLASSIFIER, FEATURES, LABELS));
        assertEquals(0.2, Scoring.DEFAULT.score(REGRESSOR, FEATURES, NUMBERS), 1e-15);
        assertEquals("score", Scoring.DEFAULT.toString());
    }

    @Test
    void probabilityScoresNeedAClassifier() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scoring.ROC_AUC.score(REGRESSOR, FEATURES, LABELS));
        assertTrue(e.getMessage().contains("roc_auc needs a classifier"), e.getMessage());
    }

    @Test
    void aCustomScoringIsNamedAndValidated() {
        Scoring rows = Scoring.of("rows", (model, features, target) -> features.rowCount());
        assertEquals("rows", rows.name());
        assertEquals(4, rows.score(REGRESSOR, FEATURES, NUMBERS));
        assertThrows(IllegalArgumentException.class, () -> Scoring.of(null, rows.scorer()));
        assertThrows(IllegalArgumentException.class, () -> Scoring.of("none", null));
    }
}
