package io.github.prepkit.base;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A fitted supervised model: immutable, it predicts the target for any table with the fitted feature columns. */
public interface PredictorModel extends Model {

    /**
     * One prediction per row of {@code features}, as a column of the target's type named like the target.
     *
     * @param features a table with exactly the fitted feature columns, in any order; it is not modified
     * @return a new column of {@code features.rowCount()} predictions
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    Column<?> predict(Table features);
}
