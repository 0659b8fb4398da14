package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every call of every reference case under {@code metrics/curves/} (written by {@code generate_curves.py}):
 * scikit-learn 1.2.1's {@code roc_curve} (and {@code auc} of it), {@code precision_recall_curve},
 * {@code average_precision_score}, {@code matthews_corrcoef}, {@code cohen_kappa_score} and
 * {@code classification_report} (table and text), within 1e-12 with arrays of equal length; where scikit-learn raises
 * a ValueError, an IllegalArgumentException. The curves are computed from the scores as an array and from a
 * probability table, which must agree.
 */
class CurvesReferenceTest {

    private static final double TOLERANCE = 1e-12;

    static Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (ReferenceCase reference : ReferenceCase.all("metrics/curves")) {
            Table input = reference.input();
            Map<?, ?> expected = (Map<?, ?>) reference.expectedJson();
            for (Object call : (List<?>) reference.params().get("calls")) {
                Map<?, ?> parameters = (Map<?, ?>) call;
                Object id = parameters.get("id");
                calls.add(Arguments.of(reference, id, parameters, input, expected.get(id)));
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("calls")
    void matchesScikitLearn(ReferenceCase reference, String id, Map<String, Object> call, Table input, Object expected) {
        Column<?> yTrue = input.column("y_true");
        Column<?> yPred = input.column("y_pred");
        double[] scores = ((NumericColumn<?>) input.column("score")).asDoubleArray();
        Object label = call.get("pos_label");
        if (expected instanceof Map<?, ?> map && map.containsKey("error")) {
            assertThrows(IllegalArgumentException.class, () -> compute(call, yTrue, yPred, scores, label),
                    "expected " + map.get("error"));
            if (readsTable(call)) {
                assertThrows(IllegalArgumentException.class,
                        () -> compute(call, yTrue, yPred, probabilities(yTrue, scores, label), label));
            }
            return;
        }
        Object got = compute(call, yTrue, yPred, scores, label);
        if (readsTable(call)) {
            assertEquals(got, compute(call, yTrue, yPred, probabilities(yTrue, scores, label), label),
                    "the scores as an array and as a probability table");
        }
        switch ((String) call.get("function")) {
            case "roc_curve" -> {
                Map<?, ?> want = (Map<?, ?>) expected;
                RocCurve curve = (RocCurve) got;
                assertArrayClose(want.get("fpr"), curve.fpr(), "fpr");
                assertArrayClose(want.get("tpr"), curve.tpr(), "tpr");
                assertArrayClose(want.get("thresholds"), curve.thresholds(), "thresholds");
                Tolerance.assertClose(number(want.get("roc_auc")), curve.area(), TOLERANCE, "auc");
            }
            case "precision_recall_curve" -> {
                Map<?, ?> want = (Map<?, ?>) expected;
                PrecisionRecallCurve curve = (PrecisionRecallCurve) got;
                assertArrayClose(want.get("precision"), curve.precision(), "precision");
                assertArrayClose(want.get("recall"), curve.recall(), "recall");
                assertArrayClose(want.get("thresholds"), curve.thresholds(), "thresholds");
            }
            case "classification_report" -> {
                Map<?, ?> want = (Map<?, ?>) expected;
                TableAssertions.assertTableClose(report((Map<?, ?>) want.get("report")), (Table) got, TOLERANCE);
                Map<?, ?> texts = (Map<?, ?>) want.get("text");
                assertEquals(texts.get("2"), ClassificationMetrics.classificationReportText(yTrue, yPred));
                assertEquals(texts.get("4"), ClassificationMetrics.classificationReportText(yTrue, yPred, 4));
            }
            default -> Tolerance.assertClose(number(expected), (Double) got, TOLERANCE, id);
        }
    }

    /** Whether the call has a form reading a probability table: the curves (ROC with its default dropping) and AP. */
    private static boolean readsTable(Map<String, Object> call) {
        return switch ((String) call.get("function")) {
            case "roc_curve" -> (Boolean) call.get("drop_intermediate");
            case "precision_recall_curve", "average_precision_score" -> true;
            default -> false;
        };
    }

    /** The call on the scores, given as a {@code double[]} or as a probability {@link Table}. */
    private static Object compute(Map<String, Object> call, Column<?> yTrue, Column<?> yPred, Object scores,
                                  Object label) {
        String function = (String) call.get("function");
        return switch (function) {
            case "roc_curve" -> scores instanceof Table table
                    ? label == null ? RankingMetrics.rocCurve(yTrue, table) : RankingMetrics.rocCurve(yTrue, table, label)
                    : RankingMetrics.rocCurve(yTrue, (double[]) scores, label, (Boolean) call.get("drop_intermediate"));
            case "precision_recall_curve" -> scores instanceof Table table
                    ? label == null ? RankingMetrics.precisionRecallCurve(yTrue, table)
                    : RankingMetrics.precisionRecallCurve(yTrue, table, label)
                    : label == null ? RankingMetrics.precisionRecallCurve(yTrue, (double[]) scores)
                    : RankingMetrics.precisionRecallCurve(yTrue, (double[]) scores, label);
            case "average_precision_score" -> scores instanceof Table table
                    ? label == null ? RankingMetrics.averagePrecision(yTrue, table)
                    : RankingMetrics.averagePrecision(yTrue, table, label)
                    : label == null ? RankingMetrics.averagePrecision(yTrue, (double[]) scores)
                    : RankingMetrics.averagePrecision(yTrue, (double[]) scores, label);
            case "matthews_corrcoef" -> ClassificationMetrics.matthewsCorrcoef(yTrue, yPred);
            case "cohen_kappa_score" -> ClassificationMetrics.cohenKappa(yTrue, yPred, weights(call.get("weights")));
            case "classification_report" -> ClassificationMetrics.classificationReport(yTrue, yPred);
            default -> fail("no function " + function);
        };
    }

    /**
     * A probability table of one column per class of {@code yTrue} (and one for an absent label), the scores in the
     * positive class's column and their complement in the others, so that reading the wrong column shows.
     */
    private static Table probabilities(Column<?> yTrue, double[] scores, Object label) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < yTrue.size(); i++) {
            names.add(yTrue.getString(i));
        }
        List<String> sorted = yTrue instanceof NumericColumn<?> ? names.stream()
                .sorted((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b))).toList()
                : names.stream().sorted().toList();
        boolean numeric = yTrue instanceof NumericColumn<?>;
        String positive = label != null ? String.valueOf(label)
                : sorted.size() == 1 && numeric ? "1" : sorted.get(sorted.size() - 1); // the default of one number: 1
        if (!names.contains(positive)) {
            names.add(positive);
        }
        double[] complement = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            complement[i] = 1 - scores[i];
        }
        Table table = Table.create("probabilities");
        for (String name : names) {
            table.addColumns(DoubleColumn.create(name, name.equals(positive) ? scores : complement));
        }
        return table;
    }

    private static KappaWeights weights(Object name) {
        return name == null ? KappaWeights.NONE : KappaWeights.valueOf(((String) name).toUpperCase(java.util.Locale.ROOT));
    }

    private static void assertArrayClose(Object expected, double[] actual, String what) {
        List<?> want = (List<?>) expected;
        assertEquals(want.size(), actual.length, what + " length");
        for (int k = 0; k < actual.length; k++) {
            Tolerance.assertClose(number(want.get(k)), actual[k], TOLERANCE, what + "[" + k + "]");
        }
    }

    private static Table report(Map<?, ?> columns) {
        Table table = Table.create("expected");
        for (Map.Entry<?, ?> entry : columns.entrySet()) {
            String name = (String) entry.getKey();
            List<?> values = (List<?>) entry.getValue();
            if (name.equals("class")) {
                table.addColumns(StringColumn.create(name, values.stream().map(String::valueOf).toList()));
            } else if (name.equals("support")) {
                table.addColumns(IntColumn.create(name, values.stream().mapToInt(v -> ((Long) v).intValue()).toArray()));
            } else {
                table.addColumns(DoubleColumn.create(name, values.stream().mapToDouble(CurvesReferenceTest::number)
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
