package io.github.prepkit.transform;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.Collections;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link PowerTransformer}: each column's {@link #lambdas()} and, with {@code standardize}, the
 * {@link #mean()} and {@link #scale()} of its transformed values (scikit-learn's {@code lambdas_} and its scaler's
 * {@code mean_} and {@code scale_}). {@link #transform} maps x to (T(x, lambda) - mean) / scale, {@link
 * #inverseTransform} back; transformed columns come out as double columns in their original place, missing values stay
 * missing, other columns are copied.
 */
public final class PowerTransformerModel implements TransformerModel {

    private static final String STEP = "PowerTransformerModel";

    private final PowerTransformer estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[] lambdas;
    private final double[] mean;
    private final double[] scale;

    private PowerTransformerModel(PowerTransformer estimator, Schema schema, List<String> columns, double[] lambdas,
            double[] mean, double[] scale) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.lambdas = lambdas;
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * The model {@code estimator} fits when it finds {@code lambdas} for {@code columns} of a table with
     * {@code schema}, and {@code mean} and {@code scale} for their transformed values; the arrays are copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the transformed columns, as the estimator selects them on the schema
     * @param lambdas   per column, its lambda, finite
     * @param mean      per column, the mean of its transformed values (NaN for a column without values); 0 without
     *                  {@code standardize}
     * @param scale     per column, the standard deviation of its transformed values (1 for a constant column, NaN for
     *                  one without values); 1 without {@code standardize}
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  an array's length differs from the columns', a lambda is not finite, or the mean
     *                                  and scale are not a {@link StandardScalerModel}'s (finite, a positive scale; 0
     *                                  and 1 without {@code standardize})
     */
    public static PowerTransformerModel of(PowerTransformer estimator, Schema schema, List<String> columns,
            double[] lambdas, double[] mean, double[] scale) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.finite(lambdas, checked.size(), false, STEP + ": lambdas");
        boolean on = estimator.standardize();
        StandardScalerModel scaler;
        try {
            scaler = StandardScalerModel.of(new StandardScaler(on, on, List.of()), transformedSchema(checked), checked,
                    mean, scale);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STEP + ": the standardization (mean and scale) is not valid: "
                    + e.getMessage(), e);
        }
        return new PowerTransformerModel(estimator, schema, checked, lambdas.clone(), scaler.mean(), scaler.scale());
    }

    /** The schema of the transformed columns the standardization is fitted on: {@code columns}, all doubles. */
    static Schema transformedSchema(List<String> columns) {
        return Schema.of(columns, Collections.nCopies(columns.size(), ColumnType.DOUBLE));
    }

    /** The estimator this model was fitted with. */
    public PowerTransformer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The transformed columns, in the order of the arrays this model returns. */
    public List<String> columns() {
        return columns;
    }

    /** Each column's lambda, scikit-learn's {@code lambdas_}; a copy. */
    public double[] lambdas() {
        return lambdas.clone();
    }

    /** Each column's mean after the power transform (0 without {@code standardize}); a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /** Each column's standard deviation after the power transform (1 without {@code standardize}); a copy. */
    public double[] scale() {
        return scale.clone();
    }

    /**
     * A new table with every transformed column mapped to (T(x, lambda) - mean) / scale.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if a
     *                                  value is infinite, not strictly positive for Box-Cox, or maps beyond the double
     *                                  range; naming the column and row
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        return TransformedColumns.map(table, schema, columns, step, (j, values) -> {
            if (estimator.method() == PowerTransformer.Method.BOX_COX) {
                PowerTransformer.requirePositive(values, columns.get(j), step);
            }
            PowerTransformer.transform(estimator.method(), lambdas[j], values);
            standardize(j, values);
        });
    }

    /** Standardizes column j's transformed values in place, as the fitted {@link StandardScalerModel} does. */
    void standardize(int j, double[] values) {
        if (!estimator.standardize()) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = BinaryScale.ratio(values[i], mean[j], scale[j], 0);
        }
    }

    /**
     * A new table with every transformed column mapped back to its original units: the standardization undone, then
     * the power transform's inverse, as scikit-learn's {@code inverse_transform}.
     *
     * @param table a table with exactly the fitted columns, the transformed ones in transformed units; not modified
     * @return the table in original units, a new one
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is infinite, or lies outside the transform's range (so that its inverse
     *                                  is not a number or exceeds the double range), naming the column and row
     */
    public Table inverseTransform(Table table) {
        boolean boxCox = estimator.method() == PowerTransformer.Method.BOX_COX;
        return TransformedColumns.map(table, schema, columns, STEP + ".inverseTransform", (j, values) -> {
            double lambda = lambdas[j];
            for (int i = 0; i < values.length; i++) {
                double y = estimator.standardize() ? BinaryScale.affine(values[i], scale[j], mean[j]) : values[i];
                values[i] = boxCox ? PowerFunctions.boxCoxInverse(y, lambda) : PowerFunctions.yeoJohnsonInverse(y,
                        lambda);
            }
        });
    }

    /** {@code PowerTransformerModel on [columns]: lambdas [...], mean [...], scale [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": lambdas " + Summary.numbers(lambdas) + ", mean "
                + Summary.numbers(mean) + ", scale " + Summary.numbers(scale);
    }
}
