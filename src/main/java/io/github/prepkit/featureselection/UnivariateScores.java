package io.github.prepkit.featureselection;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * What the univariate selectors' models share: the scores they were fitted with, checked against the estimator's
 * columns, and the order scikit-learn ranks them in.
 */
final class UnivariateScores {

    private UnivariateScores() {
    }

    /**
     * {@code scores}, checked to be for the columns the estimator's {@code requested} select on {@code schema}, with
     * scores that are NaN, at least 0 or +Infinity, and p-values in [0, 1] or NaN.
     *
     * @throws IllegalArgumentException naming the step and the problem
     */
    static Scores checked(Schema schema, List<String> requested, Scores scores, String step) {
        Checks.notNull(schema, step + ": schema");
        Checks.notNull(scores, step + ": scores");
        schema.requireSelected(requested, scores.columns(), ColumnKind.NUMERIC, step);
        double[] values = scores.scores();
        double[] pvalues = scores.pvalues();
        for (int j = 0; j < values.length; j++) {
            if (values[j] < 0 || pvalues.length > 0 && (pvalues[j] < 0 || pvalues[j] > 1)) {
                throw new IllegalArgumentException(step + ": column '" + scores.columns().get(j) + "' has score "
                        + values[j] + (pvalues.length > 0 ? " and p-value " + pvalues[j] : "") + "; scores are at"
                        + " least 0 (or NaN) and p-values within [0, 1] (or NaN)");
            }
        }
        return scores;
    }

    /**
     * The scores as scikit-learn ranks them ({@code _clean_nans}): NaN becomes the most negative double, so that an
     * undefined score ranks below every defined one.
     */
    static double[] cleaned(Scores scores) {
        double[] values = scores.scores();
        for (int j = 0; j < values.length; j++) {
            if (Double.isNaN(values[j])) {
                values[j] = -Double.MAX_VALUE;
            }
        }
        return values;
    }

    /** {@code <step> on [columns]: scores [...], selected [...]}. */
    static String describe(String step, Scores scores, List<String> selected) {
        return step + " on " + Summary.names(scores.columns()) + ": scores " + Summary.numbers(scores.scores())
                + ", selected " + Summary.names(selected);
    }
}
