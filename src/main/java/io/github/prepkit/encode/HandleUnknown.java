package io.github.prepkit.encode;

/**
 * What an encoder's fitted model does with a category it did not see at fit, as scikit-learn's {@code handle_unknown}:
 * one choice shared by the encoders, each of which accepts the ones scikit-learn's own accepts ({@link OneHotEncoder}:
 * {@link #ERROR} and {@link #IGNORE}; {@link OrdinalEncoder}: {@link #ERROR} and {@link #USE_ENCODED_VALUE}) and refuses
 * the other at construction, naming {@code handleUnknown}.
 */
public enum HandleUnknown {
    /** Fail, naming the column, the category and the row (scikit-learn's default {@code "error"}). */
    ERROR,
    /** One-hot: encode the row as all zeros in that column's dummy columns (scikit-learn's {@code "ignore"}). */
    IGNORE,
    /**
     * Ordinal: encode the row as the encoder's {@code unknownValue} (scikit-learn's {@code "use_encoded_value"}).
     */
    USE_ENCODED_VALUE
}
