/**
 * Filling missing values, as {@code sklearn.impute}: {@link SimpleImputer} (mean, median, most frequent or a constant),
 * {@link IterativeImputer} (each column regressed on the others, round after round), {@link KNNImputer} (the mean over
 * the nearest rows by nan-Euclidean distance) and {@link MissingIndicator} (0/1 columns marking the gaps). Each is a
 * {@link io.github.prepkit.base.Transformer}: it learns its fill at fit and applies it to any table with the fitted
 * columns.
 */
package io.github.prepkit.impute;
