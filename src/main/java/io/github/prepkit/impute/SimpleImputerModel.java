package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link SimpleImputer}: the fill value of each imputed column, and the columns that get a missing-value
 * indicator. {@link #transform} fills the gaps of any table with the fitted columns: numeric columns come out as
 * {@code DoubleColumn}s in their place, string columns as string columns, other columns are copied unchanged,
 * and the indicator columns {@code <column>_missing} (1.0 where the value was missing, else 0.0) are appended
 * at the end in the order of {@link #indicatorColumns()}, as scikit-learn stacks them after the features.
 */
public final class SimpleImputerModel implements TransformerModel {

    private static final String STEP = "SimpleImputerModel.transform";

    private final Schema schema;
    private final List<String> columns;
    private final List<Object> statistics;
    private final MissingIndicatorModel indicator;

    /** {@code indicator} is null without {@code addIndicator}. */
    SimpleImputerModel(Schema schema, List<String> columns, List<Object> statistics, MissingIndicatorModel indicator) {
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.statistics = List.copyOf(statistics);
        this.indicator = indicator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The imputed columns, in the order of {@link #statistics()}. */
    public List<String> columns() {
        return columns;
    }

    /**
     * The fill value of each imputed column (scikit-learn's {@code statistics_}): a {@code Double} for a numeric
     * column, a {@code String} for a string column.
     */
    public List<Object> statistics() {
        return statistics;
    }

    /**
     * The columns that get an indicator column: those that had a missing value at fit (scikit-learn's
     * {@code features='missing-only'}); empty without {@code addIndicator}. A column that had none at fit gets
     * no indicator even if a later table has gaps there (they are still filled).
     */
    public List<String> indicatorColumns() {
        return indicator == null ? List.of() : indicator.columns();
    }

    /**
     * A new table with every imputed column's missing values filled, and the indicator columns appended.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP);
        Map<String, List<Column<?>>> filled = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            filled.put(name, List.of(statistics.get(j) instanceof Double fill
                    ? fill(Columns.values(table, name), fill, name)
                    : fill(Columns.string(table, name), (String) statistics.get(j))));
        }
        Table result = Tables.replaceColumns(table, filled);
        return indicator == null ? result : result.addColumns(indicator.transform(table).columnArray());
    }

    private static DoubleColumn fill(double[] values, double fill, String name) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = fill;
            }
        }
        return DoubleColumn.create(name, values);
    }

    private static StringColumn fill(StringColumn column, String fill) {
        StringColumn copy = column.copy();
        for (int row = 0; row < copy.size(); row++) {
            if (Columns.isMissing(copy, row)) {
                copy.set(row, fill);
            }
        }
        return copy;
    }
}
