package io.github.prepkit.featureselection;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link SelectKBest}: each scored column's score and p-value (scikit-learn's {@code scores_} and
 * {@code pvalues_}) and which columns are kept. {@link #transform} drops the others; kept columns are copied
 * unchanged.
 */
public final class SelectKBestModel implements TransformerModel {

    private static final String STEP = "SelectKBestModel";

    private final SelectKBest estimator;
    private final Schema schema;
    private final Scores scores;
    private final boolean[] support;

    private SelectKBestModel(SelectKBest estimator, Schema schema, Scores scores, boolean[] support) {
        this.estimator = estimator;
        this.schema = schema;
        this.scores = scores;
        this.support = support;
    }

    /**
     * The model {@code estimator} fits when it finds {@code scores} for the columns of a table with {@code schema}.
     *
     * @throws IllegalArgumentException if the scores are not for the numeric columns the estimator selects on the
     *                                  schema, a score is negative or a p-value outside [0, 1], or the estimator's k
     *                                  exceeds the number of columns (scikit-learn: "k should be &lt;= n_features")
     */
    public static SelectKBestModel of(SelectKBest estimator, Schema schema, Scores scores) {
        Checks.notNull(estimator, STEP + ": estimator");
        Scores checked = UnivariateScores.checked(schema, estimator.columns(), scores, STEP);
        int n = checked.columns().size();
        int k = estimator.k().orElse(n);
        if (k > n) {
            throw new IllegalArgumentException("SelectKBest: k should be <= the number of scored columns, " + n
                    + "; got " + k + ". Use kAll() to keep them all");
        }
        return new SelectKBestModel(estimator, schema, checked, best(UnivariateScores.cleaned(checked), k));
    }

    /**
     * scikit-learn's mask: the last {@code k} indexes of a stable ascending sort of {@code scores}, so that of tied
     * scores the later columns rank higher (numpy's mergesort; -0.0 ties with 0.0, as numpy compares).
     */
    private static boolean[] best(double[] scores, int k) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> scores[a] < scores[b] ? -1 : scores[a] > scores[b] ? 1 : 0);
        boolean[] support = new boolean[scores.length];
        for (int r = scores.length - k; r < scores.length; r++) {
            support[order[r]] = true;
        }
        return support;
    }

    /** The estimator this model was fitted with. */
    @Override
    public SelectKBest estimator() {
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

    /** {@code SelectKBestModel on [columns]: scores [...], selected [...]}. */
    @Override
    public String toString() {
        return UnivariateScores.describe(STEP, scores, selected());
    }
}
