package io.github.prepkit.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.Tolerance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case under {@code transform/quantile/}: scikit-learn 1.2.1's QuantileTransformer on tables of fewer
 * rows than its subsample (so no row is drawn at random). Quantiles, references, transformed and inverse-transformed
 * values within 1e-12 (absolute or relative).
 */
class QuantileTransformerReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("transform/quantile");
    }

    private static QuantileTransformer estimator(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        return new QuantileTransformer().nQuantiles(((Number) params.get("n_quantiles")).intValue())
                .outputDistribution(params.get("output_distribution").equals("normal")
                        ? QuantileTransformer.OutputDistribution.NORMAL
                        : QuantileTransformer.OutputDistribution.UNIFORM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fittedStateIsScikitLearns(ReferenceCase reference) {
        QuantileTransformerModel model = estimator(reference).fit(reference.input());
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        assertClose(expected.get("references"), model.references(), "references");
        List<?> quantiles = (List<?>) expected.get("quantiles");
        assertEquals(quantiles.size(), model.quantiles().length);
        for (int j = 0; j < quantiles.size(); j++) {
            assertClose(quantiles.get(j), model.quantiles()[j], "quantiles of column " + j);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void transformsAsScikitLearn(ReferenceCase reference) {
        QuantileTransformer estimator = estimator(reference);
        QuantileTransformerModel model = estimator.fit(reference.input());
        TableAssertions.assertTableClose(reference.expected(), estimator.fitTransform(reference.input()), 1e-12);
        TableAssertions.assertTableClose(reference.table("query_expected.csv"),
                model.transform(reference.table("query.csv")), 1e-12);
        TableAssertions.assertTableClose(reference.table("inverse_expected.csv"),
                model.inverseTransform(reference.table("query_expected.csv")), 1e-12);
    }

    private static void assertClose(Object expected, double[] actual, String what) {
        List<?> values = (List<?>) expected;
        assertEquals(values.size(), actual.length, what);
        for (int k = 0; k < actual.length; k++) {
            Object value = values.get(k);
            Tolerance.assertClose(value == null ? Double.NaN : ((Number) value).doubleValue(), actual[k], 1e-12,
                    what + "[" + k + "]");
        }
    }
}
