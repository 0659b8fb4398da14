package io.github.prepkit.scale;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link StandardScaler}: the mean and scale (population standard deviation) of each scaled column.
 * {@link #transform} maps x to (x - mean) / scale and {@link #inverseTransform} back.
 */
public final class StandardScalerModel extends CenterScaleModel {

    private static final String STEP = "StandardScalerModel";

    private final StandardScaler estimator;

    private StandardScalerModel(StandardScaler estimator, Schema schema, List<String> columns, double[] mean,
            double[] scale) {
        super(schema, columns, mean, scale);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when it learns {@code mean} and {@code scale} for {@code columns} of a table
     * with {@code schema}; the arrays are copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the scaled columns, as the estimator selects them on the schema
     * @param mean      per column, its mean (0 without {@code withMean})
     * @param scale     per column, its population standard deviation, or 1 for a constant column or without {@code
     *                  withStd}
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  an array's length differs from the columns', a mean is infinite, a scale is not
     *                                  finite and positive, or a mean is not 0 (a scale not 1) where the estimator
     *                                  switches it off
     */
    public static StandardScalerModel of(StandardScaler estimator, Schema schema, List<String> columns, double[] mean,
            double[] scale) {
        Checks.notNull(estimator, STEP + ": estimator");
        List<String> checked = checked(schema, estimator.columns(), columns, mean, scale, estimator.withMean(),
                estimator.withStd(), STEP);
        return new StandardScalerModel(estimator, schema, checked, mean.clone(), scale.clone());
    }

    /** The estimator this model was fitted with. */
    public StandardScaler estimator() {
        return estimator;
    }

    /** Each scaled column's mean (0 where {@code withMean} is false), in the order of {@link #columns()}; a copy. */
    public double[] mean() {
        return centers();
    }

    /** {@code StandardScalerModel on [columns]: mean [...], scale [...]}. */
    @Override
    public String toString() {
        return describe("mean");
    }
}
