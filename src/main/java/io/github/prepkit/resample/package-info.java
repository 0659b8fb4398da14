/**
 * Re-balancing the classes of a training table, as imbalanced-learn's {@code imblearn.over_sampling},
 * {@code imblearn.under_sampling} and {@code imblearn.combine}: {@link SMOTE}, {@link BorderlineSMOTE},
 * {@link ADASYN}, {@link KMeansSMOTE}, {@link SMOTENC} and {@link SMOTEN} synthesise rows, {@link RandomOverSampler}
 * repeats rows and {@link RandomUnderSampler} drops them, each following a {@link SamplingStrategy}. The cleaning
 * under-samplers remove the rows a neighbourhood rule condemns from the classes the strategy names:
 * {@link TomekLinks}, {@link EditedNearestNeighbours}, {@link RepeatedEditedNearestNeighbours}, {@link AllKNN} and
 * {@link NeighbourhoodCleaningRule}, as imbalanced-learn 0.10 (the same rows); the prototype under-samplers keep chosen
 * rows: {@link NearMiss} those nearest the minority, {@link CondensedNearestNeighbour} a store that classifies the
 * rest, {@link InstanceHardnessThreshold} the rows a classifier finds easiest; {@link ClusterCentroids} replaces a
 * class by k-means centres. {@link SMOTEENN} and {@link SMOTETomek} over-sample with SMOTE, then clean. They are
 * {@link io.github.prepkit.base.Sampler}s: they act when a model is trained (in a pipeline, on the training folds
 * only), never when it predicts.
 */
package io.github.prepkit.resample;
