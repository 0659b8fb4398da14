package io.github.prepkit.base;

/**
 * A supervised estimator whose target is a number: its fitted model predicts a double column. The kind is part of
 * the type, as {@link Classifier}'s, so cross-validation cuts consecutive folds for it, as scikit-learn does for a
 * regressor.
 *
 * @param <M> the fitted model
 */
public interface Regressor<M extends PredictorModel> extends Predictor<M> {
}
