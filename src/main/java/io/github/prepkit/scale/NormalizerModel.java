package io.github.prepkit.scale;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.scale.Normalizer.Norm;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link Normalizer}: the columns each row's norm is taken over. It holds no learned number, as scikit-learn's
 * {@code Normalizer} learns none; {@link #transform} divides each row of those columns by its norm. Normalised columns
 * come out as double columns in their original place, other columns are copied.
 */
public final class NormalizerModel implements TransformerModel {

    /** The end of the message refusing a missing value. */
    static final String MISSING = "a row's norm needs all its values (scikit-learn refuses NaN too): impute them first"
            + " (io.github.prepkit.impute)";

    private static final String STEP = "NormalizerModel";
    /** scikit-learn's bound below which a norm counts as zero and the row is left as it is. */
    private static final double ZERO_NORM = 10 * Math.ulp(1.0);

    private final Normalizer estimator;
    private final Schema schema;
    private final List<String> columns;

    private NormalizerModel(Normalizer estimator, Schema schema, List<String> columns) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema}, normalising {@code columns}.
     *
     * @param estimator the estimator the model was fitted with
     * @param schema    the columns of the training table, by name and type
     * @param columns   the columns the norm is taken over, as the estimator selects them on the schema
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema
     */
    public static NormalizerModel of(Normalizer estimator, Schema schema, List<String> columns) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        return new NormalizerModel(estimator, schema,
                schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP));
    }

    /** The estimator this model was fitted with. */
    public Normalizer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The columns each row's norm is taken over, in the order they were selected. */
    public List<String> columns() {
        return columns;
    }

    /**
     * A new table in which each row's values in {@link #columns()} are divided by their norm; a row whose norm is
     * below ten machine epsilons is kept as it is.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or if a
     *                                  value is missing or infinite, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        String step = STEP + ".transform";
        double[][] values = SelectedColumns.read(table, schema, columns, step);
        SelectedColumns.requirePresent(values, columns, step, MISSING);
        Norm norm = estimator.norm();
        double[] norms = norms(values, table.rowCount(), norm, BinaryScale.ONE);
        for (int i = 0; i < norms.length; i++) {
            if (Double.isInfinite(norms[i])) {
                normaliseScaled(values, i, norm);
            } else if (norms[i] >= ZERO_NORM) {
                for (double[] column : values) {
                    column[i] /= norms[i];
                }
            }
        }
        return SelectedColumns.replace(table, columns, values);
    }

    /** Each row's norm over {@code values} scaled by {@code scale}: one array per column, {@code rows} rows. */
    private static double[] norms(double[][] values, int rows, Norm norm, BinaryScale scale) {
        double[] norms = new double[rows];
        for (double[] column : values) {
            for (int i = 0; i < rows; i++) {
                double magnitude = Math.abs(scale.apply(column[i]));
                norms[i] = switch (norm) {
                    case L1 -> norms[i] + magnitude;
                    case L2 -> norms[i] + magnitude * magnitude;
                    case MAX -> Math.max(norms[i], magnitude);
                };
            }
        }
        if (norm == Norm.L2) {
            for (int i = 0; i < rows; i++) {
                norms[i] = Math.sqrt(norms[i]);
            }
        }
        return norms;
    }

    /**
     * Normalises row {@code row}, whose norm overflows, on its values scaled by the power of two that brings its
     * largest magnitude into [1, 2): the quotients are the same, and the norm is finite.
     */
    private static void normaliseScaled(double[][] values, int row, Norm norm) {
        double largest = 0;
        for (double[] column : values) {
            largest = Math.max(largest, Math.abs(column[row]));
        }
        // an L2 norm overflows only beyond 2^511, an L1 norm beyond 2^1023 / columns: both are scaled at their degree
        BinaryScale scale = BinaryScale.of(largest, norm == Norm.L2 ? 2 : 1);
        double[][] cells = new double[values.length][];
        for (int j = 0; j < values.length; j++) {
            cells[j] = new double[] {values[j][row]};
        }
        double scaledNorm = norms(cells, 1, norm, scale)[0];
        for (double[] column : values) {
            column[row] = scale.apply(column[row]) / scaledNorm;
        }
    }

    /** {@code NormalizerModel on [columns]: norm L2}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": norm " + estimator.norm();
    }
}
