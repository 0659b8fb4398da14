/**
 * Re-balancing the classes of a training table, as imbalanced-learn's {@code imblearn.over_sampling} and
 * {@code imblearn.under_sampling}: {@link SMOTE}, {@link BorderlineSMOTE} and {@link SMOTENC} synthesise rows,
 * {@link RandomOverSampler} repeats rows and {@link RandomUnderSampler} drops them, each following a
 * {@link SamplingStrategy}; the prototype under-samplers keep chosen rows: {@link NearMiss} those nearest the
 * minority, {@link CondensedNearestNeighbour} a store that classifies the rest, {@link InstanceHardnessThreshold}
 * the rows a classifier finds easiest; {@link ClusterCentroids} replaces a class by k-means centres. They are {@link io.github.prepkit.base.Sampler}s: they act when a model is trained (in a
 * pipeline, on the training folds only), never when it predicts.
 */
package io.github.prepkit.resample;
