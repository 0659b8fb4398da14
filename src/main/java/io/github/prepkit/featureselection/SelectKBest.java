package io.github.prepkit.featureselection;

import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.OptionalInt;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Keeps the {@code k} numeric columns that {@code scoreFunc} scores highest against the target, as scikit-learn's
 * {@code SelectKBest}: a stable sort of the scores, NaN counted as the lowest, keeps the later column of a tie at the
 * k-th score. Non-numeric columns, and numeric ones outside {@link #columns(String...)}, pass through unscored: as
 * prepkit's other transformers, where scikit-learn would need a {@code ColumnTransformer}.
 *
 * @param scoreFunc how each column is scored (default {@link ScoreFunction#F_CLASSIF})
 * @param k         how many columns to keep (default 10), at least 0 and at most the number of scored columns; empty
 *                  for all of them (scikit-learn's {@code k="all"})
 * @param columns   the columns scored; empty means every numeric column
 */
public record SelectKBest(ScoreFunction scoreFunc, OptionalInt k, List<String> columns)
        implements SupervisedTransformer<SelectKBestModel> {

    private static final String STEP = "SelectKBest";

    /** Validates the parameters and freezes the column list. */
    public SelectKBest {
        Checks.notNull(scoreFunc, STEP + ": scoreFunc");
        Checks.notNull(k, STEP + ": k");
        if (k.isPresent() && k.getAsInt() < 0) {
            throw new IllegalArgumentException(STEP + ": k must be at least 0 (or all), found " + k.getAsInt());
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: {@code f_classif}, k 10, every numeric column. */
    public SelectKBest() {
        this(ScoreFunction.F_CLASSIF, OptionalInt.of(10), List.of());
    }

    /** A copy scoring with {@code scoreFunc}. */
    public SelectKBest scoreFunc(ScoreFunction scoreFunc) {
        return new SelectKBest(scoreFunc, k, columns);
    }

    /** A copy keeping {@code k} columns. */
    public SelectKBest k(int k) {
        return new SelectKBest(scoreFunc, OptionalInt.of(k), columns);
    }

    /** A copy keeping every scored column (scikit-learn's {@code k="all"}), which still computes the scores. */
    public SelectKBest kAll() {
        return new SelectKBest(scoreFunc, OptionalInt.empty(), columns);
    }

    /** A copy that scores only the named columns; with no name, every numeric column. */
    public SelectKBest columns(String... columns) {
        return new SelectKBest(scoreFunc, k, Checks.asList("columns", columns));
    }

    /**
     * Scores the columns against {@code target} and keeps the best {@code k}.
     *
     * @throws IllegalArgumentException if the features cannot be scored (see {@link ScoreFunction#score}), or k
     *                                  exceeds the number of scored columns (as scikit-learn: "k should be &lt;=
     *                                  n_features")
     */
    @Override
    public SelectKBestModel fit(Table features, Column<?> target) {
        Scores scores = Scoring.score(scoreFunc, columns, features, target, STEP);
        return SelectKBestModel.of(this, Schema.of(features), scores);
    }
}
