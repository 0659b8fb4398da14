package io.github.prepkit.scale;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link StandardScaler}: the mean and scale of each scaled column. {@link #transform} maps
 * x to (x - mean) / scale and {@link #inverseTransform} back; scaled columns come out as double columns
 * in their original place, missing values stay missing, other columns are copied unchanged.
 */
public final class StandardScalerModel implements TransformerModel {

    private final Schema schema;
    private final List<String> columns;
    private final double[] mean;
    private final double[] scale;

    StandardScalerModel(Schema schema, List<String> columns, double[] mean, double[] scale) {
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.mean = mean;
        this.scale = scale;
    }

    /** The scaled columns, in the order of {@link #mean()} and {@link #scale()}. */
    public List<String> columns() {
        return columns;
    }

    /** Each scaled column's mean (0 where {@code withMean} is false); a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /** Each scaled column's standard deviation (1 where constant or {@code withStd} is false); a copy. */
    public double[] scale() {
        return scale.clone();
    }

    /**
     * A new table with every scaled column standardised.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        return apply(table, false, "StandardScalerModel.transform");
    }

    /**
     * A new table with every scaled column mapped back to its original units: x = z * scale + mean.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    public Table inverseTransform(Table table) {
        return apply(table, true, "StandardScalerModel.inverseTransform");
    }

    private Table apply(Table table, boolean inverse, String step) {
        return ScaledColumns.map(table, schema, columns, step, (j, values) -> {
            double m = mean[j];
            double s = scale[j];
            for (int i = 0; i < values.length; i++) {
                values[i] = inverse ? values[i] * s + m : (values[i] - m) / s;
            }
        });
    }
}
