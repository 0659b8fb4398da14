package io.github.prepkit.ensemble;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of {@code generate_balanced_forest.py}: imbalanced-learn 0.10.0's BalancedRandomForestClassifier's test
 * balanced accuracy over random_state 0..9 on a fixed stratified split, checked by {@link SeedSpread}.
 */
class BalancedRandomForestReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("ensemble/balanced_forest");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void meanBalancedAccuracyIsWithinImbalancedLearnsRange(ReferenceCase reference) {
        BalancedRandomForestClassifier forest = forest((Map<String, Object>) reference.params().get("params"));
        SeedSpread.assertMeanWithinRange(reference, (train, target, seed) -> forest.seed(seed).fit(train, target));
    }

    /** The estimator with the case's parameters, under imbalanced-learn's names; the others its defaults. */
    private static BalancedRandomForestClassifier forest(Map<String, Object> params) {
        BalancedRandomForestClassifier forest = new BalancedRandomForestClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            forest = switch (entry.getKey()) {
                case "replacement" -> forest.replacement((Boolean) value);
                case "bootstrap" -> forest.bootstrap((Boolean) value);
                case "max_depth" -> forest.maxDepth(Math.toIntExact((Long) value));
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return forest;
    }
}
