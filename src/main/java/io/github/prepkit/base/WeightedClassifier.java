package io.github.prepkit.base;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A classifier whose fit also takes a weight per row, as scikit-learn's {@code fit(X, y, sample_weight)}: what
 * boosting needs of its members, since it reweights the rows each round rather than drawing them, and what a user
 * passes to weigh rows (by cost, by survey weight). Where the classifier also has a {@link ClassWeight}, the two
 * multiply, as in scikit-learn.
 *
 * @param <M> the fitted model
 */
public interface WeightedClassifier<M extends ClassifierModel> extends Classifier<M> {

    /**
     * Learns from {@code features} and {@code target}, each row counting as much as its weight; none of the three is
     * modified. A row of weight 0 is left out; weights all 1 give the model of {@link #fit(Table, Column)}.
     *
     * @param features     the feature columns; a later table must have the same ones to be predicted
     * @param target       the class of each row of {@code features}
     * @param sampleWeight each row's weight: finite, at least 0, with a positive sum
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if they cannot be fitted, as {@link #fit(Table, Column)}, or the weights are not
     *                                  one per row, finite and at least 0 with a positive sum, naming sampleWeight
     */
    M fit(Table features, Column<?> target, double[] sampleWeight);
}
