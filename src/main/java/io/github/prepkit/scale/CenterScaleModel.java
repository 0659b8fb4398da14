package io.github.prepkit.scale;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted scaler of the form x' = (x - center) / scale per column, shared by {@link StandardScalerModel},
 * {@link RobustScalerModel} and {@link MaxAbsScalerModel} (whose centers are 0). Scaled columns come out as double columns in their original place, missing
 * values stay missing, other columns are copied unchanged.
 *
 * <p>The fit measures a column's statistics at a power of two where its sums or squares would overflow or underflow
 * (see {@link BinaryScale}) and keeps them rounded to doubles: for a column of subnormal numbers they have few bits
 * (a scale at least Double.MIN_VALUE). The model transforms with exactly the statistics it reports, so one rebuilt
 * from them, or loaded from a file, transforms bit for bit as the fitted one.
 */
abstract sealed class CenterScaleModel implements TransformerModel
        permits StandardScalerModel, RobustScalerModel, MaxAbsScalerModel {

    private final Schema schema;
    private final List<String> columns;
    private final double[] center;
    private final double[] scale;

    /** Takes the state as {@link #checked} returned it. */
    CenterScaleModel(Schema schema, List<String> columns, double[] center, double[] scale) {
        this.schema = schema;
        this.columns = columns;
        this.center = center;
        this.scale = scale;
    }

    /**
     * Validates the state a validating factory is given and returns the columns, unmodifiable: the columns are the
     * numeric ones the estimator's {@code columns} selects on the schema; one center per column, finite or NaN (a
     * column with no value at fit), and 0 where centering is off; one scale per column, finite and positive (or NaN for
     * a column with no value), and 1 where scaling is off.
     */
    static List<String> checked(Schema schema, List<String> requested, List<String> columns, double[] center,
            double[] scale, boolean centering, boolean scaling, String step) {
        Checks.notNull(schema, step + ": schema");
        List<String> checked = schema.requireSelected(requested, columns, ColumnKind.NUMERIC, step);
        Checks.finite(center, checked.size(), true, step + ": center");
        Checks.finite(scale, checked.size(), true, step + ": scale");
        for (int j = 0; j < checked.size(); j++) {
            if (scale[j] <= 0) {
                throw new IllegalArgumentException(step + ": the scale of column '" + checked.get(j)
                        + "' must be positive, found " + scale[j]);
            }
            if (!centering && center[j] != 0 || !scaling && scale[j] != 1) {
                throw new IllegalArgumentException(step + ": column '" + checked.get(j) + "' has center " + center[j]
                        + " and scale " + scale[j] + ", but the estimator's centering is " + centering
                        + " and scaling " + scaling + " (0 and 1 where off)");
            }
        }
        return checked;
    }

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
     * A new table with every scaled column mapped to (x - center) / scale; where x - center overflows, it is taken on
     * halves, so the result is finite whenever its true value is.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is infinite, or maps beyond the double range, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        return transform(table, SelectedColumns.read(table, schema, columns, transformStep()));
    }

    /** {@link #transform(Table)} of the scaled columns' {@code values}, already read from {@code table} and checked. */
    Table transform(Table table, double[][] values) {
        return ScaledColumns.map(table, columns, transformStep(), values, (j, column, from, to) -> {
            for (int i = from; i < to; i++) {
                column[i] = BinaryScale.ratio(column[i], center[j], scale[j], 0);
            }
        });
    }

    private String transformStep() {
        return getClass().getSimpleName() + ".transform";
    }

    /**
     * A new table with every scaled column mapped back to its original units: x = x' * scale + center.
     *
     * @param table a table with exactly the fitted columns, the scaled ones in scaled units; it is not modified
     * @return the table in original units, a new one
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is infinite, or maps beyond the double range, naming the column and row
     */
    public Table inverseTransform(Table table) {
        String step = getClass().getSimpleName() + ".inverseTransform";
        return ScaledColumns.map(table, schema, columns, step, (j, values, from, to) -> {
            for (int i = from; i < to; i++) {
                values[i] = BinaryScale.affine(values[i], scale[j], center[j]);
            }
        });
    }

    /** The type, the scaled columns, their centers under {@code centerName} and their scales. */
    String describe(String centerName) {
        return getClass().getSimpleName() + " on " + Summary.names(columns) + ": " + centerName + " "
                + Summary.numbers(center) + ", scale " + Summary.numbers(scale);
    }
}
