package io.github.prepkit.encode;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Replaces categorical columns by 0/1 dummy columns, one per level, as pandas' {@code get_dummies} and
 * scikit-learn's {@code OneHotEncoder}, but remembering the training levels so that a test table gets exactly
 * the same columns. Each encoded column {@code c} gives way, in its place, to integer columns {@code c_<level>}
 * with the levels sorted (text order for string columns, number order for numeric ones); every other column is
 * copied unchanged. The dummy columns are {@code IntColumn}s where pandas 1.5 gives {@code uint8}; a dummy name
 * already taken (a level {@code "nan"} with {@code dummyNa}, or a column {@code color_red} beside {@code color})
 * fails at fit.
 *
 * <p>By default every string column is encoded (pandas encodes object columns); {@link #columns(String...)}
 * names the columns, which may also be numeric: their levels are their distinct values, named without a
 * fraction when whole ({@code size_3}, where pandas writes {@code size_3.0} for a double column) and by
 * {@link Double#toString} otherwise ({@code size_2.5}).
 *
 * <p>Missing values (the empty string, NaN) are not a level: their row gets all zeros, as pandas does, unless
 * {@code dummyNa} adds a {@code c_nan} column, which pandas adds even when the training column has no missing
 * value. A column whose values are all missing therefore gives no dummy column. scikit-learn instead treats NaN
 * as a category of its own; a missing value is never unknown here.
 *
 * <p>Levels seen fewer than {@code minFrequency} times at fit are grouped into one {@code c_infrequent}
 * column, as scikit-learn's {@code min_frequency}; the missing level is never grouped. The dummy columns of
 * a column are, in this order: its frequent levels, {@code c_nan}, {@code c_infrequent}. {@code dropFirst}
 * drops the first of them, which is pandas' {@code drop_first} and scikit-learn 1.2's {@code drop="first"}:
 * the first frequent level, else {@code c_nan}, else {@code c_infrequent}; a column with a single dummy
 * column is left with none.
 *
 * <p>A level not seen at fit fails {@code transform} with {@link HandleUnknown#ERROR}, or gets all zeros with
 * {@link HandleUnknown#IGNORE} (never the infrequent column, as scikit-learn's {@code "ignore"}); when a column
 * was dropped, that is the dropped level's code too, and the model logs a warning as scikit-learn does.
 *
 * @param columns       the columns to encode; empty means every string column
 * @param dropFirst     whether to drop each column's first dummy column (default false)
 * @param dummyNa       whether missing values get a {@code <column>_nan} column (default false: all zeros)
 * @param handleUnknown what {@code transform} does with a level not seen at fit (default {@link HandleUnknown#ERROR})
 * @param minFrequency  0 (the default) groups nothing; a whole number {@code m >= 1} is a count: levels seen fewer
 *                      than m times are infrequent; a number strictly between 0 and 1 is a fraction of the fitted
 *                      rows (missing ones included): levels seen fewer than {@code minFrequency * rows} times are
 *                      infrequent, as scikit-learn's int and float {@code min_frequency} (1.0 counts as the
 *                      count 1, which groups nothing, where scikit-learn rejects the float 1.0)
 */
public record OneHotEncoder(List<String> columns, boolean dropFirst, boolean dummyNa, HandleUnknown handleUnknown,
        double minFrequency) implements Transformer<OneHotEncoderModel> {

    private static final String STEP = "OneHotEncoder";

    /**
     * Validates the parameters and freezes the column list.
     *
     * @throws IllegalArgumentException naming the parameter: a null or repeated column name, a null
     *                                  {@code handleUnknown} or {@link HandleUnknown#USE_ENCODED_VALUE} (an ordinal
     *                                  encoder's choice), or a {@code minFrequency} that is negative, NaN, infinite, or
     *                                  1 or more without being whole
     */
    public OneHotEncoder {
        columns = Checks.columnNames(columns, STEP);
        Checks.notNull(handleUnknown, "handleUnknown");
        if (handleUnknown == HandleUnknown.USE_ENCODED_VALUE) {
            throw new IllegalArgumentException(STEP + ": handleUnknown must be ERROR or IGNORE, found "
                    + handleUnknown + " (an OrdinalEncoder's choice)");
        }
        if (!(minFrequency >= 0 && minFrequency < 1 || minFrequency >= 1 && minFrequency == Math.rint(minFrequency)
                && !Double.isInfinite(minFrequency))) {
            throw new IllegalArgumentException(STEP + ": minFrequency must be 0 (off), a fraction in (0, 1) or a whole "
                    + "count >= 1, found " + minFrequency);
        }
    }

    /** pandas' and scikit-learn's defaults: every string column, nothing dropped, missing as all zeros, unknown fails. */
    public OneHotEncoder() {
        this(List.of(), false, false, HandleUnknown.ERROR, 0);
    }

    /** A copy that encodes only the named columns (string or numeric); with no name, every string column. */
    public OneHotEncoder columns(String... columns) {
        return new OneHotEncoder(Checks.asList("columns", columns), dropFirst, dummyNa, handleUnknown,
                minFrequency);
    }

    /** A copy that does ({@code true}) or does not drop each column's first dummy column. */
    public OneHotEncoder dropFirst(boolean dropFirst) {
        return new OneHotEncoder(columns, dropFirst, dummyNa, handleUnknown, minFrequency);
    }

    /** A copy that does ({@code true}) or does not give missing values a {@code <column>_nan} column. */
    public OneHotEncoder dummyNa(boolean dummyNa) {
        return new OneHotEncoder(columns, dropFirst, dummyNa, handleUnknown, minFrequency);
    }

    /** A copy that treats a level not seen at fit as {@code handleUnknown} says ({@code ERROR} or {@code IGNORE}). */
    public OneHotEncoder handleUnknown(HandleUnknown handleUnknown) {
        return new OneHotEncoder(columns, dropFirst, dummyNa, handleUnknown, minFrequency);
    }

    /**
     * A copy that groups infrequent levels: a count ({@code minFrequency(5)}) or a fraction of the rows
     * ({@code minFrequency(0.05)}); 0 groups nothing.
     */
    public OneHotEncoder minFrequency(double minFrequency) {
        return new OneHotEncoder(columns, dropFirst, dummyNa, handleUnknown, minFrequency);
    }

    /**
     * Learns each encoded column's levels and lays out its dummy columns.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or neither string nor
     *                                  numeric, or a dummy column's name is taken by another column
     */
    @Override
    public OneHotEncoderModel fit(Table table) {
        Tables.requireRows(table, STEP);
        Map<String, List<String>> categories = new LinkedHashMap<>();
        Map<String, List<String>> infrequentLevels = new HashMap<>();
        for (String name : Columns.select(table, columns, columnKind(), STEP)) {
            Levels.Tally tally = Levels.tally(table.column(name));
            categories.put(name, tally.names());
            infrequentLevels.put(name, tally.infrequent(table.rowCount(), minFrequency));
        }
        return OneHotEncoderModel.of(this, Schema.of(table), categories, infrequentLevels);
    }

    /**
     * The kind of column encoded: string columns by default, numeric or string ones when named.
     *
     * @return {@link ColumnKind#STRING} when no column is named, else {@link ColumnKind#NUMERIC_OR_STRING}
     */
    public ColumnKind columnKind() {
        return columns.isEmpty() ? ColumnKind.STRING : ColumnKind.NUMERIC_OR_STRING;
    }
}
