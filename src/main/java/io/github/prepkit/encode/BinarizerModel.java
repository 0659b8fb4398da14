package io.github.prepkit.encode;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link Binarizer}: the columns it binarises against its threshold. It holds no learned number, as
 * scikit-learn's {@code Binarizer} learns none.
 */
public final class BinarizerModel implements TransformerModel {

    private static final String STEP = "BinarizerModel";

    private final Binarizer estimator;
    private final Schema schema;
    private final List<String> columns;

    private BinarizerModel(Binarizer estimator, Schema schema, List<String> columns) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, binarising {@code columns}.
     *
     * @param estimator the estimator the model was fitted with
     * @param schema    the columns of the training table, by name and type
     * @param columns   the binarised columns, as the estimator selects them on the schema
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema
     */
    public static BinarizerModel of(Binarizer estimator, Schema schema, List<String> columns) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        return new BinarizerModel(estimator, schema,
                schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP));
    }

    /** The estimator this model was fitted with. */
    public Binarizer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The binarised columns, in the order they were selected. */
    public List<String> columns() {
        return columns;
    }

    /**
     * A new table in which each value of {@link #columns()} above the threshold is 1, any other 0, a missing one
     * missing.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is infinite, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        double threshold = estimator.threshold();
        double[][] values = SelectedColumns.read(table, schema, columns, STEP + ".transform");
        for (double[] column : values) {
            for (int i = 0; i < column.length; i++) {
                column[i] = Double.isNaN(column[i]) ? Double.NaN : column[i] > threshold ? 1 : 0;
            }
        }
        return SelectedColumns.replace(table, columns, values);
    }

    /** {@code BinarizerModel on [columns]: threshold 0.0}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": threshold " + estimator.threshold();
    }
}
