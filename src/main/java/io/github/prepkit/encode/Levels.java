package io.github.prepkit.encode;

import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The distinct present values one column had at fit, sorted, with how often each occurred, and the
 * lookup of each row's level in a later column of the same kind. Missing values are not levels.
 */
abstract sealed class Levels permits StringLevels, NumericLevels {

    /** {@link #indexes} for a missing value. */
    static final int MISSING = -1;

    /** {@link #indexes} for a present value that is not one of the levels. */
    static final int UNKNOWN = -2;

    private final List<String> names;
    private final int[] counts;

    Levels(List<String> names, int[] counts) {
        this.names = names;
        this.counts = counts;
    }

    /** The levels of a string column (by text) or of a numeric column (by value). */
    static Levels fit(Column<?> column) {
        return column instanceof NumericColumn<?> numbers ? NumericLevels.fit(numbers) : StringLevels.fit((StringColumn) column);
    }

    /** The level names, sorted as the values are (text or number order); unmodifiable. */
    final List<String> names() {
        return names;
    }

    /** How many rows had level {@code level} at fit. */
    final int count(int level) {
        return counts[level];
    }

    /** For each row of {@code column}: the index of its level in {@link #names()}, {@link #MISSING} or {@link #UNKNOWN}. */
    abstract int[] indexes(Column<?> column);

    /** The value at {@code row} written as a level name, to report an unknown level. */
    abstract String nameAt(Column<?> column, int row);
}
