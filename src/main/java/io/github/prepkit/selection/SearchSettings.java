package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * What every search shares besides its candidates: the folds, the scorings and the one of them that picks the best
 * candidate ({@code refitMetric}, null for the only one), whether to refit the best candidate, the threads, the
 * progress bar and where the fits run; each copy method validates, naming the search ({@code step}). Whether
 * {@code refitMetric} names one of the scorings is checked when the search fits, as scikit-learn, since either may
 * be set first.
 */
record SearchSettings(String step, CrossValidator cv, List<Scoring> scorings, String refitMetric, boolean refit,
        int nJobs, boolean progressBar, FitExecutor executor) {

    /** Validates every setting. */
    SearchSettings {
        Checks.notNull(cv, step + " cv");
        scorings = Scorings.check(scorings, step);
        Checks.notNull(executor, step + " executor");
        CrossValidation.checkJobs(step, nJobs);
    }

    /** scikit-learn's defaults (5 folds, stratified for a classifier; the estimator's score; refit) on every core. */
    static SearchSettings defaults(String step) {
        return new SearchSettings(step, new DefaultFolds(5), List.of(Scoring.DEFAULT), null, true, -1, true,
                FitExecutor.LOCAL);
    }

    /** The scoring that picks the best candidate: the one {@code refitMetric} names, else the first. */
    Scoring scoring() {
        return scorings.stream().filter(s -> s.name().equals(refitMetric)).findFirst().orElse(scorings.get(0));
    }

    /** The index of the scoring that picks the best candidate, checked as {@link Scorings#refitIndex}. */
    int refitIndex() {
        return Scorings.refitIndex(scorings, refitMetric, step);
    }

    SearchSettings cv(CrossValidator cv) {
        return new SearchSettings(step, cv, scorings, refitMetric, refit, nJobs, progressBar, executor);
    }

    SearchSettings scoring(Scoring scoring) {
        return scorings(List.of(Checks.notNull(scoring, step + " scoring")));
    }

    SearchSettings scorings(List<Scoring> scorings) {
        return new SearchSettings(step, cv, scorings, refitMetric, refit, nJobs, progressBar, executor);
    }

    SearchSettings refit(boolean refit) {
        return new SearchSettings(step, cv, scorings, refitMetric, refit, nJobs, progressBar, executor);
    }

    SearchSettings refit(String refitMetric) {
        Checks.notNull(refitMetric, step + " refit");
        return new SearchSettings(step, cv, scorings, refitMetric, true, nJobs, progressBar, executor);
    }

    SearchSettings nJobs(int nJobs) {
        return new SearchSettings(step, cv, scorings, refitMetric, refit, nJobs, progressBar, executor);
    }

    SearchSettings progressBar(boolean progressBar) {
        return new SearchSettings(step, cv, scorings, refitMetric, refit, nJobs, progressBar, executor);
    }

    SearchSettings executor(FitExecutor executor) {
        return new SearchSettings(step, cv, scorings, refitMetric, refit, nJobs, progressBar, executor);
    }
}
