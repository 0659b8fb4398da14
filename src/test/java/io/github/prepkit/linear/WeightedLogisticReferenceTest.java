package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.WeightCases;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code weights/logistic_*} cases of {@code generate_weights.py}: scikit-learn 1.2.1's LogisticRegression with
 * balanced and given class weights (binary, multinomial, one-vs-rest), integer, fractional and zero sample weights,
 * solved to rounding; coefficients, intercepts and predict_proba of the query rows to 1e-6.
 */
class WeightedLogisticReferenceTest {

    static List<ReferenceCase> cases() {
        return WeightCases.named("logistic_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void coefficientsAndProbabilitiesAreScikitLearns(ReferenceCase reference) {
        LogisticRegression estimator = logistic((Map<String, Object>) reference.params().get("params")).tol(1e-10);
        double[] weights = WeightCases.sampleWeight(reference);
        LogisticRegressionModel model = weights == null
                ? estimator.fit(WeightCases.features(reference), WeightCases.target(reference))
                : estimator.fit(WeightCases.features(reference), WeightCases.target(reference), weights);
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        List<List<Double>> coef = (List<List<Double>>) expected.get("coef");
        List<Double> intercept = (List<Double>) expected.get("intercept");
        double[][] coefficients = model.coefficientMatrix();
        assertEquals(coef.size(), coefficients.length, reference + ": coefficient rows");
        for (int k = 0; k < coef.size(); k++) {
            for (int j = 0; j < coef.get(k).size(); j++) {
                assertEquals(coef.get(k).get(j), coefficients[k][j], 1e-6, reference + ": coef[" + k + "][" + j + "]");
            }
            assertEquals(intercept.get(k), model.intercepts()[k], 1e-6, reference + ": intercept[" + k + "]");
        }
        TableAssertions.assertTableClose(reference.expected(), model.predictProba(reference.table("query.csv")), 1e-6);
    }

    /** The estimator with the case's parameters, under scikit-learn's names; the others its defaults. */
    private static LogisticRegression logistic(Map<String, Object> params) {
        LogisticRegression logistic = new LogisticRegression();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            logistic = switch (entry.getKey()) {
                case "C" -> logistic.c(((Number) value).doubleValue());
                case "fit_intercept" -> logistic.fitIntercept((Boolean) value);
                case "multi_class" -> logistic.multiClass(
                        LogisticRegression.MultiClass.valueOf(((String) value).toUpperCase(Locale.ROOT)));
                case "class_weight" -> logistic.classWeight(WeightCases.classWeight(value));
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return logistic;
    }
}
