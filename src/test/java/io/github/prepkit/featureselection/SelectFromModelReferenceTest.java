package io.github.prepkit.featureselection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeRegressor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The reference cases {@code feature_selection/sfm_*} and {@code rfe_*} (written by
 * {@code generate_select_from_model.py}): scikit-learn 1.2.1's SelectFromModel (weights and threshold_ 1e-6, support
 * and kept names equal) and RFE (ranking_, support and kept names equal) around linear and logistic regressions and
 * decision trees.
 */
class SelectFromModelReferenceTest {

    /** The logistic regressions' solvers agree to about 1e-8; the linear ones and the trees far closer. */
    private static final double WEIGHTS = 1e-6;

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("feature_selection").stream()
                .filter(c -> Set.of("SelectFromModel", "RFE").contains(String.valueOf(c.params().get("class")))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        Table input = reference.input();
        Table features = Columns.without(input, "y");
        Column<?> target = input.column("y");
        Predictor<?> estimator = estimator((Map<String, Object>) params.get("estimator"));
        if (params.get("class").equals("SelectFromModel")) {
            List<Map<String, Object>> selections = (List<Map<String, Object>>) params.get("selections");
            List<Map<String, Object>> results = (List<Map<String, Object>>) expected.get("selections");
            for (int s = 0; s < selections.size(); s++) {
                SelectFromModel selector = new SelectFromModel(estimator)
                        .threshold(threshold((String) selections.get(s).get("threshold")));
                Object maxFeatures = selections.get(s).get("max_features");
                if (maxFeatures != null) {
                    selector = selector.maxFeatures(((Number) maxFeatures).intValue());
                }
                SelectFromModelModel model = selector.fit(features, target);
                String what = "selection " + selections.get(s);
                assertNumbers(expected.get("weights"), model.weights(), what + ": weights");
                Tolerance.assertClose(number(results.get(s).get("threshold")), model.threshold(), WEIGHTS,
                        what + ": threshold");
                assertArrayEquals(booleans(results.get(s).get("support")), model.support(), what + ": support");
                assertEquals(results.get(s).get("names"), model.transform(features).columnNames(), what + ": names");
            }
            return;
        }
        List<Map<String, Object>> runs = (List<Map<String, Object>>) params.get("runs");
        List<Map<String, Object>> results = (List<Map<String, Object>>) expected.get("runs");
        for (int r = 0; r < runs.size(); r++) {
            RFE selector = new RFE(estimator).step(number(runs.get(r).get("step")));
            Object select = runs.get(r).get("n_features_to_select");
            if (select instanceof Long count) {
                selector = selector.nFeaturesToSelect(count.intValue());
            } else if (select != null) {
                selector = selector.nFeaturesToSelect(number(select));
            }
            RFEModel model = selector.fit(features, target);
            String what = "run " + runs.get(r);
            assertArrayEquals(((List<?>) results.get(r).get("ranking")).stream().mapToInt(v -> ((Number) v).intValue())
                    .toArray(), model.ranking(), what + ": ranking");
            assertArrayEquals(booleans(results.get(r).get("support")), model.support(), what + ": support");
            assertEquals(results.get(r).get("names"), model.transform(features).columnNames(), what + ": names");
        }
    }

    private static Predictor<?> estimator(Map<String, Object> spec) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) spec.get("params");
        return switch ((String) spec.get("class")) {
            case "LinearRegression" -> new LinearRegression();
            case "LogisticRegression" -> new LogisticRegression().tol(number(params.get("tol")))
                    .maxIter(((Number) params.get("max_iter")).intValue()).nJobs(1);
            case "DecisionTreeClassifier" -> new DecisionTreeClassifier()
                    .maxDepth(((Number) params.get("max_depth")).intValue()).seed(0);
            case "DecisionTreeRegressor" -> new DecisionTreeRegressor()
                    .maxDepth(((Number) params.get("max_depth")).intValue()).seed(0);
            default -> throw new IllegalArgumentException("no estimator for " + spec);
        };
    }

    /** scikit-learn's threshold text: "mean", "median", "1.25*mean", a number or "-inf". */
    static Threshold threshold(String text) {
        String[] parts = text.split("\\*");
        String reference = parts[parts.length - 1];
        Threshold base = switch (reference) {
            case "mean" -> Threshold.mean();
            case "median" -> Threshold.median();
            case "-inf" -> Threshold.of(Double.NEGATIVE_INFINITY);
            default -> Threshold.of(Double.parseDouble(reference));
        };
        return parts.length == 2 ? base.times(Double.parseDouble(parts[0])) : base;
    }

    /** A number of the case: infinity is written as text. */
    private static double number(Object value) {
        return value instanceof String text ? Double.parseDouble(text) : ((Number) value).doubleValue();
    }

    private static void assertNumbers(Object expected, double[] actual, String what) {
        List<?> values = (List<?>) expected;
        assertEquals(values.size(), actual.length, what + ": length");
        for (int j = 0; j < actual.length; j++) {
            Tolerance.assertClose(number(values.get(j)), actual[j], WEIGHTS, what + "[" + j + "]");
        }
    }

    private static boolean[] booleans(Object expected) {
        List<?> values = (List<?>) expected;
        boolean[] flags = new boolean[values.size()];
        for (int j = 0; j < flags.length; j++) {
            flags[j] = (Boolean) values.get(j);
        }
        return flags;
    }
}
