package io.github.prepkit.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.ensemble.BalancedRandomForestClassifier;
import io.github.prepkit.ensemble.GradientBoostingClassifier;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.tree.DecisionTreeClassifier;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

class SeededTest {

    static List<Seeded<?>> seeded() {
        return List.of(new DecisionTreeClassifier().maxFeatures(2).maxDepth(2), new RandomForestClassifier().nEstimators(5),
                new GradientBoostingClassifier().nEstimators(5).subsample(0.5),
                new BalancedRandomForestClassifier().nEstimators(5));
    }

    @ParameterizedTest
    @MethodSource("seeded")
    void aCopyWithAnotherSeedDiffersInItsSeedAlone(Seeded<?> estimator) {
        Seeded<?> copy = estimator.seed(estimator.seed() + 7);
        assertEquals(estimator.seed() + 7, copy.seed());
        assertEquals(estimator, copy.seed(estimator.seed()), "only the seed changed");
        assertNotEquals(estimator, copy);
    }

    @ParameterizedTest
    @MethodSource("seeded")
    void theSeedDecidesTheFittedModel(Seeded<?> estimator) {
        Table wine = Datasets.load("wine");
        assertEquals(probabilities(estimator, wine), probabilities(estimator.seed(estimator.seed()), wine));
        assertNotEquals(probabilities(estimator, wine), probabilities(estimator.seed(estimator.seed() + 1), wine));
    }

    private static List<List<?>> probabilities(Seeded<?> estimator, Table data) {
        Table proba = ((Classifier<?>) estimator).fit(data, "cultivar").predictProba(data.rejectColumns("cultivar"));
        return proba.columns().stream().<List<?>>map(column -> column.asList()).toList();
    }
}
