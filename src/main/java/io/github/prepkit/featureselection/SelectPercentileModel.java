package io.github.prepkit.featureselection;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link SelectPercentile}: each scored column's score and p-value (scikit-learn's {@code scores_} and
 * {@code pvalues_}) and which columns are kept. {@link #transform} drops the others; kept columns are copied
 * unchanged.
 */
public final class SelectPercentileModel implements TransformerModel {

    private static final String STEP = "SelectPercentileModel";

    private final SelectPercentile estimator;
    private final Schema schema;
    private final Scores scores;
    private final boolean[] support;

    private SelectPercentileModel(SelectPercentile estimator, Schema schema, Scores scores, boolean[] support) {
        this.estimator = estimator;
        this.schema = schema;
        this.scores = scores;
        this.support = support;
    }

    /**
     * The model {@code estimator} fits when it finds {@code scores} for the columns of a table with {@code schema}.
     *
     * @throws IllegalArgumentException if the scores are not for the numeric columns the estimator selects on the
     *                                  schema, or a score is negative or a p-value outside [0, 1]
     */
    public static SelectPercentileModel of(SelectPercentile estimator, Schema schema, Scores scores) {
        Checks.notNull(estimator, STEP + ": estimator");
        Scores checked = UnivariateScores.checked(schema, estimator.columns(), scores, STEP);
        return new SelectPercentileModel(estimator, schema, checked, top(UnivariateScores.cleaned(checked),
                estimator.percentile()));
    }

    /**
     * scikit-learn's mask: all at 100, none at 0; otherwise the scores above the threshold (numpy's linear percentile
     * at 100 - percentile), then the tied ones in column order up to int(n x percentile / 100) in all, sliced as
     * Python slices (a negative count leaves that many ties off the end).
     */
    private static boolean[] top(double[] scores, double percentile) {
        int n = scores.length;
        boolean[] support = new boolean[n];
        if (percentile == 100 || percentile == 0) {
            Arrays.fill(support, percentile == 100);
            return support;
        }
        if (n == 0) {
            return support;
        }
        double threshold = percentileOf(scores, 100 - percentile);
        int above = 0;
        int ties = 0;
        for (int j = 0; j < n; j++) {
            support[j] = scores[j] > threshold;
            above += support[j] ? 1 : 0;
            ties += scores[j] == threshold ? 1 : 0;
        }
        int wanted = (int) (n * percentile / 100) - above;
        int kept = wanted >= 0 ? Math.min(wanted, ties) : Math.max(0, ties + wanted);
        for (int j = 0; j < n && kept > 0; j++) {
            if (scores[j] == threshold) {
                support[j] = true;
                kept--;
            }
        }
        return support;
    }

    /** numpy's {@code percentile(values, q)} with its default linear method, interpolated as its {@code _lerp}. */
    private static double percentileOf(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double index = (sorted.length - 1) * (q / 100);
        int below = (int) Math.floor(index);
        int above = Math.min(below + 1, sorted.length - 1);
        double t = index - below;
        double a = sorted[below];
        double b = sorted[above];
        double difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    /** The estimator this model was fitted with. */
    @Override
    public SelectPercentile estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The scored columns with their scores and p-values (empty for mutual information). */
    public Scores scores() {
        return scores;
    }

    /** Whether each scored column is kept, in the order of {@link Scores#columns()}; a copy. */
    public boolean[] support() {
        return support.clone();
    }

    /** The kept columns among the scored ones, in table order (unscored columns pass too). */
    public List<String> selected() {
        return KeptColumns.selected(scores.columns(), support);
    }

    /**
     * A new table without the scored columns that are not kept.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or if a
     *                                  scored column has a missing or infinite value, naming the column and row (as
     *                                  scikit-learn's transform, which validates its input)
     */
    @Override
    public Table transform(Table table) {
        return KeptColumns.keep(table, schema, scores.columns(), support, STEP + ".transform", false);
    }

    /** {@code SelectPercentileModel on [columns]: scores [...], selected [...]}. */
    @Override
    public String toString() {
        return UnivariateScores.describe(STEP, scores, selected());
    }
}
