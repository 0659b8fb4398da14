package io.github.prepkit.neighbors;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link KNeighborsRegressor}: the training rows and their target values. Prediction finds each row's
 * exact nearest neighbours as {@link KNeighborsClassifierModel} does: a k-d tree for at most 5 features, otherwise
 * brute force, O(queries x rows x features), in parallel over groups of queries.
 */
public final class KNeighborsRegressorModel implements PredictorModel {

    private static final String STEP = "KNeighborsRegressorModel";

    private final KNeighborsRegressor estimator;
    private final FittedNeighbors neighbors;
    private final String target;
    private final double[] values;
    /** The power of two the target values are averaged at, so that their sums stay finite. */
    private final BinaryScale targetScale;

    private KNeighborsRegressorModel(KNeighborsRegressor estimator, FittedNeighbors neighbors, String target,
            double[] values) {
        this.estimator = estimator;
        this.neighbors = neighbors;
        this.target = target;
        this.values = values;
        this.targetScale = BinaryScale.of(BinaryScale.maxAbs(values), 1);
    }

    /**
     * The model {@code estimator} fits on {@code trainingRows} (row-major, one value per column of {@code schema},
     * every column a feature) whose {@code target} values are {@code targetValues}, one per row; the arrays are
     * copied and the search over the rows is built again, as at fit.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the feature columns seen at fit, every one numeric
     * @param target       the target column's name, which predictions take
     * @param trainingRows the training rows, row-major: one value per schema column
     * @param targetValues per training row, its target value
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, the target is null,
     *                                  a number is not finite, the training values are not a whole number of rows at
     *                                  least nNeighbors, or there is not one target value per row
     */
    public static KNeighborsRegressorModel of(KNeighborsRegressor estimator, Schema schema, String target,
            double[] trainingRows, double[] targetValues) {
        Checks.notNull(estimator, STEP + ": estimator");
        FittedNeighbors neighbors = FittedNeighbors.of(estimator.parameters(), schema, trainingRows, STEP);
        Checks.notNull(target, STEP + ": target");
        Checks.finite(targetValues, neighbors.rows(), false, STEP + ": targetValues");
        return new KNeighborsRegressorModel(estimator, neighbors, target, targetValues.clone());
    }

    /** The estimator this model was fitted with. */
    public KNeighborsRegressor estimator() {
        return estimator;
    }

    /** The target column's name, which predictions carry. */
    public String target() {
        return target;
    }

    /** The training rows, row-major: row i, feature j at {@code i * schema().size() + j}; a copy. */
    public double[] trainingRows() {
        return neighbors.trainingRows();
    }

    /** Each training row's target value; a copy. */
    public double[] targetValues() {
        return values.clone();
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return neighbors.schema();
    }

    /**
     * The mean target of each row's neighbours, weighted by {@link KNeighborsRegressor#weights()} (sum of weight x
     * value over sum of weights, nearest first, as scikit-learn), as a double column named like the target. Targets
     * whose sum could overflow are summed scaled by a power of two, so the mean is finite.
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a feature is missing or infinite
     */
    @Override
    public DoubleColumn predict(Table features) {
        Neighbors found = neighbors.kNeighbors(features, STEP + ".predict");
        double[] weights = found.weights(neighbors.parameters().weights());
        int k = found.k();
        int[] indices = found.indices();
        double[] predicted = new double[indices.length / k];
        for (int i = 0; i < predicted.length; i++) {
            double sum = 0;
            double total = 0;
            for (int slot = i * k; slot < i * k + k; slot++) {
                sum += targetScale.apply(values[indices[slot]]) * weights[slot];
                total += weights[slot];
            }
            predicted[i] = targetScale.undo(sum / total);
        }
        return DoubleColumn.create(target, predicted);
    }

    /** {@code KNeighborsRegressorModel on [features]: n training rows, k k, target y}. */
    @Override
    public String toString() {
        return neighbors.describe(STEP) + ", target " + target;
    }
}
