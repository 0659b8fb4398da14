package io.github.prepkit.neighbors;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Classifies a row by a vote among its k nearest training rows, as scikit-learn's {@code KNeighborsClassifier}
 * with {@code algorithm="brute"}: {@code new KNeighborsClassifier().nNeighbors(5).fit(train, "species")}.
 * The neighbours are the exact ones (see {@link KNeighborsClassifierModel} for how and at what cost); where rows
 * tie at the k-th distance, the same ones are kept as by scikit-learn's brute force on one thread. A vote tie goes
 * to the smallest class, as in scikit-learn. Fitting stores the training rows (and, for at most 5 features,
 * builds a k-d tree over them).
 *
 * @param nNeighbors k, the number of neighbours that vote (default 5); at most the number of training rows
 * @param weights    how votes count (default {@link Weights#UNIFORM})
 * @param metric     the distance (default {@link Metric#MINKOWSKI} with p = 2, the Euclidean distance)
 * @param p          the Minkowski power, from 1 to 20 (default 2); used only by {@link Metric#MINKOWSKI}
 * @param nJobs      threads for prediction, -1 for every core (default -1); results are the same for any value
 */
public record KNeighborsClassifier(int nNeighbors, Weights weights, Metric metric, double p, int nJobs)
        implements Classifier<KNeighborsClassifierModel> {

    private static final String STEP = "KNeighborsClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter out of its range or null
     */
    public KNeighborsClassifier {
        new NeighborsParameters(STEP, nNeighbors, weights, metric, p, nJobs);
    }

    /** scikit-learn's defaults: 5 uniform neighbours by Euclidean distance (Minkowski, p = 2), every core. */
    public KNeighborsClassifier() {
        this(5, Weights.UNIFORM, Metric.MINKOWSKI, 2, -1);
    }

    /** A copy with {@code nNeighbors} voting neighbours. */
    public KNeighborsClassifier nNeighbors(int nNeighbors) {
        return new KNeighborsClassifier(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy weighting the votes by {@code weights}. */
    public KNeighborsClassifier weights(Weights weights) {
        return new KNeighborsClassifier(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy measuring distances by {@code metric}. */
    public KNeighborsClassifier metric(Metric metric) {
        return new KNeighborsClassifier(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy with Minkowski power {@code p}. */
    public KNeighborsClassifier p(double p) {
        return new KNeighborsClassifier(nNeighbors, weights, metric, p, nJobs);
    }

    /** A copy predicting on {@code nJobs} threads (-1: every core). */
    public KNeighborsClassifier nJobs(int nJobs) {
        return new KNeighborsClassifier(nNeighbors, weights, metric, p, nJobs);
    }

    /**
     * Stores the training rows and the classes of {@code target}; O(rows x features), O(rows log rows) with a tree.
     *
     * @throws IllegalArgumentException if a feature is not numeric, missing or infinite, the target has a missing
     *                                  value or a single class, the sizes differ, or nNeighbors exceeds the rows
     */
    @Override
    public KNeighborsClassifierModel fit(Table features, Column<?> target) {
        ClassLabels labels = TrainingData.classes(target, STEP);
        FeatureMatrix training = FittedNeighbors.training(parameters(), features, target);
        return KNeighborsClassifierModel.of(this, Schema.of(features), labels.classes(), training.values(),
                labels.codes());
    }

    /** The parameters the search and the vote use. */
    NeighborsParameters parameters() {
        return new NeighborsParameters(STEP, nNeighbors, weights, metric, p, nJobs);
    }
}
