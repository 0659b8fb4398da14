package io.github.prepkit.base;

import tech.tablesaw.api.Table;

/**
 * A preprocessing step's description: its hyperparameters, immutable. {@link #fit} learns what the
 * step needs from a table (means, medians, levels...) and returns a {@link TransformerModel} that
 * applies it, so test data is treated exactly like training data. Mirrors scikit-learn's
 * {@code TransformerMixin}.
 *
 * @param <M> the fitted model
 */
public interface Transformer<M extends TransformerModel> {

    /**
     * Learns from {@code table} and returns the fitted model; the table is not modified.
     *
     * @param table the training table; a later table must have the same columns to be transformed
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if the table cannot be fitted (no rows, a missing or mistyped column...)
     */
    M fit(Table table);

    /**
     * Fits on {@code table} and transforms it: {@code fit(table).transform(table)}.
     *
     * @param table the training table, not modified
     * @return the transformed table, a new one
     * @throws IllegalArgumentException as {@link #fit(Table)}
     */
    default Table fitTransform(Table table) {
        return fit(table).transform(table);
    }
}
