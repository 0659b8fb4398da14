/**
 * Rescaling numeric columns, as the scalers of {@code sklearn.preprocessing}: {@link StandardScaler} (zero mean, unit
 * variance), {@link MinMaxScaler} (onto a range), {@link RobustScaler} (median and quantile range) and
 * {@link MaxAbsScaler} (by the largest magnitude). Each fits to a model that transforms any table with the fitted
 * columns and maps scaled values back with {@code inverseTransform}. {@link Normalizer} scales rows instead of
 * columns, each to unit norm, and learns nothing.
 */
package io.github.prepkit.scale;
