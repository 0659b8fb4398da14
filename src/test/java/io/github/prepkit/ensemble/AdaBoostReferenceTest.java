package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.Tolerance;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The cases of {@code generate_adaboost.py}: scikit-learn 1.2.1's AdaBoostClassifier (SAMME and SAMME.R, two to four
 * classes, stumps and trees of depth 2, learning rates other than 1, starting sample weights, a perfect first member)
 * on data where no exact tie between features decides a member. The decision function, predict_proba,
 * estimator_weights_ and estimator_errors_ within 1e-9, the same number of members and the same predictions.
 */
class AdaBoostReferenceTest {

    private static final double TOLERANCE = 1e-9;

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("ensemble/adaboost");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void boostsAsScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        String target = (String) params.get("target");
        String weight = (String) params.get("weight");
        Table input = reference.input();
        Table features = input.copy().removeColumns(target);
        AdaBoostClassifier boosting = boosting((Map<String, Object>) params.get("params"));
        AdaBoostClassifierModel model;
        if (weight == null) {
            model = boosting.fit(features, input.column(target));
        } else {
            model = boosting.fit(features.removeColumns(weight), input.column(target),
                    input.numberColumn(weight).asDoubleArray());
        }
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        assertEquals(((Long) expected.get("members")).intValue(), model.estimators().size(), "members");
        assertArrayClose((List<Number>) expected.get("estimator_weights"), model.estimatorWeights(), "weights");
        assertArrayClose((List<Number>) expected.get("estimator_errors"), model.estimatorErrors(), "errors");

        Table query = reference.table("query.csv");
        Table want = reference.expected();
        Table decision = model.decisionFunction(query);
        Table proba = model.predictProba(query);
        List<String> classes = model.classes();
        Column<?> predicted = model.predict(query);
        for (int i = 0; i < query.rowCount(); i++) {
            assertEquals(want.column("prediction").getString(i), predicted.getString(i), "row " + i);
            for (int k = 0; k < classes.size(); k++) {
                String c = classes.get(k);
                if (classes.size() > 2) {
                    assertClose(want, "decision_" + c, i, decision.numberColumn(c).getDouble(i));
                }
                assertClose(want, "proba_" + c, i, proba.numberColumn(c).getDouble(i));
            }
            if (classes.size() == 2) {
                assertClose(want, "decision", i, decision.numberColumn(0).getDouble(i));
            }
        }
    }

    private static void assertClose(Table want, String column, int row, double actual) {
        Tolerance.assertClose(want.numberColumn(column).getDouble(row), actual, TOLERANCE, column + ", row " + row);
    }

    private static void assertArrayClose(List<Number> expected, double[] actual, String what) {
        assertEquals(expected.size(), actual.length, what);
        for (int m = 0; m < actual.length; m++) {
            Tolerance.assertClose(expected.get(m).doubleValue(), actual[m], TOLERANCE, what + "[" + m + "]");
        }
    }

    /** The estimator with the case's parameters, under scikit-learn's names; the others its defaults. */
    private static AdaBoostClassifier boosting(Map<String, Object> params) {
        AdaBoostClassifier boosting = new AdaBoostClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            boosting = switch (entry.getKey()) {
                case "algorithm" -> boosting.algorithm("SAMME".equals(value) ? AdaBoostClassifier.Algorithm.SAMME
                        : AdaBoostClassifier.Algorithm.SAMME_R);
                case "learning_rate" -> boosting.learningRate(((Number) value).doubleValue());
                case "n_estimators" -> boosting.nEstimators(Math.toIntExact((Long) value));
                case "estimator_max_depth" -> boosting.estimator(
                        new DecisionTreeClassifier().maxDepth(Math.toIntExact((Long) value)));
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return boosting;
    }
}
