package io.github.prepkit.ensemble;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of {@code generate_balanced_bagging.py}: imbalanced-learn 0.10.0's BalancedBaggingClassifier's test
 * balanced accuracy over random_state 0..9 on a fixed stratified split, checked by {@link SeedSpread}.
 */
class BalancedBaggingReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("ensemble/balanced_bagging");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void meanBalancedAccuracyIsWithinImbalancedLearnsRange(ReferenceCase reference) {
        BalancedBaggingClassifier bagging = bagging((Map<String, Object>) reference.params().get("params"));
        SeedSpread.assertMeanWithinRange(reference, (train, target, seed) -> bagging.seed(seed).fit(train, target));
    }

    /** The estimator with the case's parameters, under imbalanced-learn's names; the others its defaults. */
    private static BalancedBaggingClassifier bagging(Map<String, Object> params) {
        BalancedBaggingClassifier bagging = new BalancedBaggingClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            bagging = switch (entry.getKey()) {
                case "max_samples" -> bagging.maxSamples(size(value));
                case "max_features" -> bagging.maxFeatures(size(value));
                case "bootstrap" -> bagging.bootstrap((Boolean) value);
                case "bootstrap_features" -> bagging.bootstrapFeatures((Boolean) value);
                case "replacement" -> bagging.replacement((Boolean) value);
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return bagging;
    }

    /** scikit-learn's float (a fraction) or int (a count). */
    private static DrawSize size(Object value) {
        return value instanceof Double fraction ? DrawSize.fraction(fraction)
                : DrawSize.count(Math.toIntExact((Long) value));
    }
}
