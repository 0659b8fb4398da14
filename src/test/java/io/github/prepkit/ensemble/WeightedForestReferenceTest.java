package io.github.prepkit.ensemble;

import io.github.prepkit.reference.ReferenceCase;
import io.github.prepkit.reference.WeightCases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code weights/random_forest_*} cases of {@code generate_weights.py}: scikit-learn 1.2.1's
 * RandomForestClassifier with balanced, balanced_subsample and given class weights; its test balanced accuracy over
 * random_state 0..9 on a fixed stratified split, checked by {@link SeedSpread}.
 */
class WeightedForestReferenceTest {

    static List<ReferenceCase> cases() {
        return WeightCases.named("random_forest_");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void meanBalancedAccuracyIsWithinScikitLearnsRange(ReferenceCase reference) {
        RandomForestClassifier forest = forest((Map<String, Object>) reference.params().get("params"));
        SeedSpread.assertMeanWithinRange(reference, (train, target, seed) -> forest.seed(seed).fit(train, target));
    }

    /** The estimator with the case's parameters, under scikit-learn's names; the others its defaults. */
    private static RandomForestClassifier forest(Map<String, Object> params) {
        RandomForestClassifier forest = new RandomForestClassifier();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            Object value = entry.getValue();
            forest = switch (entry.getKey()) {
                case "n_estimators" -> forest.nEstimators(Math.toIntExact((Long) value));
                case "max_depth" -> forest.maxDepth(Math.toIntExact((Long) value));
                case "min_samples_leaf" -> forest.minSamplesLeaf(Math.toIntExact((Long) value));
                case "class_weight" -> forest.classWeight(WeightCases.classWeight(value));
                default -> throw new IllegalArgumentException("unknown parameter in a reference case: "
                        + entry.getKey());
            };
        }
        return forest;
    }
}
