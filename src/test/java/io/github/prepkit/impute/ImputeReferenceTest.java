package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.impute.IterativeImputer.Estimator;
import io.github.prepkit.impute.IterativeImputer.ImputationOrder;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/** Every reference case under {@code impute/}: scikit-learn 1.2.1's imputers, within the tolerances of the reference README. */
class ImputeReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("impute");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScikitLearn(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        Table input = reference.input();
        switch ((String) params.get("class")) {
            case "SimpleImputer" ->
                    TableAssertions.assertTableClose(reference.expected(), simple(reference.id(), params, input), 1e-9);
            case "IterativeImputer" -> iterative(reference, params, input);
            case "KNNImputer" -> TableAssertions.assertTableClose(reference.expected(), new KNNImputer()
                    .nNeighbors(((Number) params.get("n_neighbors")).intValue())
                    .weights(KNNImputer.Weights.valueOf(upper(params.get("weights"))))
                    .fitTransform(input), 1e-9);
            default -> fail("no imputer for " + params);
        }
    }

    /** Linear regression within 1e-6, Bayesian ridge within 1e-4, and the same number of rounds. */
    private static void iterative(ReferenceCase reference, Map<String, Object> params, Table input) {
        boolean bayesian = params.get("estimator").equals("bayesian_ridge");
        IterativeImputer imputer = new IterativeImputer()
                .estimator(bayesian ? Estimator.BAYESIAN_RIDGE : Estimator.LINEAR_REGRESSION)
                .maxIter(((Number) params.get("max_iter")).intValue())
                .tol(((Number) params.get("tol")).doubleValue())
                .initialStrategy(Strategy.valueOf(upper(params.get("initial_strategy"))))
                .imputationOrder(ImputationOrder.valueOf(upper(params.get("imputation_order"))))
                .seed(((Number) params.get("random_state")).longValue());
        IterativeImputerModel model = imputer.fit(input);
        assertEquals(((Number) params.get("n_iter_")).intValue(), model.iterations(), "n_iter_");
        TableAssertions.assertTableClose(reference.expected(), model.transform(input), bayesian ? 1e-4 : 1e-6);
    }

    private static String upper(Object name) {
        return ((String) name).toUpperCase(Locale.ROOT);
    }

    private static Table simple(String id, Map<String, Object> params, Table input) {
        if (id.equals("impute/simple_mixed_types")) {
            // the case's own recipe: most frequent for the string columns, median for the numeric one
            Table strings = new SimpleImputer().strategy(Strategy.MOST_FREQUENT).columns("color", "size")
                    .fitTransform(input);
            return new SimpleImputer().strategy(Strategy.MEDIAN).fitTransform(strings);
        }
        SimpleImputer imputer = new SimpleImputer()
                .strategy(Strategy.valueOf(upper(params.get("strategy"))))
                .addIndicator(Boolean.TRUE.equals(params.get("add_indicator")));
        if (params.get("fill_value") instanceof Number fill) {
            imputer = imputer.fillValue(fill.doubleValue());
        }
        return imputer.fitTransform(input);
    }
}
