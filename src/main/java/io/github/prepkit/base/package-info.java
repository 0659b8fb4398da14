/**
 * The contracts every estimator and fitted model follows, as scikit-learn's base classes and mixins
 * ({@code sklearn.base}): a {@link Transformer} fits to a {@link TransformerModel} that transforms tables, a
 * {@link Predictor} ({@link Classifier} or {@link Regressor}) fits to a {@link PredictorModel} that predicts (a
 * {@link WeightedClassifier} and a {@link WeightedRegressor} also with a weight per row, as scikit-learn's
 * {@code sample_weight}, and {@link ClassWeight} weighing a classifier's classes), and a {@link Sampler} resamples a training
 * table, as imbalanced-learn's {@code fit_resample}. Estimators are immutable descriptions of hyperparameters;
 * fitting never modifies its input and returns an immutable {@link Model}.
 */
package io.github.prepkit.base;
