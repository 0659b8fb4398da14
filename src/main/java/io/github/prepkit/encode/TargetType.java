package io.github.prepkit.encode;

/**
 * The kind of target a {@link TargetEncoder} encodes against, as scikit-learn's {@code target_type}: {@link #AUTO}
 * infers it at fit as scikit-learn's {@code type_of_target} does; a fitted model holds one of the other three.
 */
public enum TargetType {
    /**
     * Inferred at fit: a numeric target holding a value that is not a whole number is {@link #CONTINUOUS}; otherwise
     * (text, integers, whole numbers) a target of at most two distinct values is {@link #BINARY}, of more
     * {@link #MULTICLASS}.
     */
    AUTO,
    /** Two classes: each category is encoded by the (shrunk) share of the second class, in sorted order. */
    BINARY,
    /** Several classes: one output column per class, each the (shrunk) share of that class (one-vs-all). */
    MULTICLASS,
    /** A numeric target: each category is encoded by the (shrunk) mean of the target. */
    CONTINUOUS
}
