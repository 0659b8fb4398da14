package io.github.prepkit.featureselection;

import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Keeps the numeric columns whose score against the target is in the top {@code percentile} percent, as
 * scikit-learn's {@code SelectPercentile}: the columns scoring above numpy's (linear) percentile of the scores at
 * 100 - percentile, then the columns tied at it, first ones first, up to int(columns x percentile / 100) in all. NaN
 * scores count as the lowest. Non-numeric columns, and numeric ones outside {@link #columns(String...)}, pass through
 * unscored, as prepkit's other transformers.
 *
 * @param scoreFunc  how each column is scored (default {@link ScoreFunction#F_CLASSIF})
 * @param percentile the percent of the scored columns to keep (default 10), within [0, 100]
 * @param columns    the columns scored; empty means every numeric column
 */
public record SelectPercentile(ScoreFunction scoreFunc, double percentile, List<String> columns)
        implements SupervisedTransformer<SelectPercentileModel> {

    private static final String STEP = "SelectPercentile";

    /** Validates the parameters and freezes the column list. */
    public SelectPercentile {
        Checks.notNull(scoreFunc, STEP + ": scoreFunc");
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException(STEP + ": percentile must be within [0, 100], found " + percentile);
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: {@code f_classif}, the top 10 percent, every numeric column. */
    public SelectPercentile() {
        this(ScoreFunction.F_CLASSIF, 10, List.of());
    }

    /** A copy scoring with {@code scoreFunc}. */
    public SelectPercentile scoreFunc(ScoreFunction scoreFunc) {
        return new SelectPercentile(scoreFunc, percentile, columns);
    }

    /** A copy keeping the top {@code percentile} percent. */
    public SelectPercentile percentile(double percentile) {
        return new SelectPercentile(scoreFunc, percentile, columns);
    }

    /** A copy that scores only the named columns; with no name, every numeric column. */
    public SelectPercentile columns(String... columns) {
        return new SelectPercentile(scoreFunc, percentile, Checks.asList("columns", columns));
    }

    /**
     * Scores the columns against {@code target} and keeps the top percentile.
     *
     * @throws IllegalArgumentException if the features cannot be scored (see {@link ScoreFunction#score})
     */
    @Override
    public SelectPercentileModel fit(Table features, Column<?> target) {
        Scores scores = Scoring.score(scoreFunc, columns, features, target, STEP);
        return SelectPercentileModel.of(this, Schema.of(features), scores);
    }
}
