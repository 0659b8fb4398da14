package io.github.prepkit.impute;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Marks where values are missing, as scikit-learn's {@code MissingIndicator}: the fitted model turns a table into
 * indicator columns {@code <column>_missing}, 1.0 where the value is missing and 0.0 elsewhere (doubles, so they
 * can go straight into a model; the same columns {@link SimpleImputer#addIndicator(boolean)} appends).
 * By default it looks at every numeric and string column; {@link #columns(String...)} narrows it.
 *
 * @param features   which columns get an indicator: {@link Features#MISSING_ONLY} those with a missing value at
 *                   fit (default, as scikit-learn), or {@link Features#ALL}
 * @param errorOnNew with {@code MISSING_ONLY}, whether transforming a table with gaps in a column that had none at
 *                   fit fails (default true, as scikit-learn) instead of ignoring them
 * @param columns    the columns to look at; empty means every numeric and string column
 */
public record MissingIndicator(Features features, boolean errorOnNew, List<String> columns)
        implements Transformer<MissingIndicatorModel> {

    private static final String STEP = "MissingIndicator";

    /** Which of the columns looked at get an indicator column. */
    public enum Features {
        /** Only the columns with at least one missing value at fit (scikit-learn's {@code 'missing-only'}). */
        MISSING_ONLY,
        /** Every column looked at, whether or not it had gaps at fit (scikit-learn's {@code 'all'}). */
        ALL
    }

    /** Validates every parameter, naming the one that is wrong. */
    public MissingIndicator {
        Checks.notNull(features, STEP + " features");
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: indicators for the numeric and string columns with gaps at fit, new gaps fail. */
    public MissingIndicator() {
        this(Features.MISSING_ONLY, true, List.of());
    }

    /** A copy that gives indicators to {@code features}. */
    public MissingIndicator features(Features features) {
        return new MissingIndicator(features, errorOnNew, columns);
    }

    /** A copy that does ({@code true}) or does not fail on gaps in a column that had none at fit. */
    public MissingIndicator errorOnNew(boolean errorOnNew) {
        return new MissingIndicator(features, errorOnNew, columns);
    }

    /** A copy that looks only at the named columns; with no name, at every numeric and string column. */
    public MissingIndicator columns(String... columns) {
        return new MissingIndicator(features, errorOnNew, Checks.asList("columns", columns));
    }

    /**
     * Learns which columns get an indicator.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or neither numeric nor a
     *         string column, or a numeric column looked at has an infinite value (naming the column and row, as
     *         scikit-learn refuses it)
     */
    @Override
    public MissingIndicatorModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC_OR_STRING, STEP);
        IndicatorColumns.requireNoInfinity(table, selected, STEP);
        List<String> indicated = features == Features.ALL ? selected : IndicatorColumns.withMissing(table, selected);
        return MissingIndicatorModel.of(this, Schema.of(table), selected, indicated);
    }
}
