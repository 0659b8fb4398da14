package io.github.prepkit.scale;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link RobustScaler}: each scaled column's center (median) and scale (quantile range). Scaled
 * columns come out as double columns in their original place; missing values stay missing; other columns
 * are copied.
 */
public final class RobustScalerModel implements TransformerModel {

    private final Schema schema;
    private final List<String> columns;
    private final double[] center;
    private final double[] scale;

    RobustScalerModel(Schema schema, List<String> columns, double[] center, double[] scale) {
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.center = center;
        this.scale = scale;
    }

    /** The scaled columns, in the order of {@link #center()} and {@link #scale()}. */
    public List<String> columns() {
        return columns;
    }

    /** Each column's median (0 where {@code withCentering} is false); a copy. */
    public double[] center() {
        return center.clone();
    }

    /** Each column's quantile range (1 where it is zero or {@code withScaling} is false); a copy. */
    public double[] scale() {
        return scale.clone();
    }

    /**
     * A new table with every scaled column mapped to (x - center) / scale.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        return ScaledColumns.map(table, schema, columns, "RobustScalerModel.transform", (j, values) -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = (values[i] - center[j]) / scale[j];
            }
        });
    }

    /**
     * A new table with every scaled column mapped back to its original units: x = x' * scale + center.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    public Table inverseTransform(Table table) {
        return ScaledColumns.map(table, schema, columns, "RobustScalerModel.inverseTransform", (j, values) -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] * scale[j] + center[j];
            }
        });
    }
}
