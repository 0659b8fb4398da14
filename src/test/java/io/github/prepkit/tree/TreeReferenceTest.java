package io.github.prepkit.tree;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.ReferenceCase;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Beyond the 2 % of {@code ModelsReferenceTest}: on the reference case {@code models/decision_tree}, the predictions
 * that differ from scikit-learn's are no more than scikit-learn's own trees differ across seeds.
 */
class TreeReferenceTest {

    private static final ReferenceCase REFERENCE = ReferenceCase.of("models/decision_tree");

    /**
     * The predictions differ only where exact ties between features break another way, which the seed decides
     * in both libraries: scikit-learn's own trees with random_state 0..29 differ from the case (random_state 0)
     * in 77 predictions in all, 2.57 per seed; ours with seeds 0..29 must do no worse.
     */
    @Test
    void differsNoMoreThanScikitLearnAcrossSeeds() {
        int total = 0;
        for (int seed = 0; seed < 30; seed++) {
            total += differingPredictions(seed);
        }
        assertTrue(total <= 77, total + " predictions differ over 30 seeds");
    }

    private static int differingPredictions(long seed) {
        int maxDepth = ((Number) REFERENCE.params().get("max_depth")).intValue();
        DecisionTreeClassifierModel model = new DecisionTreeClassifier().maxDepth(maxDepth).seed(seed)
                .fit(REFERENCE.input(), (String) REFERENCE.params().get("target"));
        Column<?> predicted = model.predict(REFERENCE.table("query.csv"));
        Table expected = REFERENCE.expected();
        int differing = 0;
        for (int i = 0; i < expected.rowCount(); i++) {
            differing += expected.intColumn("prediction").getInt(i) == ((Number) predicted.get(i)).intValue() ? 0 : 1;
        }
        return differing;
    }
}
