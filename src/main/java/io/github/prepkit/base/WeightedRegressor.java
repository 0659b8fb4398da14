package io.github.prepkit.base;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A regressor whose fit also takes a weight per row, as scikit-learn's {@code fit(X, y, sample_weight)}: a row of
 * weight 2 counts as two copies of it, a row of weight 0 not at all. The regression counterpart of
 * {@link WeightedClassifier}.
 *
 * @param <M> the fitted model
 */
public interface WeightedRegressor<M extends PredictorModel> extends Regressor<M> {

    /**
     * Learns from {@code features} and {@code target}, each row counting as much as its weight; none of the three is
     * modified.
     *
     * @param features     the feature columns; a later table must have the same ones to be predicted
     * @param target       the number to predict for each row of {@code features}
     * @param sampleWeight each row's weight: finite, at least 0, with a positive sum
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if they cannot be fitted, as {@link #fit(Table, Column)}, or the weights are not
     *                                  one per row, finite and at least 0 with a positive sum, naming sampleWeight
     */
    M fit(Table features, Column<?> target, double[] sampleWeight);
}
