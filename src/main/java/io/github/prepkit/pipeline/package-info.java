/**
 * Steps fitted and applied as one, as {@code sklearn.pipeline}, {@code imblearn.pipeline} and {@code sklearn.compose}:
 * {@link Pipeline#steps()} chains named transformers and samplers before a final model into a
 * {@link ClassifierPipeline} or a {@link RegressorPipeline}, itself a predictor (samplers act at fit only, so
 * cross-validation does not leak); a {@link ColumnTransformer} applies different transformers to different columns and
 * joins their outputs.
 */
package io.github.prepkit.pipeline;
