package io.github.prepkit.scale;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SelectedColumns;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Scales each row, over the selected numeric columns, to unit norm, as scikit-learn's {@code Normalizer}: every value
 * of the row divided by the row's L1 norm (sum of absolute values), L2 norm (square root of the sum of squares) or
 * max norm (largest absolute value). A row whose norm is below ten machine epsilons (a row of zeros) is left as it is,
 * as scikit-learn does. The step learns nothing: {@link #fit} only remembers the columns, so that the model sits in
 * pipelines and model files as every other. By default every numeric column counts; {@link #columns(String...)}
 * narrows it and other columns pass through unchanged.
 *
 * <p>A missing value is refused, at fit and at transform, naming the column and the row: a row's norm needs all its
 * values, and leaving the value out would give the row another norm than its neighbours' (scikit-learn refuses NaN
 * too). Where scikit-learn's norm overflows (an L2 norm of values beyond about 1e154, an L1 norm of values summing
 * beyond 1.8e308) it divides by infinity and returns zeros; prepkit computes that row's norm scaled by a power of two
 * and returns the row normalised, its true value.
 *
 * @param norm    the norm each row is divided by (default {@link Norm#L2})
 * @param columns the columns the norm is taken over; empty means every numeric column
 */
public record Normalizer(Norm norm, List<String> columns) implements Transformer<NormalizerModel> {

    private static final String STEP = "Normalizer";

    /** The norm of a row, scikit-learn's {@code norm} parameter. */
    public enum Norm {
        /** The sum of the absolute values ({@code "l1"}). */
        L1,
        /** The square root of the sum of squares, the Euclidean length ({@code "l2"}). */
        L2,
        /** The largest absolute value ({@code "max"}). */
        MAX
    }

    /** Validates and freezes the column list. */
    public Normalizer {
        Checks.notNull(norm, STEP + ": norm");
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: the L2 norm over every numeric column. */
    public Normalizer() {
        this(Norm.L2, List.of());
    }

    /** A copy that divides each row by its {@code norm}. */
    public Normalizer norm(Norm norm) {
        return new Normalizer(norm, columns);
    }

    /** A copy that takes the norm over the named columns only; with no name, every numeric column. */
    public Normalizer columns(String... columns) {
        return new Normalizer(norm, Checks.asList("columns", columns));
    }

    /**
     * Remembers the columns the norm is taken over, after checking their values as scikit-learn's fit does.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a value is
     *                                  missing or infinite, naming the column and row
     */
    @Override
    public NormalizerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        Schema schema = Schema.of(table);
        SelectedColumns.requirePresent(SelectedColumns.read(table, schema, selected, STEP), selected, STEP,
                NormalizerModel.MISSING);
        return NormalizerModel.of(this, schema, selected);
    }
}
