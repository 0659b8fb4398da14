package io.github.prepkit.ensemble;

import io.github.prepkit.ensemble.AdaBoostClassifier.Algorithm;
import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of {@code generate_rusboost.py}: imbalanced-learn 0.10.0's RUSBoostClassifier's test balanced accuracy
 * over random_state 0..9 on a fixed stratified split, checked by {@link SeedSpread}.
 */
class RUSBoostReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("ensemble/rusboost");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void meanBalancedAccuracyIsWithinImbalancedLearnsRange(ReferenceCase reference) {
        RUSBoostClassifier boosting = boosting((Map<String, Object>) reference.params().get("params"));
        SeedSpread.assertMeanWithinRange(reference, (train, target, seed) -> boosting.seed(seed).fit(train, target));
    }

    /** The estimator with the case's parameters, under imbalanced-learn's names; the others its defaults. */
    private static RUSBoostClassifier boosting(Map<String, Object> params) {
        RUSBoostClassifier boosting = new RUSBoostClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            boosting = switch (entry.getKey()) {
                case "algorithm" -> boosting.algorithm("SAMME".equals(value) ? Algorithm.SAMME : Algorithm.SAMME_R);
                case "replacement" -> boosting.replacement((Boolean) value);
                case "learning_rate" -> boosting.learningRate(((Number) value).doubleValue());
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return boosting;
    }
}
