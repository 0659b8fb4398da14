package io.github.prepkit.scale;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link MinMaxScaler}: each scaled column's minimum and maximum and the resulting {@link #scale()}
 * and {@link #min()} (scikit-learn's {@code scale_} and {@code min_}). Scaled columns come out as double
 * columns in their original place; missing values stay missing; other columns are copied.
 *
 * <p>A column whose magnitude is beyond 2^500 (its range may exceed the double range: -1e308 to 1e308) is
 * transformed as scikit-learn's x * scale + min on its values scaled down by a power of two (see
 * {@link BinaryScale}), with the scale computed at the same magnitude: the result is, bit for bit, that of the same
 * column at an ordinary magnitude, where scikit-learn's range would overflow to infinity.
 */
public final class MinMaxScalerModel implements TransformerModel {

    private static final String STEP = "MinMaxScalerModel";

    private final MinMaxScaler scaler;
    private final Schema schema;
    private final List<String> columns;
    private final double[] dataMin;
    private final double[] dataMax;
    /** Per column, the power of two its values are multiplied by before {@link #scaledScale} applies. */
    private final BinaryScale[] binary;
    /** Per column, the factor for its values times {@link #binary}: width / (scaled max - scaled min). */
    private final double[] scaledScale;
    private final double[] min;

    private MinMaxScalerModel(MinMaxScaler scaler, Schema schema, List<String> columns, double[] dataMin,
            double[] dataMax) {
        this.scaler = scaler;
        this.schema = schema;
        this.columns = columns;
        this.dataMin = dataMin;
        this.dataMax = dataMax;
        this.binary = new BinaryScale[columns.size()];
        this.scaledScale = new double[columns.size()];
        this.min = new double[columns.size()];
        double width = scaler.featureRangeHigh() - scaler.featureRangeLow();
        for (int j = 0; j < columns.size(); j++) {
            binary[j] = binaryScale(dataMin[j], dataMax[j]);
            double low = binary[j].apply(dataMin[j]);
            scaledScale[j] = width / ScaledColumns.nonZeroScale(binary[j].apply(dataMax[j]) - low);
            min[j] = scaler.featureRangeLow() - low * scaledScale[j];
        }
    }

    /**
     * The power of two a column's values are scaled by: one for ordinary magnitudes, and for a constant column
     * (range below ten machine epsilons, which scikit-learn scales by 1 in its own units; no column below 2^-500 has a
     * wider range); otherwise the one that brings its largest magnitude into [1, 2).
     */
    private static BinaryScale binaryScale(double dataMin, double dataMax) {
        BinaryScale scale = BinaryScale.of(Math.max(Math.abs(dataMin), Math.abs(dataMax)), 1);
        double range = scale.undo(scale.apply(dataMax) - scale.apply(dataMin));
        return ScaledColumns.isConstant(range) ? BinaryScale.ONE : scale;
    }

    /**
     * The model {@code estimator} fits when it finds {@code dataMin} and {@code dataMax} for {@code columns} of a table
     * with {@code schema}; the arrays are copied and the scale and offset derived from them.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the scaled columns, as the estimator selects them on the schema
     * @param dataMin   per column, its minimum at fit (NaN with the maximum for a column without values)
     * @param dataMax   per column, its maximum at fit
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  an array's length differs from the columns', a bound is infinite, only one of
     *                                  a column's bounds is NaN, a minimum exceeds its maximum, or a column's offset
     *                                  {@link #min()} exceeds the double range (a constant column near 1e308 with a
     *                                  featureRange wider than 1: scikit-learn's min_ would be infinite)
     */
    public static MinMaxScalerModel of(MinMaxScaler estimator, Schema schema, List<String> columns, double[] dataMin,
            double[] dataMax) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.finite(dataMin, checked.size(), true, STEP + ": dataMin");
        Checks.finite(dataMax, checked.size(), true, STEP + ": dataMax");
        for (int j = 0; j < checked.size(); j++) {
            if (Double.isNaN(dataMin[j]) != Double.isNaN(dataMax[j]) || dataMin[j] > dataMax[j]) {
                throw new IllegalArgumentException(STEP + ": column '" + checked.get(j) + "' has dataMin " + dataMin[j]
                        + " and dataMax " + dataMax[j] + "; both must be NaN (no value at fit) or min <= max");
            }
        }
        MinMaxScalerModel model = new MinMaxScalerModel(estimator, schema, checked, dataMin.clone(), dataMax.clone());
        for (int j = 0; j < checked.size(); j++) {
            if (Double.isInfinite(model.min[j])) {
                throw new IllegalArgumentException(STEP + ": column '" + checked.get(j) + "' (dataMin " + dataMin[j]
                        + ", dataMax " + dataMax[j] + ") has an offset featureRangeLow - dataMin * scale beyond the"
                        + " double range; use a narrower featureRange or rescale the column");
            }
        }
        return model;
    }

    /** The estimator this model was fitted with. */
    public MinMaxScaler estimator() {
        return scaler;
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

    /** Each column's minimum at fit (NaN if no value was present); a copy. */
    public double[] dataMin() {
        return dataMin.clone();
    }

    /** Each column's maximum at fit (NaN if no value was present); a copy. */
    public double[] dataMax() {
        return dataMax.clone();
    }

    /**
     * Each column's factor: range width / (max - min), or the range width for a constant column; a new array. For a
     * column scaled by a power of two, the factor rounded to a double (subnormal when the range is wider than about
     * 2^1022 times the width); {@link #transform} applies it at the column's scale, exactly.
     */
    public double[] scale() {
        double[] scale = new double[columns.size()];
        for (int j = 0; j < scale.length; j++) {
            scale[j] = binary[j].apply(scaledScale[j]);
        }
        return scale;
    }

    /** Each column's offset after scaling: low - dataMin * scale; a copy. */
    public double[] min() {
        return min.clone();
    }

    /**
     * A new table with every scaled column mapped to x * scale + min, clipped to the range if asked.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is infinite, or maps beyond the double range (without clip), naming the
     *                                  column and row
     */
    @Override
    public Table transform(Table table) {
        double low = scaler.featureRangeLow();
        double high = scaler.featureRangeHigh();
        return ScaledColumns.map(table, schema, columns, "MinMaxScalerModel.transform", (j, values, from, to) -> {
            for (int i = from; i < to; i++) {
                double x = BinaryScale.affine(binary[j].apply(values[i]), scaledScale[j], min[j]);
                values[i] = scaler.clip() ? Math.min(high, Math.max(low, x)) : x;
            }
        });
    }

    /**
     * A new table with every scaled column mapped back to its original units: x = (x' - min) / scale.
     *
     * @param table a table with exactly the fitted columns, the scaled ones in scaled units; it is not modified
     * @return the table in original units, a new one
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is infinite, or maps beyond the double range, naming the column and row
     */
    public Table inverseTransform(Table table) {
        return ScaledColumns.map(table, schema, columns, "MinMaxScalerModel.inverseTransform", (j, values, from, to) -> {
            for (int i = from; i < to; i++) {
                values[i] = binary[j].undo(BinaryScale.ratio(values[i], min[j], scaledScale[j], 0));
            }
        });
    }

    /** {@code MinMaxScalerModel on [columns]: dataMin [...], dataMax [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": dataMin " + Summary.numbers(dataMin) + ", dataMax "
                + Summary.numbers(dataMax);
    }
}
