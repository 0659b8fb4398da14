package io.github.prepkit.selection;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.pipeline.Pipeline;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * scikit-learn's {@code cv=<int>}: {@code nSplits} unshuffled folds, stratified when the estimator is a classifier
 * ({@link StratifiedKFold}) and consecutive otherwise ({@link KFold}), as {@code check_cv}. Asked for folds without an
 * estimator, it cuts consecutive ones.
 *
 * @param nSplits the number of folds, at least 2
 */
record DefaultFolds(int nSplits) implements CrossValidator {

    /** Validates {@code nSplits}. */
    DefaultFolds {
        new KFold(nSplits, false, 0);
    }

    /** The folds to use for {@code estimator}: stratified for a classifier. */
    CrossValidator forEstimator(Predictor<?> estimator) {
        return isClassifier(estimator) ? new StratifiedKFold(nSplits, false, 0) : new KFold(nSplits, false, 0);
    }

    /** Consecutive folds ({@link KFold}), the estimator being unknown. */
    @Override
    public List<Fold> split(Table features, Column<?> target) {
        return new KFold(nSplits, false, 0).split(features, target);
    }

    /**
     * Whether {@code estimator} is a classifier, as scikit-learn's {@code is_classifier}: a pipeline if its final model
     * is one, any other predictor if its {@code fit(Table, Column)} is declared to return a {@link ClassifierModel}
     * (true of every classifier in prepkit; a lambda's fit is not, so a lambda counts as a regressor).
     */
    static boolean isClassifier(Predictor<?> estimator) {
        if (estimator instanceof Pipeline<?> pipeline) {
            return isClassifier(pipeline.model());
        }
        try {
            return ClassifierModel.class.isAssignableFrom(
                    estimator.getClass().getMethod("fit", Table.class, Column.class).getReturnType());
        } catch (NoSuchMethodException e) {
            throw new AssertionError("every Predictor has fit(Table, Column)", e);
        }
    }

    @Override
    public String toString() {
        return nSplits + " folds (StratifiedKFold for a classifier, KFold otherwise)";
    }
}
