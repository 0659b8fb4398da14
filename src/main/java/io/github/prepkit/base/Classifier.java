package io.github.prepkit.base;

/**
 * A supervised estimator whose target is a set of classes: its fitted model also gives class probabilities. The
 * kind is part of the type, so a pipeline ending in a classifier, a search over one and {@code cv(int)}'s
 * stratified folds know it without looking inside, as scikit-learn's {@code is_classifier}.
 *
 * @param <M> the fitted model
 */
public interface Classifier<M extends ClassifierModel> extends Predictor<M> {
}
