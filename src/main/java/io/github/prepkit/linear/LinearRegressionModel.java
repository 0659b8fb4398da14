package io.github.prepkit.linear;

import io.github.prepkit.data.Schema;

/**
 * A fitted {@link LinearRegression}: {@link #coefficients()} and {@link #intercept()}, and predictions
 * x . coefficients + intercept.
 */
public final class LinearRegressionModel extends LinearRegressorModel {

    LinearRegressionModel(Schema schema, String target, double[] coefficients, double intercept) {
        super(schema, target, coefficients, intercept);
    }
}
