package io.github.prepkit.data;

import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The checks and conversions every supervised model makes at fit and predict, so that each fails the same way,
 * naming the model and the column.
 */
public final class TrainingData {

    private TrainingData() {
    }

    /**
     * The feature table as a matrix, checked to have rows, one target value per row, and numeric features
     * without missing values.
     *
     * @param step names the model in error messages
     * @throws IllegalArgumentException naming the problem
     */
    public static FeatureMatrix fitFeatures(Table features, Column<?> target, String step) {
        Checks.notNull(features, "features");
        if (features.columnCount() == 0) {
            throw new IllegalArgumentException(step + ": needs at least one feature column besides the target");
        }
        Tables.requireRows(features, step);
        requireTargetApart(features, target, step);
        if (target.size() != features.rowCount()) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + target.size()
                    + " values but the features have " + features.rowCount() + " rows");
        }
        return FeatureMatrix.of(features, step);
    }

    /**
     * Fails if {@code target}'s name is also a feature's: a model would learn from the answer (and its predictions
     * would share a feature's name).
     *
     * @throws IllegalArgumentException naming the column and how to leave it out
     */
    public static void requireTargetApart(Table features, Column<?> target, String step) {
        Checks.notNull(features, "features");
        Checks.notNull(target, "target");
        if (features.columnNames().contains(target.name())) {
            throw new IllegalArgumentException(step + ": the target column '" + target.name() + "' is also among the"
                    + " features, so the model would learn from the answer; pass the features without it (fit(data, \""
                    + target.name() + "\") takes it out)");
        }
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
     * @throws IllegalArgumentException if it is not numeric or has a missing or infinite value
     */
    public static double[] numericTarget(Column<?> target, String step) {
        Checks.notNull(target, "target");
        if (!(target instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' must be numeric, found "
                    + target.type().name());
        }
        int missing = target.countMissing();
        if (missing > 0) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + missing
                    + " missing value(s); drop those rows or impute the target first");
        }
        double[] values = numeric.asDoubleArray();
        Checks.noInfinity(values, List.of(target.name()), step, "target column");
        return values;
    }

    /**
     * The features of a table to predict, checked against the fitted schema.
     *
     * @throws IllegalArgumentException naming a missing, extra or mistyped column, or a missing value
     */
    public static FeatureMatrix predictFeatures(Schema schema, Table features, String step) {
        Checks.notNull(schema, step + ": schema");
        schema.check(features, step);
        return FeatureMatrix.of(features, schema.names(), step);
    }
}
