package io.github.prepkit.encode;

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
 * Turns numeric columns into 0/1 flags against a threshold, as scikit-learn's {@code Binarizer}: a value greater than
 * {@code threshold} becomes 1, any other (the threshold itself included) 0. The step learns nothing: {@link #fit} only
 * remembers the columns, so that the model sits in pipelines and model files as every other. By default every numeric
 * column is binarised; {@link #columns(String...)} narrows it and other columns pass through unchanged. Binarised
 * columns come out as double columns in their place.
 *
 * <p>Where prepkit differs: a missing value stays missing (scikit-learn refuses NaN; counting it as "not above the
 * threshold" would turn an unknown into a 0). An infinite value is refused, as scikit-learn does.
 *
 * @param threshold the value above which a value becomes 1 (default 0); not NaN, and may be infinite (+Infinity makes
 *                  every value 0, -Infinity every value 1)
 * @param columns   the columns to binarise; empty means every numeric column
 */
public record Binarizer(double threshold, List<String> columns) implements Transformer<BinarizerModel> {

    private static final String STEP = "Binarizer";

    /** Validates the threshold and freezes the column list. */
    public Binarizer {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException(STEP + ": threshold must be a number, found NaN");
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: threshold 0, every numeric column. */
    public Binarizer() {
        this(0, List.of());
    }

    /** A copy whose values above {@code threshold} become 1. */
    public Binarizer threshold(double threshold) {
        return new Binarizer(threshold, columns);
    }

    /** A copy that binarises only the named columns; with no name, every numeric column. */
    public Binarizer columns(String... columns) {
        return new Binarizer(threshold, Checks.asList("columns", columns));
    }

    /**
     * Remembers the columns to binarise, after checking their values as scikit-learn's fit does.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, or a value is
     *                                  infinite, naming the column and row
     */
    @Override
    public BinarizerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        Schema schema = Schema.of(table);
        SelectedColumns.read(table, schema, selected, STEP);
        return BinarizerModel.of(this, schema, selected);
    }
}
