package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Columns;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/**
 * The cases of {@code generate_balanced_forest.py}: imbalanced-learn 0.10.0's BalancedRandomForestClassifier's test
 * balanced accuracy over random_state 0..9 on a fixed stratified split. The random streams differ from numpy's, so
 * the trees do too: prepkit's mean over seeds 0..9 must lie within imbalanced-learn's [min, max].
 */
class BalancedRandomForestReferenceTest {

    static List<ReferenceCase> cases() {
        return ReferenceCase.all("ensemble");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void meanBalancedAccuracyIsWithinImbalancedLearnsRange(ReferenceCase reference) {
        Map<String, Object> params = reference.params();
        String target = (String) params.get("target");
        BalancedRandomForestClassifier forest = forest((Map<String, Object>) params.get("params"));
        Table train = reference.input();
        Table test = reference.table("query.csv");
        Table features = Columns.without(test, target);
        List<Object> seeds = (List<Object>) params.get("seeds");
        double sum = 0;
        for (Object seed : seeds) {
            BalancedRandomForestClassifierModel model = forest.seed((Long) seed).fit(train, target);
            sum += ClassificationMetrics.balancedAccuracy(test.column(target), model.predict(features));
        }
        double mean = sum / seeds.size();
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        double low = (Double) expected.get("min");
        double high = (Double) expected.get("max");
        assertTrue(mean >= low && mean <= high, reference + ": prepkit's mean balanced accuracy " + mean
                + ", imbalanced-learn's range [" + low + ", " + high + "], mean " + expected.get("mean"));
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
