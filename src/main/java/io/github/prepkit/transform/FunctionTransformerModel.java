package io.github.prepkit.transform;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link FunctionTransformer}: the columns its function is applied to. {@link #transform} applies the function
 * to each of their values and {@link #inverseTransform} the inverse function; the columns come out as double columns
 * in their place, other columns are copied.
 */
public final class FunctionTransformerModel implements TransformerModel {

    private static final String STEP = "FunctionTransformerModel";
    private static final System.Logger LOG = System.getLogger(FunctionTransformer.class.getName());
    /** scikit-learn's tolerance for the inverse check, numpy's allclose with rtol 1e-7 and atol 1e-9. */
    private static final double RELATIVE = 1e-7;
    private static final double ABSOLUTE = 1e-9;

    private final FunctionTransformer estimator;
    private final Schema schema;
    private final List<String> columns;

    private FunctionTransformerModel(FunctionTransformer estimator, Schema schema, List<String> columns) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, transforming {@code columns}.
     *
     * @param estimator the estimator the model was fitted with
     * @param schema    the columns of the training table, by name and type
     * @param columns   the transformed columns, as the estimator selects them on the schema
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema
     */
    public static FunctionTransformerModel of(FunctionTransformer estimator, Schema schema, List<String> columns) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        return new FunctionTransformerModel(estimator, schema,
                schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP));
    }

    /** The estimator this model was fitted with. */
    public FunctionTransformer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The transformed columns, in the order they were selected. */
    public List<String> columns() {
        return columns;
    }

    /**
     * A new table in which each value of {@link #columns()} is replaced by {@code func} of it (missing values passed
     * as NaN, infinite ones as they are).
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        return apply(table, estimator.func(), STEP + ".transform");
    }

    /**
     * A new table in which each value of {@link #columns()} is replaced by {@code inverseFunc} of it (the value itself
     * without an inverse function).
     *
     * @param table a table with exactly the fitted columns, the transformed ones as {@link #transform} gives them
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    public Table inverseTransform(Table table) {
        return apply(table, estimator.inverseFunc(), STEP + ".inverseTransform");
    }

    private Table apply(Table table, DoubleUnaryOperator function, String step) {
        double[][] values = values(table, step);
        if (function != null) {
            for (double[] column : values) {
                for (int i = 0; i < column.length; i++) {
                    column[i] = function.applyAsDouble(column[i]);
                }
            }
        }
        return SelectedColumns.replace(table, columns, values);
    }

    /** The columns' values, infinite ones included, once the table is checked against the fitted schema. */
    private double[][] values(Table table, String step) {
        schema.check(table, step);
        double[][] values = new double[columns.size()][];
        for (int j = 0; j < values.length; j++) {
            values[j] = Columns.values(table, columns.get(j));
        }
        return values;
    }

    /**
     * scikit-learn's {@code check_inverse}: logs a warning unless the inverse function undoes the function on every
     * (n / 100)-th row of {@code table} (missing values skipped), within relative 1e-7 and absolute 1e-9.
     */
    void checkInverse(Table table) {
        double[][] values = values(table, STEP + ".checkInverse");
        int step = Math.max(1, table.rowCount() / 100);
        for (int j = 0; j < values.length; j++) {
            for (int i = 0; i < table.rowCount(); i += step) {
                double x = values[j][i];
                double back = estimator.inverseFunc().applyAsDouble(estimator.func().applyAsDouble(x));
                if (!Double.isNaN(x) && x != back && !(Math.abs(x - back) <= ABSOLUTE + RELATIVE * Math.abs(back))) {
                    LOG.log(System.Logger.Level.WARNING, "FunctionTransformer: the provided functions are not strictly"
                            + " inverse of each other (column '" + columns.get(j) + "', row " + i + ": " + x
                            + " comes back as " + back + "). If you are sure you want to proceed regardless, set"
                            + " checkInverse(false).");
                    return;
                }
            }
        }
    }

    /** {@code FunctionTransformerModel on [columns]: func given, inverseFunc none}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": func " + (estimator.func() == null ? "identity" : "given")
                + ", inverseFunc " + (estimator.inverseFunc() == null ? "identity" : "given");
    }
}
