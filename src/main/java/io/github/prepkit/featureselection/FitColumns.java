package io.github.prepkit.featureselection;

import io.github.prepkit.base.FeatureWeights;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What the selectors share at fit: the numeric columns they choose among, read and checked, and, for the selectors
 * built on a model, the estimator fitted on some of them, the weights its model gives each, and what their fitted
 * models check of it.
 */
final class FitColumns {

    private FitColumns() {
    }

    /**
     * The numeric columns {@code requested} (every numeric column if none is) of {@code features}, for a fit against
     * {@code target}.
     *
     * @throws IllegalArgumentException naming the step and the problem: no rows, a target of another length, a
     *                                  requested column missing or not numeric
     */
    static List<String> select(Table features, Column<?> target, List<String> requested, String step) {
        TrainingData.requireFitShape(features, target, step);
        return Columns.select(features, requested, ColumnKind.NUMERIC, step);
    }

    /**
     * The values of {@code columns}, one array per column, none missing or infinite.
     *
     * @throws IllegalArgumentException naming the step and the column (and the row of an infinite value)
     */
    static double[][] values(Table features, List<String> columns, String step) {
        double[][] x = new double[columns.size()][];
        for (int j = 0; j < x.length; j++) {
            x[j] = Columns.finiteValues(features, columns.get(j), step);
            for (double v : x[j]) {
                if (Double.isNaN(v)) {
                    throw FeatureMatrix.missingValues(step, columns.get(j), Columns.countMissing(features.column(
                            columns.get(j))));
                }
            }
        }
        return x;
    }

    /**
     * {@code estimator} fitted on the {@code columns} of {@code features} (in that order) and {@code target}.
     *
     * @throws IllegalArgumentException as the estimator's fit, or if its model has no weights, naming the step
     */
    static PredictorModel fit(Predictor<?> estimator, Table features, List<String> columns, Column<?> target,
            String step) {
        Table chosen = Table.create(features.name(), columns.stream().<Column<?>>map(features::column).toList());
        PredictorModel model = estimator.fit(chosen, target);
        weights(model, step);
        return model;
    }

    /**
     * Fails unless {@code model} was fitted by {@code estimator} on exactly {@code columns} of {@code schema}, with
     * their types: what a selector's model checks of the model it is given (one read from a file included).
     *
     * @throws IllegalArgumentException naming the step and what differs
     */
    static void requireFittedOn(PredictorModel model, Predictor<?> estimator, Schema schema, List<String> columns,
            String step) {
        if (!model.estimator().equals(estimator)) {
            throw new IllegalArgumentException(step + ": the estimator's model was fitted by " + model.estimator()
                    + ", not by the selector's estimator " + estimator);
        }
        Schema expected = Schema.of(columns, columns.stream().map(schema::type).toList());
        if (!model.schema().equals(expected)) {
            throw new IllegalArgumentException(step + ": the estimator's model must be fitted on " + expected
                    + ", found " + model.schema());
        }
    }

    /**
     * {@code model} as the weights of its features.
     *
     * @throws IllegalArgumentException if it has neither coefficients nor importances, naming the step and the model
     */
    static FeatureWeights weights(PredictorModel model, String step) {
        if (model instanceof FeatureWeights weights) {
            return weights;
        }
        throw new IllegalArgumentException(step + ": the estimator's model, a " + model.getClass().getSimpleName()
                + ", has neither coefficients nor feature importances to rank the columns by (scikit-learn needs"
                + " coef_ or feature_importances_); use a linear model or a tree-based one");
    }
}
