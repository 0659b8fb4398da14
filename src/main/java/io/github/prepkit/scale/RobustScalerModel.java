package io.github.prepkit.scale;

import io.github.prepkit.data.Schema;
import java.util.List;

/**
 * A fitted {@link RobustScaler}: each scaled column's center (median) and scale (quantile range).
 * {@link #transform} maps x to (x - center) / scale and {@link #inverseTransform} back.
 */
public final class RobustScalerModel extends CenterScaleModel {

    RobustScalerModel(Schema schema, List<String> columns, double[] center, double[] scale) {
        super(schema, columns, center, scale);
    }

    /** Each scaled column's median (0 where {@code withCentering} is false), in the order of {@link #columns()}; a copy. */
    public double[] center() {
        return centers();
    }
}
