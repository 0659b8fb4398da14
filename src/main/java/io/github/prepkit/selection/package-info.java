/**
 * Splitting, cross-validation and hyperparameter search, as {@code sklearn.model_selection}: {@link TrainTestSplit}
 * (seeded, optionally stratified), the {@link CrossValidator}s {@link KFold}, {@link StratifiedKFold} and
 * {@link RepeatedStratifiedKFold}, {@link CrossValidation} (per-fold scores and times), and {@link GridSearch} and
 * {@link RandomSearch} over typed {@link Axis axes}, scored by a {@link Scoring} and reported as a {@link SearchResult}
 * with a {@code cv_results_} table.
 */
package io.github.prepkit.selection;
