package io.github.prepkit.ensemble;

import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of {@code generate_easy_ensemble.py}: imbalanced-learn 0.10.0's default EasyEnsembleClassifier's test
 * balanced accuracy over random_state 0..9 on a fixed stratified split, checked by {@link SeedSpread}.
 */
class EasyEnsembleReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("ensemble/easy_ensemble");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void meanBalancedAccuracyIsWithinImbalancedLearnsRange(ReferenceCase reference) {
        SeedSpread.assertMeanWithinRange(reference,
                (train, target, seed) -> new EasyEnsembleClassifier().seed(seed).fit(train, target));
    }
}
