/**
 * Categorical columns as 0/1 dummy columns, as scikit-learn's {@code OneHotEncoder} ({@code sklearn.preprocessing}) and
 * pandas' {@code get_dummies}: {@link OneHotEncoder} fits to a {@link OneHotEncoderModel} that remembers the training
 * levels, so a test table gets exactly the training table's columns;
 * {@link Dummies#getDummies(tech.tablesaw.api.Table, String...)} encodes one table in one call. {@link Binarizer} turns
 * numeric columns into 0/1 flags against a threshold, as scikit-learn's {@code Binarizer}.
 */
package io.github.prepkit.encode;
