package io.github.prepkit.inspection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.selection.CrossValidator;
import io.github.prepkit.selection.DefaultFolds;
import io.github.prepkit.selection.Fold;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The folds an inspection tool cuts: the given splitter's, or scikit-learn's {@code cv=<int>} for the estimator. */
final class Splits {

    private Splits() {
    }

    /**
     * The folds {@code cv} cuts for {@code estimator} (stratified for a classifier under {@link DefaultFolds}), after
     * checking that the features and the target have the same rows.
     */
    static List<Fold> of(CrossValidator cv, Predictor<?> estimator, Table features, Column<?> target, String step) {
        TrainingData.requireSameRows(features, target, step);
        CrossValidator resolved = cv instanceof DefaultFolds defaults ? defaults.forEstimator(estimator) : cv;
        List<Fold> folds = resolved.split(features, target);
        if (folds.isEmpty()) {
            throw new IllegalArgumentException(step + ": the splitter " + cv + " cut no folds");
        }
        return folds;
    }
}
