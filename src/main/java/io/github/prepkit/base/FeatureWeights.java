package io.github.prepkit.base;

import java.util.List;

/**
 * A fitted model that says how much each of its feature columns matters, as scikit-learn reads it with
 * {@code importance_getter="auto"}: the coefficients of a linear model ({@code coef_}), else the importances of a
 * tree-based one ({@code feature_importances_}). What {@code SelectFromModel} and {@code RFE} rank the columns by.
 */
public interface FeatureWeights extends Model {

    /** The feature columns, in the order of the weights: the fitted columns. */
    default List<String> featureNames() {
        return schema().names();
    }

    /**
     * The raw weights, one row of one value per feature: a linear model's coefficients (one row, or one per class as
     * scikit-learn's two-dimensional {@code coef_}), signed; a tree model's importances as one row. A new array.
     */
    double[][] featureWeightRows();

    /**
     * One weight per feature, at least 0: scikit-learn's {@code _get_feature_importances(estimator, "auto",
     * norm_order=1)}, the absolute value of each of one row's weights, or with several rows (one per class) the sum
     * over the rows of their absolute values, added row after row as numpy's {@code norm(coef_, ord=1, axis=0)}.
     */
    default double[] featureWeights() {
        double[][] rows = featureWeightRows();
        double[] weights = new double[rows[0].length];
        for (double[] row : rows) {
            for (int j = 0; j < weights.length; j++) {
                weights[j] += Math.abs(row[j]);
            }
        }
        return weights;
    }
}
