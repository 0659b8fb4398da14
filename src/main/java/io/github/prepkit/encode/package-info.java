/**
 * Categorical columns as numbers, as scikit-learn's encoders ({@code sklearn.preprocessing}) and pandas'
 * {@code get_dummies}: {@link OneHotEncoder} fits to a {@link OneHotEncoderModel} that remembers the training levels, so
 * a test table gets exactly the training table's 0/1 columns; {@link OrdinalEncoder} replaces categories by their codes
 * 0, 1, 2...; {@link KBinsDiscretizer} cuts numeric columns into bins (uniform, quantile or k-means) given as codes or
 * 0/1 columns; {@link HandleUnknown} is the encoders' shared choice for a category not seen at fit; {@link Binarizer}
 * turns numeric columns into 0/1 flags against a threshold, as scikit-learn's {@code Binarizer};
 * {@link Dummies#getDummies(tech.tablesaw.api.Table, String...)} encodes one table in one call.
 */
package io.github.prepkit.encode;
