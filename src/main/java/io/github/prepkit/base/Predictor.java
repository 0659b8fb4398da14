package io.github.prepkit.base;

import io.github.prepkit.data.Columns;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A supervised model's description: its hyperparameters, immutable. {@link #fit} learns from feature columns
 * and a target and returns the fitted model. Mirrors scikit-learn's estimators with {@code fit(X, y)}.
 *
 * @param <M> the fitted model
 */
public interface Predictor<M extends PredictorModel> {

    /**
     * Learns from {@code features} and {@code target} (one value per row) and returns the fitted model;
     * neither is modified.
     *
     * @param features the feature columns; a later table must have the same ones to be predicted
     * @param target   the value to learn for each row of {@code features}
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if they cannot be fitted (no rows, a non-numeric or missing feature value,
     *                                  a missing target value, sizes that differ...), naming the column
     */
    M fit(Table features, Column<?> target);

    /**
     * Fits on {@code data} with column {@code targetColumn} as the target and every other column as a feature.
     *
     * @param data         the training table, not modified
     * @param targetColumn the exact name of the target column
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if there is no such column, or as {@link #fit(Table, Column)}
     */
    default M fit(Table data, String targetColumn) {
        Column<?> target = Columns.column(data, targetColumn);
        return fit(Columns.without(data, targetColumn), target);
    }
}
