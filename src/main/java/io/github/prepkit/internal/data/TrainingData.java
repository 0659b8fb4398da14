package io.github.prepkit.internal.data;

import io.github.prepkit.data.Schema;
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
        requireFitShape(features, target, step);
        return FeatureMatrix.of(features, step);
    }

    /**
     * Checks what any fit needs of its tables, whatever their column types, without reading a value: at least one
     * feature column and one row, the target apart from the features and one target value per row.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static void requireFitShape(Table features, Column<?> target, String step) {
        Checks.notNull(features, "features");
        if (features.columnCount() == 0) {
            throw new IllegalArgumentException(step + ": needs at least one feature column besides the target");
        }
        Tables.requireRows(features, step);
        requireTargetApart(features, target, step);
        requireSameRows(features, target, step);
    }

    /**
     * Fails unless {@code target} holds one value per row of {@code features}.
     *
     * @throws IllegalArgumentException naming the target column and both sizes
     */
    public static void requireSameRows(Table features, Column<?> target, String step) {
        Checks.notNull(features, "features");
        Checks.notNull(target, "target");
        if (target.size() != features.rowCount()) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' has " + target.size()
                    + " values but the features have " + features.rowCount() + " rows");
        }
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
     * The largest total of a regression target's magnitudes, rows x largest magnitude, that sums of squared errors
     * (a tree's weighted sums and their squares, over rows drawn at most once each on average) keep in range.
     */
    private static final double LARGEST_SQUARED_ERROR_TOTAL = 0x1p510;

    /**
     * A regression target for squared-error trees, as doubles: {@link #numericTarget} whose weighted sums stay below
     * 2^510 (about 3.4e153), so that their squares and the node variances are finite. A target beyond that is
     * refused rather than scaled inside, so that a tree's impurities stay in the target's own units; one below
     * scikit-learn's impurity threshold (variance 2.2e-16) is not split, as scikit-learn.
     *
     * @throws IllegalArgumentException naming the column, as {@link #numericTarget}, or if rows x largest magnitude
     *                                  exceeds 2^510
     */
    public static double[] squaredErrorTarget(Column<?> target, String step) {
        double[] values = numericTarget(target, step);
        double largest = BinaryScale.maxAbs(values);
        if (largest * values.length > LARGEST_SQUARED_ERROR_TOTAL) {
            throw new IllegalArgumentException(step + ": target column '" + target.name() + "' is too large for"
                    + " squared-error sums: " + values.length + " rows x largest magnitude " + largest
                    + " exceeds 2^510 (about 3.4e153); divide it by a power of ten first");
        }
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
