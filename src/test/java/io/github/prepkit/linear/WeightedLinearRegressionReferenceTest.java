package io.github.prepkit.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.WeightCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.NumericColumn;

/**
 * The {@code weights/linear_*} cases of {@code generate_weights.py}: scikit-learn 1.2.1's LinearRegression with
 * fractional, integer (some 0) and exponential sample weights, with and without an intercept; coefficients, intercept
 * and the predictions of the query rows to 1e-6.
 */
class WeightedLinearRegressionReferenceTest {

    static List<ReferenceCase> cases() {
        return WeightCases.named("linear_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void coefficientsAndPredictionsAreScikitLearns(ReferenceCase reference) {
        Map<String, Object> params = (Map<String, Object>) reference.params().get("params");
        LinearRegression regression = new LinearRegression((Boolean) params.getOrDefault("fit_intercept", true));
        LinearRegressionModel model = regression.fit(WeightCases.features(reference), WeightCases.target(reference),
                WeightCases.sampleWeight(reference));
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        List<Double> coef = ((List<List<Double>>) expected.get("coef")).get(0);
        for (int j = 0; j < coef.size(); j++) {
            assertEquals(coef.get(j), model.coefficients()[j], 1e-6, reference + ": coef[" + j + "]");
        }
        assertEquals(((List<Double>) expected.get("intercept")).get(0), model.intercept(), 1e-6, reference + ": intercept");
        NumericColumn<?> predicted = (NumericColumn<?>) model.predict(reference.table("query.csv"));
        NumericColumn<?> wanted = reference.expected().numberColumn("prediction");
        for (int i = 0; i < wanted.size(); i++) {
            assertEquals(wanted.getDouble(i), predicted.getDouble(i), 1e-6, reference + ": prediction " + i);
        }
    }
}
