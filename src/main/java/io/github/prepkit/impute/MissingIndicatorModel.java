package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
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

    private static final String STEP = "MissingIndicatorModel.transform";

    private final Schema schema;
    private final List<String> lookedAt;
    private final List<String> columns;
    private final boolean errorOnNew;

    MissingIndicatorModel(Schema schema, List<String> lookedAt, List<String> columns, boolean errorOnNew) {
        this.schema = schema;
        this.lookedAt = List.copyOf(lookedAt);
        this.columns = List.copyOf(columns);
        this.errorOnNew = errorOnNew;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The columns that get an indicator (scikit-learn's {@code features_}), in output order. */
    public List<String> columns() {
        return columns;
    }

    /**
     * A new table, named like {@code table}, holding the indicator column of each of {@link #columns()}.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; or,
     *         with {@code errorOnNew}, if a column looked at that had no gap at fit has one now, naming it
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP);
        if (errorOnNew) {
            List<String> fresh = IndicatorColumns.withMissing(table, lookedAt).stream()
                    .filter(name -> !columns.contains(name)).toList();
            if (!fresh.isEmpty()) {
                throw new IllegalArgumentException(STEP + ": column(s) " + fresh + " have missing values but had"
                        + " none at fit, so they have no indicator column; fit on data with gaps there, use"
                        + " Features.ALL, or errorOnNew(false) to ignore them");
            }
        }
        Table indicators = Table.create(table.name());
        for (String name : columns) {
            indicators.addColumns(IndicatorColumns.of(table, name));
        }
        return indicators;
    }
}
