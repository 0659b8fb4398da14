/**
 * Rescaling numeric columns, as the scalers of {@code sklearn.preprocessing}: {@link StandardScaler} (zero mean, unit
 * variance), {@link MinMaxScaler} (onto a range) and {@link RobustScaler} (median and quantile range). Each fits to a
 * model that transforms any table with the fitted columns and maps scaled values back with {@code inverseTransform}.
 */
package io.github.prepkit.scale;
