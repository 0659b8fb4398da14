/**
 * New columns computed from numeric columns, as scikit-learn's {@code PolynomialFeatures} and
 * {@code FunctionTransformer} ({@code sklearn.preprocessing}): {@link PolynomialFeatures} replaces columns by their
 * products up to a degree, named as scikit-learn's {@code get_feature_names_out}; {@link FunctionTransformer} applies a
 * function of one's own to every value of numeric columns (and its inverse), as a step of a pipeline.
 */
package io.github.prepkit.transform;
