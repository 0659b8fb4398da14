package io.github.prepkit.tree;

import io.github.prepkit.data.Checks;
import io.github.prepkit.data.ClassLabels;
import io.github.prepkit.data.FeatureMatrix;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.Tables;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The checks and conversions the tree-based models (trees, forests, boosting) share at fit and predict, so
 * that each fails the same way, naming the model and the column.
 */
public final class ModelInputs {

    private ModelInputs() {
    }

    /**
     * The feature table as a matrix, checked to have rows, one target value per row, and numeric features
     * without missing values.
     *
     * @param step names the model in error messages
     * @throws IllegalArgumentException naming the problem
     */
    public static FeatureMatrix fitFeatures(Table features, Column<?> target, String step) {
        Tables.requireRows(features, step);
        Checks.notNull(target, "target");
        if (target.size() != features.rowCount()) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + target.size()
                    + " values but the features have " + features.rowCount() + " rows");
        }
        return FeatureMatrix.of(features, step);
    }

    /**
     * A classification target encoded as classes.
     *
     * @throws IllegalArgumentException if it has a missing value or fewer than 2 classes
     */
    public static ClassLabels classes(Column<?> target, String step) {
        ClassLabels labels = ClassLabels.of(target, step);
        if (labels.count() < 2) {
            throw new IllegalArgumentException(step + ": target column '" + target.name()
                    + "' needs at least 2 classes to learn from, found only " + labels.names());
        }
        return labels;
    }

    /**
     * A regression target as doubles.
     *
     * @throws IllegalArgumentException if it is not numeric or has a missing value
     */
    public static double[] numericTarget(Column<?> target, String step) {
        if (!(target instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' must be numeric, found "
                    + target.type().name());
        }
        int missing = target.countMissing();
        if (missing > 0) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + missing
                    + " missing value(s); drop those rows or impute the target first");
        }
        return numeric.asDoubleArray();
    }

    /**
     * The features of a table to predict, checked against the fitted schema.
     *
     * @throws IllegalArgumentException naming a missing, extra or mistyped column, or a missing value
     */
    public static FeatureMatrix predictFeatures(Schema schema, Table features, String step) {
        schema.check(features, step);
        return FeatureMatrix.of(features, schema.names(), step);
    }
}
