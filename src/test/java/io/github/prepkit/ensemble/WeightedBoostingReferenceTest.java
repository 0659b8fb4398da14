package io.github.prepkit.ensemble;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.reference.WeightCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code weights/gradient_boosting_*} cases of {@code generate_weights.py}: scikit-learn 1.2.1's
 * GradientBoostingClassifier fitted with {@code sample_weight} (integer with zeros, fractional) and, for prepkit's
 * classWeight, with {@code compute_sample_weight(class_weight, y)} times them, on grid data with no exact tie between
 * splits; predict_proba of the query rows to 1e-9.
 */
class WeightedBoostingReferenceTest {

    static List<ReferenceCase> cases() {
        return WeightCases.named("gradient_boosting_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void probabilitiesAreScikitLearns(ReferenceCase reference) {
        GradientBoostingClassifier boosting = boosting((Map<String, Object>) reference.params().get("params"));
        double[] weights = WeightCases.sampleWeight(reference);
        GradientBoostingClassifierModel model = weights == null
                ? boosting.fit(WeightCases.features(reference), WeightCases.target(reference))
                : boosting.fit(WeightCases.features(reference), WeightCases.target(reference), weights);
        TableAssertions.assertTableClose(reference.expected(), model.predictProba(reference.table("query.csv")), 1e-9);
    }

    /** The estimator with the case's parameters, under scikit-learn's names; the others its defaults. */
    private static GradientBoostingClassifier boosting(Map<String, Object> params) {
        GradientBoostingClassifier boosting = new GradientBoostingClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            boosting = switch (entry.getKey()) {
                case "n_estimators" -> boosting.nEstimators(Math.toIntExact((Long) value));
                case "max_depth" -> boosting.maxDepth(Math.toIntExact((Long) value));
                case "class_weight" -> boosting.classWeight(WeightCases.classWeight(value));
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return boosting;
    }
}
