package io.github.prepkit.scale;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted scaler of the form x' = (x - center) / scale per column, shared by {@link StandardScalerModel}
 * and {@link RobustScalerModel}. Scaled columns come out as double columns in their original place, missing
 * values stay missing, other columns are copied unchanged.
 */
abstract sealed class CenterScaleModel implements TransformerModel permits StandardScalerModel, RobustScalerModel {

    private final Schema schema;
    private final List<String> columns;
    private final double[] center;
    private final double[] scale;

    CenterScaleModel(Schema schema, List<String> columns, double[] center, double[] scale) {
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.center = center;
        this.scale = scale;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The scaled columns, in the order of the arrays this model returns. */
    public List<String> columns() {
        return columns;
    }

    /** Each scaled column's divisor (1 for a constant column or where scaling is switched off); a copy. */
    public double[] scale() {
        return scale.clone();
    }

    double[] centers() {
        return center.clone();
    }

    /**
     * A new table with every scaled column mapped to (x - center) / scale.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        return ScaledColumns.map(table, schema, columns, getClass().getSimpleName() + ".transform", (j, values) -> {
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
        return ScaledColumns.map(table, schema, columns, getClass().getSimpleName() + ".inverseTransform", (j, values) -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] * scale[j] + center[j];
            }
        });
    }
}
