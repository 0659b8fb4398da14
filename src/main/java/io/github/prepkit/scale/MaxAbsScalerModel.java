package io.github.prepkit.scale;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link MaxAbsScaler}: each scaled column's largest absolute value at fit ({@link #maxAbs()}, scikit-learn's
 * {@code max_abs_}) and the divisor derived from it ({@link #scale()}, {@code scale_}). {@link #transform} maps x to
 * x / scale and {@link #inverseTransform} back to x' * scale; scaled columns come out as double columns in their
 * original place, missing values stay missing, other columns are copied.
 */
public final class MaxAbsScalerModel extends CenterScaleModel {

    private static final String STEP = "MaxAbsScalerModel";

    private final MaxAbsScaler estimator;
    private final double[] maxAbs;

    private MaxAbsScalerModel(MaxAbsScaler estimator, Schema schema, List<String> columns, double[] maxAbs,
            double[] scale) {
        super(schema, columns, new double[columns.size()], scale);
        this.estimator = estimator;
        this.maxAbs = maxAbs;
    }

    /**
     * The model {@code estimator} fits when it finds {@code maxAbs} for {@code columns} of a table with
     * {@code schema}; the array is copied and the scales derived from it (1 below ten machine epsilons).
     *
     * @param estimator the estimator the model was fitted with; the columns must be those it selects
     * @param schema    the columns of the training table, by name and type
     * @param columns   the scaled columns, as the estimator selects them on the schema
     * @param maxAbs    per column, its largest absolute value at fit, or NaN for a column with no value
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  the array's length differs from the columns', or a value is infinite or
     *                                  negative
     */
    public static MaxAbsScalerModel of(MaxAbsScaler estimator, Schema schema, List<String> columns, double[] maxAbs) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(columns, STEP + ": columns");
        Checks.finite(maxAbs, columns.size(), true, STEP + ": maxAbs");
        double[] scale = new double[maxAbs.length];
        for (int j = 0; j < scale.length; j++) {
            if (maxAbs[j] < 0) {
                throw new IllegalArgumentException(STEP + ": the maxAbs of column '" + columns.get(j)
                        + "' must be at least 0, found " + maxAbs[j]);
            }
            scale[j] = ScaledColumns.nonZeroScale(maxAbs[j]);
        }
        List<String> checked = checked(schema, estimator.columns(), columns, new double[scale.length], scale, false,
                true, STEP);
        return new MaxAbsScalerModel(estimator, schema, checked, maxAbs.clone(), scale);
    }

    /** The estimator this model was fitted with. */
    public MaxAbsScaler estimator() {
        return estimator;
    }

    /** Each scaled column's largest absolute value at fit (NaN if it had no value), in column order; a copy. */
    public double[] maxAbs() {
        return maxAbs.clone();
    }

    /** {@code MaxAbsScalerModel on [columns]: maxAbs [...], scale [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns()) + ": maxAbs " + Summary.numbers(maxAbs) + ", scale "
                + Summary.numbers(scale());
    }
}
