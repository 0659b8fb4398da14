package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Where the fits of a search or a cross-validation run: every estimator on every fold, each fit independent of the
 * others and seeded by its own estimator, so any executor gives the same scores. {@link #LOCAL}, the default, runs
 * them on the search's {@code nJobs} threads; prepkit on Spark runs them as Spark tasks
 * ({@code io.github.prepkit.spark.PrepkitSpark.executor(spark)}): the same search, another executor.
 */
@FunctionalInterface
public interface FitExecutor {

    /**
     * This JVM's threads: as many as the search's or cross-validation's {@code nJobs}, with its progress bar; called
     * directly, every core.
     */
    FitExecutor LOCAL = (estimators, folds, features, target, scoring) -> FoldScore.onThreads(estimators, folds,
            features, target, scoring, -1, Progress.silent());

    /**
     * Fits every estimator on every fold's training rows and scores it on the fold's test rows, as
     * {@link FoldScore#of} does.
     *
     * @param estimators the predictors or pipelines, not modified
     * @param folds      the folds, in order
     * @param features   every row's features, not modified
     * @param target     every row's target
     * @param scoring    how each fitted model is scored
     * @return one score per fit: slot {@code e * folds.size() + f} holds estimator {@code e} on fold {@code f}
     */
    FoldScore[] fitAll(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features, Column<?> target,
            Scoring scoring);
}
