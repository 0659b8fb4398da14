package io.github.prepkit.encode;

import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The distinct present values one column had at fit, sorted, and the lookup of each row's level in a later
 * column of the same kind. Missing values are not levels. Built from the level names, as {@link #tally} gives
 * them at fit or a model file stores them, or as a user gives them ({@link #given}, in the user's order).
 */
abstract sealed class Levels permits StringLevels, NumericLevels {

    /** {@link #indexes} for a missing value. */
    static final int MISSING = -1;

    /** {@link #indexes} for a present value that is not one of the levels. */
    static final int UNKNOWN = -2;

    /**
     * A column's levels at fit and how many rows had each.
     *
     * @param names  the level names, sorted as the values are (text or number order)
     * @param counts how many rows had each level
     */
    record Tally(List<String> names, int[] counts) {

        /**
         * The levels seen too rarely, in level order, by scikit-learn's rule: with a fraction (below 1), fewer than
         * {@code minFrequency * rows} times; with a count, fewer than {@code minFrequency} times; 0 groups nothing.
         */
        List<String> infrequent(int rows, double minFrequency) {
            double threshold = minFrequency < 1 ? minFrequency * rows : minFrequency;
            return IntStream.range(0, names.size()).filter(level -> counts[level] < threshold).mapToObj(names::get)
                    .toList();
        }
    }

    private final List<String> names;

    Levels(List<String> names) {
        this.names = List.copyOf(names);
    }

    /** The levels of a string column (by text) or of a numeric column (by value), with their counts. */
    static Tally tally(Column<?> column) {
        return column instanceof NumericColumn<?> numbers ? NumericLevels.tally(numbers)
                : StringLevels.tally((StringColumn) column);
    }

    /**
     * The levels named {@code names}, of a numeric column or a string column, as {@link #tally} names them.
     *
     * @param what names the levels in messages, e.g. {@code "OneHotEncoderModel: levels of column 'c'"}
     * @throws IllegalArgumentException if the list or a name is null, or the names are not what fit gives: for a
     *                                  string column non-empty and strictly increasing; for a numeric column
     *                                  numbers other than NaN, written as {@link NumericLevels#name} writes them,
     *                                  strictly increasing
     */
    static Levels of(List<String> names, boolean numeric, String what) {
        Checks.notNull(names, what);
        for (int level = 0; level < names.size(); level++) {
            Checks.notNull(names.get(level), what + ": level " + level);
        }
        return numeric ? NumericLevels.of(names, what) : StringLevels.of(names, what);
    }

    /**
     * Levels given by a user, in the order given, as an ordinal encoder's {@code categories}: for a string column any
     * order; for a numeric column numbers, read by {@link Double#parseDouble} and renamed as {@link NumericLevels#name}
     * writes them, in increasing order (scikit-learn refuses unsorted numerical categories).
     *
     * @param what names the levels in messages
     * @throws IllegalArgumentException if the list or a name is null, a string level is empty (the missing value) or
     *                                  repeated, or a numeric level is no number, NaN, or not greater than the one
     *                                  before it
     */
    static Levels given(List<String> names, boolean numeric, String what) {
        Checks.notNull(names, what);
        for (int level = 0; level < names.size(); level++) {
            Checks.notNull(names.get(level), what + ": level " + level);
        }
        return numeric ? NumericLevels.given(names, what) : StringLevels.inOrder(names, what);
    }

    /** The level names, in level order (sorted as the values are, unless {@link #given}); unmodifiable. */
    final List<String> names() {
        return names;
    }

    /** For each row of {@code column}: the index of its level in {@link #names()}, {@link #MISSING} or {@link #UNKNOWN}. */
    abstract int[] indexes(Column<?> column);

    /**
     * A column named {@code name} of type {@code type} (the kind these levels come from) holding, per row, the level
     * at {@code levelOf[row]}, or a missing value where that is {@link #MISSING}.
     */
    abstract Column<?> column(String name, ColumnType type, int[] levelOf);

    /** The value at {@code row} written as a level name, to report an unknown level. */
    abstract String nameAt(Column<?> column, int row);
}
