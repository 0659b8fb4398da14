package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.metrics.ClassificationMetrics;
import io.github.prepkit.reference.ReferenceCase;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The check of a random ensemble's seed-spread case: imbalanced-learn's test balanced accuracy for each of the case's
 * seeds is recorded in {@code expected.json} with its "min" and "max"; the random streams differ from numpy's, so
 * prepkit's members do too, and its mean over the same seeds must lie within imbalanced-learn's [min, max].
 */
final class SeedSpread {

    private SeedSpread() {
    }

    /**
     * Fits {@code fitted.apply(seed)} for each seed of the case on its {@code input.csv}, scores it on its
     * {@code query.csv} and asserts the mean balanced accuracy lies within imbalanced-learn's range.
     *
     * @param fitted the model fitted on the training table and the case's target column with the given seed
     */
    @SuppressWarnings("unchecked")
    static void assertMeanWithinRange(ReferenceCase reference, FitWithSeed fitted) {
        Map<String, Object> params = reference.params();
        String target = (String) params.get("target");
        Table train = reference.input();
        Table test = reference.table("query.csv");
        Table features = Columns.without(test, target);
        List<Object> seeds = (List<Object>) params.get("seeds");
        double sum = 0;
        for (Object seed : seeds) {
            ClassifierModel model = fitted.fit(train, target, (Long) seed);
            sum += ClassificationMetrics.balancedAccuracy(test.column(target), model.predict(features));
        }
        double mean = sum / seeds.size();
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        double low = (Double) expected.get("min");
        double high = (Double) expected.get("max");
        assertTrue(mean >= low && mean <= high, reference + ": prepkit's mean balanced accuracy " + mean
                + ", imbalanced-learn's range [" + low + ", " + high + "], mean " + expected.get("mean"));
    }

    /** Fits a model on a training table and its target column with a seed. */
    @FunctionalInterface
    interface FitWithSeed {
        ClassifierModel fit(Table train, String target, long seed);
    }
}
