/**
 * Re-balancing the classes of a training table, as imbalanced-learn's {@code imblearn.over_sampling} and
 * {@code imblearn.under_sampling}: {@link SMOTE}, {@link BorderlineSMOTE}, {@link ADASYN}, {@link KMeansSMOTE},
 * {@link SMOTENC} and {@link SMOTEN} synthesise rows, {@link RandomOverSampler} repeats rows (or draws a smoothed
 * bootstrap) and {@link RandomUnderSampler} drops them, each following a {@link SamplingStrategy}. They are
 * {@link io.github.prepkit.base.Sampler}s: they act when a model is trained (in a pipeline, on the training folds
 * only), never when it predicts.
 */
package io.github.prepkit.resample;
