package io.github.prepkit.neighbors;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Schema;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link KNeighborsRegressor}: the training rows and their target values. Prediction finds each row's
 * exact nearest neighbours as {@link KNeighborsClassifierModel} does: a k-d tree for at most 5 features, otherwise
 * brute force, O(queries x rows x features), in parallel over groups of queries.
 */
public final class KNeighborsRegressorModel implements PredictorModel {

    private final FittedNeighbors neighbors;
    private final String target;
    private final double[] values;

    KNeighborsRegressorModel(FittedNeighbors neighbors, String target, double[] values) {
        this.neighbors = neighbors;
        this.target = target;
        this.values = values;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return neighbors.schema();
    }

    /**
     * The mean target of each row's neighbours, weighted by {@link KNeighborsRegressor#weights()} (sum of weight x
     * value over sum of weights, nearest first, as scikit-learn), as a double column named like the target.
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a feature is missing or infinite
     */
    @Override
    public DoubleColumn predict(Table features) {
        Neighbors found = neighbors.kNeighbors(features, "KNeighborsRegressorModel.predict");
        double[] weights = found.weights(neighbors.parameters().weights());
        int k = found.k();
        int[] indices = found.indices();
        double[] predicted = new double[indices.length / k];
        for (int i = 0; i < predicted.length; i++) {
            double sum = 0;
            double total = 0;
            for (int slot = i * k; slot < i * k + k; slot++) {
                sum += values[indices[slot]] * weights[slot];
                total += weights[slot];
            }
            predicted[i] = sum / total;
        }
        return DoubleColumn.create(target, predicted);
    }
}
