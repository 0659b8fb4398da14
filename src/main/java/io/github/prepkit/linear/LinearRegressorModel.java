package io.github.prepkit.linear;

import io.github.prepkit.base.FeatureWeights;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted linear regressor, shared by {@link LinearRegressionModel} and {@link SGDRegressorModel}: it predicts
 * x . coefficients + intercept for every row.
 */
abstract sealed class LinearRegressorModel implements PredictorModel, FeatureWeights
        permits LinearRegressionModel, SGDRegressorModel {

    private final Schema schema;
    private final String target;
    private final double[] coefficients;
    private final double intercept;

    /** Takes the state as {@link #check} accepted it; copies the coefficients. */
    LinearRegressorModel(Schema schema, String target, double[] coefficients, double intercept) {
        this.schema = schema;
        this.target = target;
        this.coefficients = coefficients.clone();
        this.intercept = intercept;
    }

    /**
     * Validates the state a validating factory is given: every column of the schema a numeric feature, a target
     * name, one finite coefficient per feature and a finite intercept, 0 unless {@code fitIntercept}.
     */
    static void check(Schema schema, String target, double[] coefficients, double intercept, boolean fitIntercept,
            String step) {
        int features = Checks.numericFeatures(schema, step).size();
        Checks.notNull(target, step + ": target");
        Checks.finite(coefficients, features, false, step + ": coefficients");
        if (!Double.isFinite(intercept) || !fitIntercept && intercept != 0) {
            throw new IllegalArgumentException(step + ": the intercept must be finite, and 0 where the estimator's"
                    + " fitIntercept is false; found " + intercept + " with fitIntercept " + fitIntercept);
        }
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The feature columns seen at fit, in the order of {@link #coefficients()}. */
    public List<String> features() {
        return schema.names();
    }

    /** The target column's name, which predictions carry. */
    public String target() {
        return target;
    }

    /** One coefficient per feature, in the order of {@link #features()} (scikit-learn's {@code coef_}); a copy. */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The coefficients as one row ({@link FeatureWeights}: scikit-learn's {@code coef_}). */
    @Override
    public double[][] featureWeightRows() {
        return new double[][] {coefficients.clone()};
    }

    /** The intercept (scikit-learn's {@code intercept_}); 0 when it was not fitted. */
    public double intercept() {
        return intercept;
    }

    /**
     * The prediction x . coefficients + intercept for every row, as a double column named like the target.
     * O(rows x features).
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, or a value is missing,
     *                                  naming the column
     */
    @Override
    public DoubleColumn predict(Table features) {
        String step = getClass().getSimpleName() + ".predict";
        schema.check(features, step);
        FeatureMatrix x = FeatureMatrix.of(features, schema.names(), step);
        return DoubleColumn.create(target, RowMajor.times(x.values(), x.columns(), coefficients, intercept));
    }

    /** {@code <Model> on [features]: target y, coefficients [...], intercept b}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " on " + Summary.names(features()) + ": target " + target
                + ", coefficients " + Summary.numbers(coefficients) + ", intercept " + Summary.number(intercept);
    }
}
