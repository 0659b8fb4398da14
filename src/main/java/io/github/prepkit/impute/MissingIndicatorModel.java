package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link MissingIndicator}: the columns that get an indicator. {@link #transform} returns, as
 * scikit-learn does, a table of the indicator columns only, {@code <column>_missing} in the order of
 * {@link #columns()}, with as many rows as the input (with no indicator column, an empty table, which
 * Tablesaw counts as 0 rows); add them to a copy of the input to keep both
 * ({@code table.copy().addColumns(model.transform(table).columnArray())}).
 */
public final class MissingIndicatorModel implements TransformerModel {

    private static final String STEP = "MissingIndicatorModel";

    private final MissingIndicator estimator;
    private final Schema schema;
    private final List<String> selectedColumns;
    private final List<String> columns;

    private MissingIndicatorModel(MissingIndicator estimator, Schema schema, List<String> selectedColumns,
            List<String> columns) {
        this.estimator = estimator;
        this.schema = schema;
        this.selectedColumns = selectedColumns;
        this.columns = columns;
    }

    /**
     * The model {@code estimator} fits when it looks at {@code selectedColumns} of a table with {@code schema} and
     * finds that {@code columns} get an indicator.
     *
     * @param estimator       the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema          the columns of the training table, by name and type
     * @param selectedColumns the columns looked at, as the estimator selects them on the schema
     * @param columns         those of them that get an indicator, in their order
     * @throws IllegalArgumentException if the selected columns are not the numeric and string ones the estimator
     *                                  selects on the schema, or the indicated columns are not some of them in their
     *                                  order (all of them with {@link MissingIndicator.Features#ALL})
     */
    public static MissingIndicatorModel of(MissingIndicator estimator, Schema schema, List<String> selectedColumns,
            List<String> columns) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> selected = schema.requireSelected(estimator.columns(), selectedColumns,
                ColumnKind.NUMERIC_OR_STRING, STEP);
        List<String> indicated = Checks.orderedSubset(columns, selected, STEP + ": columns");
        if (estimator.features() == MissingIndicator.Features.ALL && !indicated.equals(selected)) {
            throw new IllegalArgumentException(STEP + ": with features ALL every selected column " + selected
                    + " gets an indicator, but the columns are " + indicated);
        }
        return new MissingIndicatorModel(estimator, schema, selected, indicated);
    }

    /** The estimator this model was fitted with. */
    public MissingIndicator estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /**
     * The columns looked at for gaps, as the estimator's {@code columns} selects them; with {@code errorOnNew}, a gap
     * in one that has no indicator fails {@link #transform}.
     */
    public List<String> selectedColumns() {
        return selectedColumns;
    }

    /** The columns that get an indicator (scikit-learn's {@code features_}), in output order. */
    public List<String> columns() {
        return columns;
    }

    /**
     * A new table, named like {@code table}, holding the indicator column of each of {@link #columns()}.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if a
     *         numeric column looked at has an infinite value, naming the column and row; or, with
     *         {@code errorOnNew}, if a column looked at that had no gap at fit has one now, naming it
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP + ".transform");
        IndicatorColumns.requireNoInfinity(table, selectedColumns, STEP + ".transform");
        if (estimator.errorOnNew()) {
            List<String> fresh = IndicatorColumns.withMissing(table, selectedColumns).stream()
                    .filter(name -> !columns.contains(name)).toList();
            if (!fresh.isEmpty()) {
                throw new IllegalArgumentException(STEP + ".transform: column(s) " + fresh + " have missing values but"
                        + " had none at fit, so they have no indicator column; fit on data with gaps there, use"
                        + " Features.ALL, or errorOnNew(false) to ignore them");
            }
        }
        Table indicators = Table.create(table.name());
        for (String name : columns) {
            indicators.addColumns(IndicatorColumns.of(table, name));
        }
        return indicators;
    }

    /** {@code MissingIndicatorModel on [selected columns]: indicators [columns]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(selectedColumns) + ": indicators " + Summary.names(columns);
    }
}
