package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import java.util.Arrays;
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
    FitExecutor LOCAL = new LocalExecutor();

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

    /**
     * Fits every estimator on every fold's training rows once and scores it by each of {@code scorings}, as
     * {@link FoldScore#of(Predictor, Table, Column, Fold, List)} does: the multi-metric searches call this. Local
     * threads and Spark's executor fit once per (estimator, fold); this default, for an executor that knows a single
     * scoring only, runs {@link #fitAll(List, List, Table, Column, Scoring)} once per scoring (so refits per scoring,
     * and keeps the first run's times and failures; a run of another length or with a null is returned as it is, for
     * the caller to report), which gives the same scores for estimators whose fit depends
     * on their seed alone.
     *
     * @param estimators the predictors or pipelines, not modified
     * @param folds      the folds, in order
     * @param features   every row's features, not modified
     * @param target     every row's target
     * @param scorings   how each fitted model is scored, at least one
     * @return one score per fit, each with one score per scoring: slot {@code e * folds.size() + f} holds estimator
     *         {@code e} on fold {@code f}
     */
    default FoldScore[] fitAll(List<? extends Predictor<?>> estimators, List<Fold> folds, Table features,
            Column<?> target, List<Scoring> scorings) {
        if (scorings.size() == 1) {
            return fitAll(estimators, folds, features, target, scorings.get(0));
        }
        FoldScore[][] runs = scorings.stream().map(s -> fitAll(estimators, folds, features, target, s))
                .toArray(FoldScore[][]::new);
        if (Arrays.stream(runs).anyMatch(run -> run == null || run.length != runs[0].length
                || Arrays.asList(run).contains(null))) {
            return runs[0];
        }
        FoldScore[] merged = new FoldScore[runs[0].length];
        for (int task = 0; task < merged.length; task++) {
            int fit = task;
            FoldScore first = runs[0][task];
            double[] scores = Arrays.stream(runs).mapToDouble(run -> run[fit].score()).toArray();
            merged[task] = new FoldScore(scores[0], first.fitTime(), first.scoreTime(), first.failure(), scores);
        }
        return merged;
    }
}
