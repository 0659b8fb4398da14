package io.github.prepkit.scale;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link RobustScaler}: each scaled column's center (median) and scale (quantile range).
 * {@link #transform} maps x to (x - center) / scale and {@link #inverseTransform} back.
 */
public final class RobustScalerModel extends CenterScaleModel {

    private static final String STEP = "RobustScalerModel";

    private final RobustScaler estimator;

    private RobustScalerModel(RobustScaler estimator, Schema schema, List<String> columns, double[] center,
            double[] scale) {
        super(schema, columns, center, scale);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when it learns {@code center} and {@code scale} for {@code columns} of a table
     * with {@code schema}; the arrays are copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the scaled columns, as the estimator selects them on the schema
     * @param center    per column, its median (0 without {@code withCentering})
     * @param scale     per column, its quantile range, or 1 for a zero range or without {@code withScaling}
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  an array's length differs from the columns', a center is infinite, a scale is
     *                                  not finite and positive, or a center is not 0 (a scale not 1) where the
     *                                  estimator switches it off
     */
    public static RobustScalerModel of(RobustScaler estimator, Schema schema, List<String> columns, double[] center,
            double[] scale) {
        Checks.notNull(estimator, STEP + ": estimator");
        List<String> checked = checked(schema, estimator.columns(), columns, center, scale, estimator.withCentering(),
                estimator.withScaling(), STEP);
        return new RobustScalerModel(estimator, schema, checked, center.clone(), scale.clone());
    }

    /** The estimator this model was fitted with. */
    public RobustScaler estimator() {
        return estimator;
    }

    /** Each scaled column's median (0 where {@code withCentering} is false), in the order of {@link #columns()}; a copy. */
    public double[] center() {
        return centers();
    }

    /** {@code RobustScalerModel on [columns]: center [...], scale [...]}. */
    @Override
    public String toString() {
        return describe("center");
    }
}
