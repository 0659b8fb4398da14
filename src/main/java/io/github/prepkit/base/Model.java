package io.github.prepkit.base;

import io.github.prepkit.data.Schema;

/**
 * A fitted model: immutable, made by an estimator's {@code fit} or rebuilt from its state by the model class's
 * validating {@code of} factory. Every prepkit model also gives back the estimator it was fitted with
 * ({@code estimator()}, typed by the model class) and prints its type, columns and main learned numbers.
 */
public interface Model {

    /** The columns the model was fitted on, by name and type; a table it is applied to must have them. */
    Schema schema();
}
