package io.github.prepkit.inspection;

import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a {@link ValidationCurve} measures: the hyperparameter's values, in the order tried, and for each value and
 * fold the training and test scores.
 *
 * @param <V>    the hyperparameter's type
 * @param values the values, in the order tried
 * @param scores the scores [value][fold]
 */
public record ValidationCurveResult<V>(List<V> values, CurveScores scores) {

    /**
     * Copies and checks the parts: one row of scores per value.
     *
     * @throws IllegalArgumentException if a part or a value is null, or the sizes do not match
     */
    public ValidationCurveResult {
        values = List.copyOf(Checks.noNulls(values, "values"));
        Checks.notNull(scores, "scores");
        if (values.size() != scores.trainMean().length) {
            throw new IllegalArgumentException("ValidationCurveResult: one row of scores per value (" + values.size()
                    + ") expected, found " + scores.trainMean().length);
        }
    }

    /** One row per value and fold: {@code value} (as text), {@code fold}, {@code train_score}, {@code test_score}. */
    public Table table() {
        return scores.table("validation curve",
                StringColumn.create("value", values.stream().map(String::valueOf).toArray(String[]::new)));
    }
}
