package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** The input checks the metrics share, each failing with a message naming the argument. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Fails unless both columns are given, not empty, and of the same size.
     *
     * @throws IllegalArgumentException naming the sizes
     */
    static void sameSize(Column<?> yTrue, Column<?> yPred) {
        Checks.notNull(yPred, "yPred");
        sameSize(yTrue, "yTrue", yPred.size(), "yPred");
    }

    /**
     * Fails unless {@code column} (the argument {@code argument}) is given and not empty, and {@code size}, the
     * length of {@code what}, equals its size.
     *
     * @throws IllegalArgumentException naming the arguments and their sizes
     */
    static void sameSize(Column<?> column, String argument, int size, String what) {
        Checks.notNull(column, argument);
        if (column.isEmpty()) {
            throw new IllegalArgumentException(argument + " '" + column.name() + "' is empty: a metric needs values");
        }
        if (column.size() != size) {
            throw new IllegalArgumentException(argument + " has " + column.size() + " values but " + what + " has "
                    + size + ": they must have one value per row");
        }
    }

    /**
     * Fails if {@code column} has a missing value.
     *
     * @throws IllegalArgumentException naming the argument and the column
     */
    static void noMissing(Column<?> column, String argument) {
        int missing = column.countMissing();
        if (missing > 0) {
            throw new IllegalArgumentException(argument + " '" + column.name() + "' has " + missing
                    + " missing value(s); drop or impute them first");
        }
    }

    /**
     * The values of numeric {@code column}, which must have no missing value.
     *
     * @throws IllegalArgumentException naming the argument if the column is not numeric or has a missing value
     */
    static double[] numbers(Column<?> column, String argument) {
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException(argument + " '" + column.name() + "' must be numeric, found "
                    + column.type().name());
        }
        noMissing(column, argument);
        return numeric.asDoubleArray();
    }

    /**
     * Fails unless every value of {@code values} is finite.
     *
     * @throws IllegalArgumentException naming the argument and the first bad value's index
     */
    static void finite(double[] values, String argument) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(argument + " must be finite numbers, found " + values[i]
                        + " at index " + i);
            }
        }
    }
}
