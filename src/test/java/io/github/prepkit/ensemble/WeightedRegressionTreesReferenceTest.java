package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.WeightCases;
import io.github.prepkit.tree.DecisionTreeRegressor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.NumericColumn;

/**
 * The {@code weights/regression_*} cases of {@code generate_weights.py}: scikit-learn 1.2.1's DecisionTreeRegressor
 * (predictions to 1e-12) and GradientBoostingRegressor (1e-9) with fractional and integer (some 0) sample weights, on
 * grid features with no exact tie between splits.
 */
class WeightedRegressionTreesReferenceTest {

    static List<ReferenceCase> cases() {
        return WeightCases.named("regression_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void predictionsAreScikitLearns(ReferenceCase reference) {
        Map<String, Object> params = (Map<String, Object>) reference.params().get("params");
        boolean tree = "DecisionTreeRegressor".equals(reference.params().get("class"));
        int depth = Math.toIntExact((Long) params.get("max_depth"));
        PredictorModel model = tree
                ? new DecisionTreeRegressor().maxDepth(depth)
                        .minSamplesLeaf(Math.toIntExact((Long) params.getOrDefault("min_samples_leaf", 1L)))
                        .fit(WeightCases.features(reference), WeightCases.target(reference),
                                WeightCases.sampleWeight(reference))
                : new GradientBoostingRegressor().maxDepth(depth)
                        .nEstimators(Math.toIntExact((Long) params.get("n_estimators")))
                        .fit(WeightCases.features(reference), WeightCases.target(reference),
                                WeightCases.sampleWeight(reference));
        NumericColumn<?> predicted = (NumericColumn<?>) model.predict(reference.table("query.csv"));
        NumericColumn<?> wanted = reference.expected().numberColumn("prediction");
        double tolerance = tree ? 1e-12 : 1e-9;
        for (int i = 0; i < wanted.size(); i++) {
            assertEquals(wanted.getDouble(i), predicted.getDouble(i), tolerance * Math.max(1, Math.abs(wanted.getDouble(i))),
                    reference + ": prediction " + i);
        }
    }
}
