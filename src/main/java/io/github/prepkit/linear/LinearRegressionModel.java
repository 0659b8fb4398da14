package io.github.prepkit.linear;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;

/**
 * A fitted {@link LinearRegression}: {@link #coefficients()} and {@link #intercept()}, and predictions
 * x . coefficients + intercept.
 */
public final class LinearRegressionModel extends LinearRegressorModel {

    private static final String STEP = "LinearRegressionModel";

    private final LinearRegression estimator;

    private LinearRegressionModel(LinearRegression estimator, Schema schema, String target, double[] coefficients,
            double intercept) {
        super(schema, target, coefficients, intercept);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when it learns {@code coefficients} and {@code intercept} for {@code target} on
     * features with {@code schema}, every column a feature; the coefficients are copied.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the feature columns seen at fit, every one numeric
     * @param target       the target column's name, which predictions take
     * @param coefficients one per feature, in schema order
     * @param intercept    the intercept, 0 without {@code fitIntercept}
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, the target is null,
     *                                  there is not one coefficient per column, a number is not finite, or the
     *                                  intercept is not 0 where the estimator does not fit one
     */
    public static LinearRegressionModel of(LinearRegression estimator, Schema schema, String target,
            double[] coefficients, double intercept) {
        Checks.notNull(estimator, STEP + ": estimator");
        check(schema, target, coefficients, intercept, estimator.fitIntercept(), STEP);
        return new LinearRegressionModel(estimator, schema, target, coefficients, intercept);
    }

    /** The estimator this model was fitted with. */
    public LinearRegression estimator() {
        return estimator;
    }
}
