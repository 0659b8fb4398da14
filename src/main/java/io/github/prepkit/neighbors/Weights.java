package io.github.prepkit.neighbors;

/** How the k nearest neighbours of a row count in its prediction, as scikit-learn's {@code weights}. */
public enum Weights {

    /** Every neighbour counts the same. */
    UNIFORM,

    /**
     * A neighbour counts 1 / its distance, so nearer ones count more. Where one or more neighbours lie at
     * distance zero, they share all the weight and the others get none, as scikit-learn does.
     */
    DISTANCE
}
