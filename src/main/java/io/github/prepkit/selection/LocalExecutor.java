package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@link FitExecutor#LOCAL}: this JVM's threads, every core when called directly (a search or a cross-validation
 * calls {@link FoldScore#onThreads} itself, with its own {@code nJobs} and progress bar). Fits once per (estimator,
 * fold) whatever the number of scorings.
 */
final class LocalExecutor implements FitExecutor {

    @Override
    public FoldScore[] fitAll(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features,
            Column<?> target, Scoring scoring) {
        return fitAll(estimators, folds, features, target, List.of(scoring));
    }

    @Override
    public FoldScore[] fitAll(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features,
            Column<?> target, List<Scoring> scorings) {
        return FoldScore.onThreads(estimators, folds, features, target, scorings, -1, Progress.silent());
    }

    @Override
    public String toString() {
        return "local threads";
    }
}
