package io.github.prepkit.base;

import io.github.prepkit.data.Schema;

/**
 * A fitted model: immutable, made by an estimator's {@code fit} or rebuilt from its state by the model class's
 * validating {@code of} factory. Every prepkit model prints its type, columns and main learned numbers.
 */
public interface Model {

    /** The estimator (hyperparameters) this model was fitted with; each model class returns its own estimator type. */
    Object estimator();

    /** The columns the model was fitted on, by name and type; a table it is applied to must have them. */
    Schema schema();
}
