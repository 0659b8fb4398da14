package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
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

    private static final String STEP = "SimpleImputerModel";

    private final SimpleImputer estimator;
    private final Schema schema;
    private final List<String> columns;
    private final List<Object> statistics;
    private final List<String> indicatorColumns;

    private SimpleImputerModel(SimpleImputer estimator, Schema schema, List<String> columns, List<Object> statistics,
            List<String> indicatorColumns) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.statistics = statistics;
        this.indicatorColumns = indicatorColumns;
    }

    /**
     * The model {@code estimator} fits when it learns {@code statistics} for {@code columns} of a table with
     * {@code schema}, and finds gaps in {@code indicatorColumns} (empty without {@code addIndicator}); the lists are
     * copied.
     *
     * @param estimator        the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema           the columns of the training table, by name and type
     * @param columns          the imputed columns, as the estimator selects them on the schema
     * @param statistics       per column, its fill value: a {@code Double} for a numeric column, a {@code String} for a
     *                         string one
     * @param indicatorColumns the columns that get a {@code <column>_missing} indicator
     * @throws IllegalArgumentException if the columns are not the ones the estimator selects on the schema for its
     *                                  strategy; there is not one statistic per column; a statistic is not a finite
     *                                  {@code Double} for a numeric column or a non-empty {@code String} for a string
     *                                  column, or not the estimator's fill value with {@link Strategy#CONSTANT}; the
     *                                  indicator columns are not some of the columns in their order, or not empty
     *                                  without {@code addIndicator}; or an indicator column's name is taken
     */
    public static SimpleImputerModel of(SimpleImputer estimator, Schema schema, List<String> columns,
            List<Object> statistics, List<String> indicatorColumns) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, estimator.strategy().columnKind(),
                STEP);
        Checks.notNull(statistics, STEP + ": statistics");
        if (statistics.size() != checked.size()) {
            throw new IllegalArgumentException(STEP + ": statistics must hold " + checked.size() + " values, found "
                    + statistics.size());
        }
        for (int j = 0; j < checked.size(); j++) {
            requireStatistic(estimator, ColumnKind.NUMERIC.accepts(schema.type(checked.get(j))), checked.get(j),
                    statistics.get(j));
        }
        List<String> indicated = Checks.orderedSubset(indicatorColumns, checked, STEP + ": indicatorColumns");
        if (!estimator.addIndicator() && !indicated.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": indicatorColumns must be empty without addIndicator, found "
                    + indicated);
        }
        for (String name : indicated) {
            if (schema.contains(IndicatorColumns.name(name))) {
                throw new IllegalArgumentException(STEP + ": cannot add the indicator column '"
                        + IndicatorColumns.name(name) + "' for column '" + name + "': the table already has a column"
                        + " of that name");
            }
        }
        return new SimpleImputerModel(estimator, schema, checked, List.copyOf(statistics), indicated);
    }

    /** Fails unless {@code statistic} is a fill value fit could learn for a numeric or string column. */
    private static void requireStatistic(SimpleImputer estimator, boolean numeric, String column, Object statistic) {
        Object fill = numeric ? (Object) estimator.numericFillValue() : estimator.stringFillValue();
        boolean constant = estimator.strategy() == Strategy.CONSTANT;
        boolean valid = constant ? fill.equals(statistic)
                : numeric ? statistic instanceof Double d && Double.isFinite(d)
                : statistic instanceof String s && !s.isEmpty();
        if (!valid) {
            throw new IllegalArgumentException(STEP + ": the statistic of " + (numeric ? "numeric" : "string")
                    + " column '" + column + "' must be " + (constant ? "the fill value " + fill
                    : numeric ? "a finite Double" : "a non-empty String") + ", found "
                    + (statistic == null ? "null" : statistic.getClass().getSimpleName() + " " + statistic));
        }
    }

    /** The estimator this model was fitted with. */
    public SimpleImputer estimator() {
        return estimator;
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
     * column, a {@code String} for a string column; unmodifiable.
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
        return indicatorColumns;
    }

    /**
     * A new table with every imputed column's missing values filled, and the indicator columns appended.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or an
     *                                  imputed numeric column has an infinite value, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP + ".transform");
        Map<String, List<Column<?>>> filled = new HashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            filled.put(name, List.of(statistics.get(j) instanceof Double fill
                    ? fill(table, name, fill)
                    : fill(Columns.string(table, name), (String) statistics.get(j))));
        }
        Table result = Tables.replaceColumns(table, filled);
        indicatorColumns.forEach(name -> result.addColumns(IndicatorColumns.of(table, name)));
        return result;
    }

    /**
     * Numeric column {@code name} of {@code table} as a new double column with its missing values set to {@code fill},
     * failing on an infinite value: a double column is copied whole (an array copy) and read once, for the check and
     * the gaps together.
     */
    private static DoubleColumn fill(Table table, String name, double fill) {
        String step = STEP + ".transform";
        if (!(Columns.numeric(table, name) instanceof DoubleColumn column)) {
            return fill(Columns.finiteValues(table, name, step), fill, name);
        }
        DoubleColumn filled = column.copy();
        boolean infinite = false;
        for (int row = 0; row < column.size(); row++) {
            double v = column.getDouble(row);
            infinite |= Math.abs(v) == Double.POSITIVE_INFINITY;
            if (v != v) {
                filled.set(row, fill);
            }
        }
        if (infinite) {
            Columns.finiteValues(table, name, step); // throws, naming the first infinite row
        }
        return filled;
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

    /** {@code SimpleImputerModel on [columns]: statistics [...]}, then the indicator columns with addIndicator. */
    @Override
    public String toString() {
        List<Object> shown = statistics.stream().map(s -> s instanceof Double d ? Summary.number(d) : s).toList();
        return STEP + " on " + Summary.names(columns) + ": statistics " + Summary.names(shown)
                + (estimator.addIndicator() ? ", indicatorColumns " + Summary.names(indicatorColumns) : "");
    }
}
