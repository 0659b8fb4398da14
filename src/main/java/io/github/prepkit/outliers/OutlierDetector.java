package io.github.prepkit.outliers;

import tech.tablesaw.api.Table;

/**
 * An outlier detector's description: its hyperparameters, immutable. {@link #fit} learns what "normal" looks
 * like from a table (means, quartiles, a covariance...) and returns an {@link OutlierModel} that scores and
 * flags the rows of that table or of any other table with the same columns.
 *
 * @param <M> the fitted model
 */
public interface OutlierDetector<M extends OutlierModel> {

    /**
     * Learns from {@code table} and returns the fitted model; the table is not modified.
     *
     * @param table the rows that define "normal"; a later table must have the same columns
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if the table cannot be fitted (no rows, a missing value, a column that is
     *                                  missing or not numeric...)
     */
    M fit(Table table);
}
