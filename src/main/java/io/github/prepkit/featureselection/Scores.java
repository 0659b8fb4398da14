package io.github.prepkit.featureselection;

import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * What a {@link ScoreFunction} gives each feature column: its score (higher is more related to the target) and its
 * p-value, as the pair scikit-learn's score functions return.
 *
 * @param columns the scored columns, in the order of the arrays
 * @param scores  each column's score; NaN where the test is undefined (a constant column for {@code f_classif}, an
 *                all-zero column for {@code chi2}), as scikit-learn
 * @param pvalues each column's p-value, or an empty array where the function has none (mutual information, whose
 *                scikit-learn {@code pvalues_} is {@code None})
 */
public record Scores(List<String> columns, double[] scores, double[] pvalues) {

    /** Validates the lengths and copies the arrays. */
    public Scores {
        columns = Checks.columnNames(columns, "Scores");
        scores = Checks.length(Checks.notNull(scores, "Scores: scores"), columns.size(), "Scores: scores").clone();
        Checks.notNull(pvalues, "Scores: pvalues");
        if (pvalues.length != 0) {
            Checks.length(pvalues, columns.size(), "Scores: pvalues");
        }
        pvalues = pvalues.clone();
    }

    /** Each column's score; a copy. */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    /** Each column's p-value, or an empty array where the function gives none; a copy. */
    @Override
    public double[] pvalues() {
        return pvalues.clone();
    }

    /** {@code Scores on [columns]: scores [...], pvalues [...]}. */
    @Override
    public String toString() {
        return "Scores on " + Summary.names(columns) + ": scores " + Summary.numbers(scores) + ", pvalues "
                + Summary.numbers(pvalues);
    }
}
