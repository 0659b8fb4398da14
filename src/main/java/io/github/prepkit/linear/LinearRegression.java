package io.github.prepkit.linear;

import io.github.prepkit.base.WeightedRegressor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureColumns;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Ordinary least-squares linear regression, as scikit-learn's {@code LinearRegression}: the coefficients and
 * intercept minimising the sum of squared residuals. With an intercept, features and target are centred first, as
 * scikit-learn does. Where the features are collinear (a constant or duplicated column, fewer rows than features)
 * the answer is the minimum-norm solution, as scikit-learn's. Fitting costs one pass forming X^T X
 * (rows x features^2 / 2 multiply-adds) and a few passes refining the solution (see the package's least-squares
 * kernel). Features and target near the ends of the double range (1e300, 1e-200, subnormal numbers) are solved
 * scaled by powers of two, which least squares does not notice: the answer is that of the same data at an ordinary
 * magnitude, scaled back, where scikit-learn's Gram matrix would overflow or underflow.
 *
 * @param fitIntercept whether to fit an intercept (default true); without one the line goes through the origin
 */
public record LinearRegression(boolean fitIntercept) implements WeightedRegressor<LinearRegressionModel> {

    private static final String STEP = "LinearRegression";

    /** scikit-learn's default: with an intercept. */
    public LinearRegression() {
        this(true);
    }

    /** A copy that does ({@code true}) or does not fit an intercept. */
    public LinearRegression fitIntercept(boolean fitIntercept) {
        return new LinearRegression(fitIntercept);
    }

    /**
     * Fits the least-squares coefficients of {@code target} on every column of {@code features}; neither is
     * modified.
     *
     * @throws IllegalArgumentException if there are no rows or no feature column, a feature is not numeric or has
     *                                  a missing value, or the target is not numeric, has a missing value or
     *                                  another size, naming the column; or a coefficient or the intercept is beyond
     *                                  the double range, where no finite answer exists
     */
    @Override
    public LinearRegressionModel fit(Table features, Column<?> target) {
        return solve(features, target, null);
    }

    /**
     * Fits weighted least squares, each row's squared residual times its weight, as scikit-learn's
     * {@code fit(X, y, sample_weight)}: with an intercept, features and target are centred on their weighted means. A
     * row of weight 0 counts for nothing.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public LinearRegressionModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return solve(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private LinearRegressionModel solve(Table features, Column<?> target, double[] sampleWeight) {
        TrainingData.requireFitShape(features, target, STEP);
        FeatureColumns columns = FeatureColumns.of(features, STEP);
        double[][] x = columns.arrays();
        double[] y = TrainingData.numericTarget(target, STEP);
        LeastSquares.Solution solution = sampleWeight == null
                ? LeastSquares.fit(x, columns.ranges(), columns.sums(), y, fitIntercept)
                : LeastSquares.fit(x, y, SampleWeights.checked(sampleWeight, y.length, STEP), fitIntercept);
        for (int j = 0; j < x.length; j++) {
            if (Double.isInfinite(solution.coefficients()[j])) {
                throw new IllegalArgumentException(STEP + ": the coefficient of feature column '" + features.columnNames().get(j)
                        + "' is beyond the double range (the target varies over more than 1e308 times as much);"
                        + " rescale the target or the feature");
            }
        }
        if (Double.isInfinite(solution.intercept())) {
            throw new IllegalArgumentException(STEP + ": the intercept is beyond the double range; center the target"
                    + " or the features first");
        }
        return LinearRegressionModel.of(this, Schema.of(features), target.name(), solution.coefficients(),
                solution.intercept());
    }
}
