package io.github.prepkit.impute;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.MedianSelection;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.stats.ColumnSums;
import io.github.prepkit.stats.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * Fills missing values column by column with one statistic learned at fit, as scikit-learn's
 * {@code SimpleImputer}: the mean, the median, the most frequent value or a constant.
 *
 * <p>Which columns: with {@link Strategy#MEAN} and {@link Strategy#MEDIAN} every numeric column; with
 * {@link Strategy#MOST_FREQUENT} and {@link Strategy#CONSTANT} every numeric and string column.
 * {@link #columns(String...)} narrows it (a string column named for MEAN or MEDIAN fails); other columns pass
 * through unchanged. A MEAN or MEDIAN imputer asked for every column fails at fit, naming them, if a string column
 * has missing values: scikit-learn refuses ("Cannot use mean strategy with non-numeric data"), and leaving the gaps
 * would let a later one-hot encoder turn them into all-zero rows unseen (impute text with MOST_FREQUENT or CONSTANT,
 * in a {@code ColumnTransformer} group of its own, or name the numeric columns). Missing values are Tablesaw's: NaN in number columns, the empty string in string columns.
 *
 * <p>Output types: every numeric column the imputer handles comes out as a {@code DoubleColumn} in its
 * original place, whether or not it had gaps (a mean of 2.5 cannot go in an {@code IntColumn}, and the output
 * schema must not depend on where the gaps happen to be); string columns stay string columns.
 *
 * <p>A column with no value present at fit cannot be filled by MEAN, MEDIAN or MOST_FREQUENT: scikit-learn 1.2
 * drops such a column from its output with a warning, which silently changes the table's shape; here
 * {@link #fit} fails and names it instead (leave it out with {@link #columns(String...)}, drop it, or use
 * CONSTANT, which fills it as scikit-learn does).
 *
 * <p>An infinite value in a numeric column fails at fit and at transform, naming the column and row, as in
 * scikit-learn (it would make the mean infinite). The mean of values near the ends of the double range is summed
 * scaled by a power of two, so it is finite and exact to rounding wherever it exists (numpy's would overflow).
 *
 * @param strategy         the statistic to fill with (default {@link Strategy#MEAN}, as scikit-learn)
 * @param numericFillValue the fill value of numeric columns with {@link Strategy#CONSTANT} (default 0, as scikit-learn)
 * @param stringFillValue  the fill value of string columns with {@link Strategy#CONSTANT} (default
 *                         {@code "missing_value"}, as scikit-learn)
 * @param addIndicator     whether to append a {@code <column>_missing} indicator (1.0 where the value was missing,
 *                         else 0.0) for each column that had a missing value at fit (default false): a
 *                         {@link MissingIndicator} with {@code errorOnNew} false, as scikit-learn stacks
 * @param columns          the columns to impute; empty means every column the strategy can handle
 */
public record SimpleImputer(Strategy strategy, double numericFillValue, String stringFillValue, boolean addIndicator,
        List<String> columns) implements Transformer<SimpleImputerModel> {

    private static final String STEP = "SimpleImputer";

    /** The statistic a column's missing values are filled with. */
    public enum Strategy {
        /** The mean of the values present; numeric columns only. */
        MEAN(ColumnKind.NUMERIC),
        /** The median of the values present (the mean of the two middle ones for an even count); numeric only. */
        MEDIAN(ColumnKind.NUMERIC),
        /** The most frequent value present, ties going to the smallest one (scikit-learn); numbers and strings. */
        MOST_FREQUENT(ColumnKind.NUMERIC_OR_STRING),
        /** A fixed value: {@code numericFillValue} for numeric columns, {@code stringFillValue} for string columns. */
        CONSTANT(ColumnKind.NUMERIC_OR_STRING);

        private final ColumnKind kind;

        Strategy(ColumnKind kind) {
            this.kind = kind;
        }

        /** The kind of column the strategy can fill. */
        public ColumnKind columnKind() {
            return kind;
        }
    }

    /** Validates every parameter, naming the one that is wrong. */
    public SimpleImputer {
        Checks.notNull(strategy, STEP + " strategy");
        if (!Double.isFinite(numericFillValue)) {
            throw new IllegalArgumentException(STEP + ": fillValue must be a finite number, found " + numericFillValue);
        }
        Checks.notNull(stringFillValue, STEP + " fillValue");
        if (stringFillValue.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": a string fillValue must not be empty, found \"\""
                    + " (the empty string is Tablesaw's missing value)");
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: the mean of every numeric column, no indicator. */
    public SimpleImputer() {
        this(Strategy.MEAN, 0, "missing_value", false, List.of());
    }

    /** A copy that fills with {@code strategy}. */
    public SimpleImputer strategy(Strategy strategy) {
        return new SimpleImputer(strategy, numericFillValue, stringFillValue, addIndicator, columns);
    }

    /**
     * A copy whose {@link Strategy#CONSTANT} fill for numeric columns is {@code fillValue}; string columns keep
     * theirs. Use {@link #fillValue(String)} for string columns: a table with both kinds can get one of each.
     */
    public SimpleImputer fillValue(double fillValue) {
        return new SimpleImputer(strategy, fillValue, stringFillValue, addIndicator, columns);
    }

    /**
     * A copy whose {@link Strategy#CONSTANT} fill for string columns is {@code fillValue}; numeric columns keep theirs.
     */
    public SimpleImputer fillValue(String fillValue) {
        return new SimpleImputer(strategy, numericFillValue, fillValue, addIndicator, columns);
    }

    /** A copy that does ({@code true}) or does not append the {@code <column>_missing} indicator columns. */
    public SimpleImputer addIndicator(boolean addIndicator) {
        return new SimpleImputer(strategy, numericFillValue, stringFillValue, addIndicator, columns);
    }

    /** A copy that imputes only the named columns; with no name, every column the strategy can handle. */
    public SimpleImputer columns(String... columns) {
        return new SimpleImputer(strategy, numericFillValue, stringFillValue, addIndicator, Checks.asList("columns", columns));
    }

    /**
     * Learns each column's fill value from the values present.
     *
     * @throws IllegalArgumentException if the table is empty; if a named column is missing or of a kind the
     *         strategy cannot fill; if a column has no value present (except with CONSTANT); if an indicator
     *         column {@code <column>_missing} would clash with a column the table already has; or if a numeric
     *         column has an infinite value, naming the column and row (scikit-learn refuses infinity too)
     */
    @Override
    public SimpleImputerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, strategy.columnKind(), STEP);
        requireNoTextGaps(table);
        List<Object> statistics = new ArrayList<>(selected.size());
        List<String> empty = new ArrayList<>();
        for (String name : selected) {
            Column<?> column = Columns.column(table, name);
            Object statistic = column instanceof NumericColumn<?> numeric
                    ? (Object) numericStatistic(numeric, table)
                    : stringStatistic(Columns.string(table, name));
            if (statistic instanceof Double d && d.isNaN() || statistic == null) {
                empty.add(name);
            }
            statistics.add(statistic);
        }
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": column(s) " + empty + " have no value present, so strategy "
                    + strategy + " has nothing to fill them with; leave them out with columns(...), drop them,"
                    + " or use Strategy.CONSTANT");
        }
        List<String> indicated = addIndicator ? IndicatorColumns.withMissing(table, selected) : List.of();
        return SimpleImputerModel.of(this, Schema.of(table), selected, statistics, indicated);
    }

    /** Fails if every column is asked for with a numeric strategy while a string column has gaps it would leave. */
    private void requireNoTextGaps(Table table) {
        if (!columns.isEmpty() || strategy.columnKind() != ColumnKind.NUMERIC) {
            return;
        }
        List<String> gaps = IndicatorColumns.withMissing(table, Columns.select(table, List.of(), ColumnKind.STRING, STEP));
        if (!gaps.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": strategy " + strategy + " cannot fill the text column(s) "
                    + gaps + ", which have missing values (scikit-learn refuses them too); impute them with"
                    + " MOST_FREQUENT or CONSTANT (a ColumnTransformer group of their own), or name the numeric"
                    + " columns with columns(...)");
        }
    }

    /**
     * The fill value of a numeric column of {@code table}; NaN if no value is present (but for CONSTANT). The median
     * of a double column is selected while the column is read once, with no copy of it.
     */
    private double numericStatistic(NumericColumn<?> column, Table table) {
        if (strategy == Strategy.MEDIAN && column instanceof DoubleColumn doubles) {
            return MedianSelection.ofFiniteColumn(doubles, STEP);
        }
        return numericStatistic(Columns.finiteValues(table, column.name(), STEP));
    }

    /** The fill value of a numeric column, whose values it may reorder; NaN if none is present (but for CONSTANT). */
    private double numericStatistic(double[] values) {
        return switch (strategy) {
            case MEAN -> mean(values);
            case MEDIAN -> Quantiles.medianInPlace(values);
            case MOST_FREQUENT -> mostFrequent(values);
            case CONSTANT -> numericFillValue;
        };
    }

    /** The fill value of a string column; null when no value is present (except for CONSTANT). */
    private String stringStatistic(StringColumn column) {
        return strategy == Strategy.CONSTANT ? stringFillValue : mostFrequent(column);
    }

    /**
     * The mean of the values present, summed in blocks of rows (the same sum on a cluster), scaled by a power of two
     * where their sum could overflow.
     */
    private static double mean(double[] values) {
        return ColumnSums.of(List.of("values"), List.of(values)).means()[0];
    }

    /** The most frequent value present, the smallest among equally frequent ones (scipy's mode); NaN if none. */
    private static double mostFrequent(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double best = Double.NaN;
        int bestCount = 0;
        for (int start = 0, end; start < sorted.length; start = end) {
            end = start + 1;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start > bestCount) {
                best = sorted[start];
                bestCount = end - start;
            }
        }
        return best;
    }

    /** The most frequent string present, the smallest among equally frequent ones (scikit-learn); null if none. */
    private static String mostFrequent(StringColumn column) {
        Map<String, Integer> counts = new HashMap<>();
        for (String value : column) {
            if (!StringColumnType.valueIsMissing(value)) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (count > bestCount || count == bestCount && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best;
    }
}
