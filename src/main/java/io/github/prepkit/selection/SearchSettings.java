package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;

/**
 * What every search shares besides its candidates: the folds, the scoring, whether to refit the best candidate,
 * the threads, the progress bar and where the fits run; each copy method validates, naming the search ({@code step}).
 */
record SearchSettings(String step, CrossValidator cv, Scoring scoring, boolean refit, int nJobs, boolean progressBar,
        FitExecutor executor) {

    /** Validates every setting. */
    SearchSettings {
        Checks.notNull(cv, step + " cv");
        Checks.notNull(scoring, step + " scoring");
        Checks.notNull(executor, step + " executor");
        CrossValidation.checkJobs(step, nJobs);
    }

    /** scikit-learn's defaults (5 folds, stratified for a classifier; the estimator's score; refit) on every core. */
    static SearchSettings defaults(String step) {
        return new SearchSettings(step, new DefaultFolds(5), Scoring.DEFAULT, true, -1, true, FitExecutor.LOCAL);
    }

    SearchSettings cv(CrossValidator cv) {
        return new SearchSettings(step, cv, scoring, refit, nJobs, progressBar, executor);
    }

    SearchSettings scoring(Scoring scoring) {
        return new SearchSettings(step, cv, scoring, refit, nJobs, progressBar, executor);
    }

    SearchSettings refit(boolean refit) {
        return new SearchSettings(step, cv, scoring, refit, nJobs, progressBar, executor);
    }

    SearchSettings nJobs(int nJobs) {
        return new SearchSettings(step, cv, scoring, refit, nJobs, progressBar, executor);
    }

    SearchSettings progressBar(boolean progressBar) {
        return new SearchSettings(step, cv, scoring, refit, nJobs, progressBar, executor);
    }

    SearchSettings executor(FitExecutor executor) {
        return new SearchSettings(step, cv, scoring, refit, nJobs, progressBar, executor);
    }
}
