package io.github.prepkit.base;

import tech.tablesaw.api.Table;

/**
 * A resampler of an imbalanced data set: it returns a new table with rows added to (over-sampling) or removed
 * from (under-sampling) some classes of the target column. It acts when a model is trained, never when it
 * predicts. Mirrors imbalanced-learn's {@code fit_resample}.
 */
public interface Sampler {

    /**
     * A new table with the same columns as {@code data}, resampled by the classes of column {@code target};
     * {@code data} is not modified.
     *
     * @param data   the training table, target column included
     * @param target the exact name of the target column, whose values are the classes
     * @return the resampled table, a new one
     * @throws IllegalArgumentException if the target column is missing or has a missing value, or the sampling
     *                                  strategy does not fit the classes found
     */
    Table fitResample(Table data, String target);
}
