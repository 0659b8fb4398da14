package io.github.prepkit.scale;

import io.github.prepkit.base.Summary;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Checks;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link MinMaxScaler}: each scaled column's minimum and maximum and the resulting {@link #scale()}
 * and {@link #min()} (scikit-learn's {@code scale_} and {@code min_}). Scaled columns come out as double
 * columns in their original place; missing values stay missing; other columns are copied.
 */
public final class MinMaxScalerModel implements TransformerModel {

    private static final String STEP = "MinMaxScalerModel";

    private final MinMaxScaler scaler;
    private final Schema schema;
    private final List<String> columns;
    private final double[] dataMin;
    private final double[] dataMax;
    private final double[] scale;
    private final double[] min;

    private MinMaxScalerModel(MinMaxScaler scaler, Schema schema, List<String> columns, double[] dataMin,
            double[] dataMax) {
        this.scaler = scaler;
        this.schema = schema;
        this.columns = columns;
        this.dataMin = dataMin;
        this.dataMax = dataMax;
        this.scale = new double[columns.size()];
        this.min = new double[columns.size()];
        double width = scaler.featureRangeHigh() - scaler.featureRangeLow();
        for (int j = 0; j < columns.size(); j++) {
            scale[j] = width / ScaledColumns.nonZeroScale(dataMax[j] - dataMin[j]);
            min[j] = scaler.featureRangeLow() - dataMin[j] * scale[j];
        }
    }

    /**
     * The model {@code estimator} fits when it finds {@code dataMin} and {@code dataMax} for {@code columns} of a table
     * with {@code schema}; the arrays are copied and the scale and offset derived from them.
     *
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  an array's length differs from the columns', a bound is infinite, only one of
     *                                  a column's bounds is NaN, or a minimum exceeds its maximum
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
        return new MinMaxScalerModel(estimator, schema, checked, dataMin.clone(), dataMax.clone());
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

    /** Each column's factor: range width / (max - min), or the range width for a constant column; a copy. */
    public double[] scale() {
        return scale.clone();
    }

    /** Each column's offset after scaling: low - dataMin * scale; a copy. */
    public double[] min() {
        return min.clone();
    }

    /**
     * A new table with every scaled column mapped to x * scale + min, clipped to the range if asked.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        double low = scaler.featureRangeLow();
        double high = scaler.featureRangeHigh();
        return ScaledColumns.map(table, schema, columns, "MinMaxScalerModel.transform", (j, values) -> {
            for (int i = 0; i < values.length; i++) {
                double x = values[i] * scale[j] + min[j];
                values[i] = scaler.clip() ? Math.min(high, Math.max(low, x)) : x;
            }
        });
    }

    /**
     * A new table with every scaled column mapped back to its original units: x = (x' - min) / scale.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    public Table inverseTransform(Table table) {
        return ScaledColumns.map(table, schema, columns, "MinMaxScalerModel.inverseTransform", (j, values) -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = (values[i] - min[j]) / scale[j];
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
