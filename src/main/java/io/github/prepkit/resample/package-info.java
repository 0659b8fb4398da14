/**
 * Re-balancing the classes of a training table, as imbalanced-learn's {@code imblearn.over_sampling} and
 * {@code imblearn.under_sampling}: {@link SMOTE}, {@link BorderlineSMOTE}, {@link ADASYN}, {@link SMOTENC} and {@link SMOTEN} synthesise rows,
 * {@link RandomOverSampler} repeats rows and {@link RandomUnderSampler} drops them, each following a
 * {@link SamplingStrategy}. The cleaning under-samplers remove the rows a neighbourhood rule condemns from the classes
 * the strategy names: {@link TomekLinks}, {@link EditedNearestNeighbours}, {@link RepeatedEditedNearestNeighbours},
 * {@link AllKNN} and {@link NeighbourhoodCleaningRule}, as imbalanced-learn 0.10 (the same rows); {@link SMOTEENN} and
 * {@link SMOTETomek} ({@code imblearn.combine}) over-sample with SMOTE, then clean. They are {@link io.github.prepkit.base.Sampler}s: they act when a model is trained (in a
 * pipeline, on the training folds only), never when it predicts.
 */
package io.github.prepkit.resample;
