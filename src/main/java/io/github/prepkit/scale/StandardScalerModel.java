package io.github.prepkit.scale;

import io.github.prepkit.data.Schema;
import java.util.List;

/**
 * A fitted {@link StandardScaler}: the mean and scale (population standard deviation) of each scaled column.
 * {@link #transform} maps x to (x - mean) / scale and {@link #inverseTransform} back.
 */
public final class StandardScalerModel extends CenterScaleModel {

    StandardScalerModel(Schema schema, List<String> columns, double[] mean, double[] scale) {
        super(schema, columns, mean, scale);
    }

    /** Each scaled column's mean (0 where {@code withMean} is false), in the order of {@link #columns()}; a copy. */
    public double[] mean() {
        return centers();
    }
}
