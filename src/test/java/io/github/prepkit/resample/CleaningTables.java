package io.github.prepkit.resample;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small tables on a line whose neighbours are worked out by hand in the cleaning samplers' tests. */
final class CleaningTables {

    private CleaningTables() {
    }

    /** a at 0, 1, 2, 3, 4; b at 3.6, 10, 11 (rows 5 to 7). */
    static Table line() {
        return Table.create("line", DoubleColumn.create("x", 0, 1, 2, 3, 4, 3.6, 10, 11),
                StringColumn.create("label", "a", "a", "a", "a", "a", "b", "b", "b"));
    }

    /** Class 0 at 0..6 and 8, class {@code minority} at 2.5, 7, 7.5 (rows 7 to 9). */
    static Table integerLine(int majority, int minority) {
        int[] labels = {majority, majority, majority, majority, majority, majority, majority, minority, minority,
            minority, majority};
        return Table.create("integer line", DoubleColumn.create("x", 0, 1, 2, 3, 4, 5, 6, 2.5, 7, 7.5, 8),
                IntColumn.create("label", labels));
    }
}
