package io.github.prepkit.selection;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * scikit-learn's {@code cv=<int>}: {@code nSplits} unshuffled folds, stratified when the estimator is a classifier
 * ({@link StratifiedKFold}) and consecutive otherwise ({@link KFold}), as {@code check_cv}. Asked for folds without an
 * estimator, it cuts consecutive ones. The default folds of {@link CrossValidation} and of the
 * {@code io.github.prepkit.inspection} tools.
 *
 * @param nSplits the number of folds, at least 2
 */
public record DefaultFolds(int nSplits) implements CrossValidator {

    /** Validates {@code nSplits}. */
    public DefaultFolds {
        new KFold(nSplits, false, 0);
    }

    /**
     * The folds to use for {@code estimator}: stratified for a {@link Classifier} (a pipeline ending in one
     * included), consecutive for any other predictor, as scikit-learn's {@code check_cv} with {@code is_classifier}.
     */
    public CrossValidator forEstimator(Predictor<?> estimator) {
        Checks.notNull(estimator, "estimator");
        return estimator instanceof Classifier<?> ? new StratifiedKFold(nSplits, false, 0) : new KFold(nSplits, false, 0);
    }

    /** Consecutive folds ({@link KFold}), the estimator being unknown. */
    @Override
    public List<Fold> split(Table features, Column<?> target) {
        return new KFold(nSplits, false, 0).split(features, target);
    }

    @Override
    public String toString() {
        return nSplits + " folds (StratifiedKFold for a classifier, KFold otherwise)";
    }
}
