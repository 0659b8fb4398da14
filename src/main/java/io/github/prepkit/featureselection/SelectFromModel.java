package io.github.prepkit.featureselection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.OptionalInt;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Keeps the numeric columns that a fitted model weighs most, as scikit-learn's {@code SelectFromModel}: it fits
 * {@code estimator} on the columns and the target, reads each column's weight from its model (the absolute
 * coefficient of a linear model, with one vector per class the sum of their absolute values; the importance of a
 * tree-based one: see {@link io.github.prepkit.base.FeatureWeights}), and keeps the columns weighing at least
 * {@code threshold}. With {@code maxFeatures} it keeps at most that many: the heaviest, of equal weights the earlier
 * column (numpy's stable {@code argsort(-scores, kind="mergesort")}), and of those the ones that reach the threshold.
 * Non-numeric columns, and numeric ones outside {@link #columns(String...)}, pass through unweighed.
 * <p>
 * scikit-learn's default threshold is 1e-5 instead of the mean for an L1-penalised estimator; prepkit has none, so the
 * default is always the mean. Randomness is the estimator's own (its seed), and so is its number of threads.
 *
 * @param estimator   fitted on the columns; its model must have coefficients or importances (checked at fit)
 * @param threshold   the weight a column needs to be kept (default {@link Threshold#mean()})
 * @param maxFeatures the most columns kept, from 0 to the number of columns weighed; empty for no limit (default)
 * @param columns     the columns weighed; empty means every numeric column
 */
public record SelectFromModel(Predictor<?> estimator, Threshold threshold, OptionalInt maxFeatures,
                              List<String> columns) implements SupervisedTransformer<SelectFromModelModel> {

    private static final String STEP = "SelectFromModel";

    /** Validates the parameters and freezes the column list. */
    public SelectFromModel {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(threshold, STEP + ": threshold");
        Checks.notNull(maxFeatures, STEP + ": maxFeatures");
        if (maxFeatures.isPresent() && maxFeatures.getAsInt() < 0) {
            throw new IllegalArgumentException(STEP + ": maxFeatures must be at least 0, found "
                    + maxFeatures.getAsInt());
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults around {@code estimator}: the mean threshold, no maxFeatures, every numeric column. */
    public SelectFromModel(Predictor<?> estimator) {
        this(estimator, Threshold.mean(), OptionalInt.empty(), List.of());
    }

    /** A copy fitting {@code estimator}. */
    public SelectFromModel estimator(Predictor<?> estimator) {
        return new SelectFromModel(estimator, threshold, maxFeatures, columns);
    }

    /** A copy keeping the columns whose weight is at least {@code threshold}. */
    public SelectFromModel threshold(Threshold threshold) {
        return new SelectFromModel(estimator, threshold, maxFeatures, columns);
    }

    /** A copy keeping the columns whose weight is at least {@code threshold}: {@code threshold(Threshold.of(threshold))}. */
    public SelectFromModel threshold(double threshold) {
        return threshold(Threshold.of(threshold));
    }

    /** A copy keeping at most {@code maxFeatures} columns. */
    public SelectFromModel maxFeatures(int maxFeatures) {
        return new SelectFromModel(estimator, threshold, OptionalInt.of(maxFeatures), columns);
    }

    /** A copy that weighs only the named columns; with no name, every numeric column. */
    public SelectFromModel columns(String... columns) {
        return new SelectFromModel(estimator, threshold, maxFeatures, Checks.asList("columns", columns));
    }

    /**
     * Fits the estimator on the weighed columns and {@code target} and keeps the columns its model weighs enough.
     *
     * @throws IllegalArgumentException if there are no rows or no numeric column to weigh, a weighed column has a
     *                                  missing or infinite value (naming it), the estimator cannot be fitted (its own
     *                                  message), its model has no weights, or maxFeatures exceeds the number of columns
     */
    @Override
    public SelectFromModelModel fit(Table features, Column<?> target) {
        List<String> weighed = FitColumns.select(features, target, columns, STEP);
        if (weighed.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": no numeric column to weigh among " + features.columnNames());
        }
        FitColumns.values(features, weighed, STEP);
        PredictorModel model = FitColumns.fit(estimator, features, weighed, target, STEP);
        return SelectFromModelModel.of(this, Schema.of(features), model);
    }
}
