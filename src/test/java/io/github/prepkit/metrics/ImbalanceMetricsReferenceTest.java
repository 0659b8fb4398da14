package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.base.LambdaModels;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.selection.Scoring;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every call of every reference case under {@code metrics/} (written by {@code generate_imbalance_metrics.py}):
 * imbalanced-learn 0.10.0's sensitivity, specificity, geometric mean and imbalanced classification report, scikit-learn
 * 1.2.1's precision, recall, F1, accuracy and balanced accuracy, and the scorers built on them, within 1e-12; where
 * the libraries raise a ValueError, an IllegalArgumentException.
 */
class ImbalanceMetricsReferenceTest {

    private static final double TOLERANCE = 1e-12;
    private static final Table NO_FEATURES = Table.create("features");
    /** Each case's input and expected results, read once for all its calls. */
    private static final Map<String, Table> INPUTS = new ConcurrentHashMap<>();
    private static final Map<String, Object> EXPECTED = new ConcurrentHashMap<>();

    static Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (ReferenceCase reference : ReferenceCase.all("metrics")) {
            if (!Files.exists(reference.directory().resolve("params.json"))) {
                continue; // a folder of other cases (metrics/curves), read by their own test
            }
            for (Object call : (List<?>) reference.params().get("calls")) {
                Map<?, ?> parameters = (Map<?, ?>) call;
                calls.add(Arguments.of(reference, parameters.get("id"), parameters));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("calls")
    void matchesImbalancedLearn(ReferenceCase reference, String id, Map<String, Object> call) {
        Table input = INPUTS.computeIfAbsent(reference.id(), key -> reference.input());
        Column<?> yTrue = input.column("y_true");
        Column<?> yPred = input.column("y_pred");
        Object expected = ((Map<?, ?>) EXPECTED.computeIfAbsent(reference.id(), key -> reference.expectedJson())).get(id);
        if (expected instanceof Map<?, ?> map && map.containsKey("error")) {
            assertThrows(IllegalArgumentException.class, () -> compute(call, yTrue, yPred), "expected " + map.get("error"));
        } else if (expected instanceof Map<?, ?> map && map.containsKey("per_class")) {
            Map<?, ?> want = (Map<?, ?>) map.get("per_class");
            Map<?, ?> got = (Map<?, ?>) compute(call, yTrue, yPred);
            assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "classes");
            for (Object label : want.keySet()) {
                Tolerance.assertClose(number(want.get(label)), (Double) got.get(label), TOLERANCE, "class " + label);
            }
        } else if (expected instanceof Map<?, ?> map && map.containsKey("report")) {
            Table got = (Table) compute(call, yTrue, yPred);
            TableAssertions.assertTableClose(report((Map<?, ?>) map.get("report")), got, TOLERANCE);
        } else {
            Tolerance.assertClose(number(expected), (Double) compute(call, yTrue, yPred), TOLERANCE, id);
        }
    }

    private static Object compute(Map<String, Object> call, Column<?> yTrue, Column<?> yPred) {
        String function = (String) call.get("function");
        return switch (function) {
            case "accuracy_score" -> ClassificationMetrics.accuracy(yTrue, yPred);
            case "balanced_accuracy_score" -> ClassificationMetrics.balancedAccuracy(yTrue, yPred,
                    (Boolean) call.get("adjusted"));
            case "classification_report_imbalanced" -> ImbalanceMetrics.classificationReportImbalanced(yTrue, yPred,
                    (Double) call.get("alpha"));
            case "scorer" -> scoring(call).score(LambdaModels.predictor(features -> yPred), NO_FEATURES, yTrue);
            default -> averaged(function, call, yTrue, yPred);
        };
    }

    private static Object averaged(String function, Map<String, Object> call, Column<?> yTrue, Column<?> yPred) {
        String average = (String) call.get("average");
        if (average == null) {
            return switch (function) {
                case "sensitivity_score" -> ImbalanceMetrics.sensitivityPerClass(yTrue, yPred);
                case "specificity_score" -> ImbalanceMetrics.specificityPerClass(yTrue, yPred);
                case "geometric_mean_score" -> ImbalanceMetrics.geometricMeanScorePerClass(yTrue, yPred);
                default -> fail("no per-class " + function);
            };
        }
        if (average.equals("multiclass")) {
            Object correction = call.get("correction");
            return correction == null ? ImbalanceMetrics.geometricMeanScore(yTrue, yPred)
                    : ImbalanceMetrics.geometricMeanScore(yTrue, yPred, (Double) correction);
        }
        Average how = switch (average) {
            case "binary" -> Average.binary(call.get("pos_label"));
            case "macro" -> Average.MACRO;
            case "weighted" -> Average.WEIGHTED;
            case "micro" -> Average.MICRO;
            default -> fail("no average " + average);
        };
        return switch (function) {
            case "sensitivity_score" -> ImbalanceMetrics.sensitivity(yTrue, yPred, how);
            case "specificity_score" -> ImbalanceMetrics.specificity(yTrue, yPred, how);
            case "geometric_mean_score" -> ImbalanceMetrics.geometricMeanScore(yTrue, yPred, how);
            case "precision_score" -> ClassificationMetrics.precision(yTrue, yPred, how);
            case "recall_score" -> ClassificationMetrics.recall(yTrue, yPred, how);
            case "f1_score" -> ClassificationMetrics.f1(yTrue, yPred, how);
            default -> fail("no function " + function);
        };
    }

    /** The scoring the case names, whose name must be the Python scorer's (but f1's, named after its label). */
    private static Scoring scoring(Map<String, Object> call) {
        String name = (String) call.get("scorer");
        Scoring scoring = switch (name) {
            case "balanced_accuracy" -> Scoring.BALANCED_ACCURACY;
            case "geometric_mean_score" -> Scoring.GEOMETRIC_MEAN;
            case "sensitivity_macro" -> Scoring.SENSITIVITY;
            case "specificity_macro" -> Scoring.SPECIFICITY;
            case "f1_pos_label" -> Scoring.f1(String.valueOf(call.get("pos_label")));
            default -> fail("no scorer " + name);
        };
        if (!name.equals("f1_pos_label")) {
            assertEquals(name, scoring.name());
        }
        return scoring;
    }

    private static Table report(Map<?, ?> columns) {
        Table table = Table.create("expected");
        for (Map.Entry<?, ?> entry : columns.entrySet()) {
            String name = (String) entry.getKey();
            List<?> values = (List<?>) entry.getValue();
            assertFalse(values.isEmpty(), name);
            if (name.equals("class")) {
                table.addColumns(StringColumn.create(name, values.stream().map(String::valueOf).toList()));
            } else if (name.equals("sup")) {
                table.addColumns(IntColumn.create(name, values.stream().mapToInt(v -> ((Long) v).intValue()).toArray()));
            } else {
                table.addColumns(DoubleColumn.create(name, values.stream().mapToDouble(ImbalanceMetricsReferenceTest::number)
                        .toArray()));
            }
        }
        return table;
    }

    /** A JSON number, or NaN and the infinities written as "nan", "inf" and "-inf". */
    private static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return switch ((String) value) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> fail("not a number: " + value);
        };
    }
}
