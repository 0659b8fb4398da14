package io.github.prepkit.linear;

import io.github.prepkit.data.Checks;
import io.github.prepkit.data.FeatureMatrix;
import io.github.prepkit.data.Tables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The checks every linear model makes on what it is fitted on, with messages naming the model and the column. */
final class FitInputs {

    private FitInputs() {
    }

    /**
     * Every column of {@code features} as a row-major matrix.
     *
     * @throws IllegalArgumentException if the table has no rows or no column, or a column is not numeric or has a
     *                                  missing value
     */
    static FeatureMatrix features(Table features, String step) {
        Checks.notNull(features, "features");
        if (features.columnCount() == 0) {
            throw new IllegalArgumentException(step + ": cannot fit without a feature column");
        }
        Tables.requireRows(features, step);
        return FeatureMatrix.of(features, step);
    }

    /**
     * Fails unless {@code target} has one value per feature row.
     *
     * @throws IllegalArgumentException naming the target column and both sizes
     */
    static void requireSize(Column<?> target, int rows, String step) {
        Checks.notNull(target, "target");
        if (target.size() != rows) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + target.size()
                    + " values but the features have " + rows + " rows");
        }
    }

    /**
     * The values of a regression target with one value per feature row.
     *
     * @throws IllegalArgumentException if the target is not numeric, has a missing value or another size
     */
    static double[] numericTarget(Column<?> target, int rows, String step) {
        requireSize(target, rows, step);
        if (!(target instanceof NumericColumn<?> numbers)) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' must be numeric, found "
                    + target.type().name());
        }
        int missing = target.countMissing();
        if (missing > 0) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + missing
                    + " missing value(s); drop those rows or impute the target first");
        }
        return numbers.asDoubleArray();
    }
}
