/**
 * New columns computed from numeric columns, as scikit-learn's {@code sklearn.preprocessing} transforms beyond
 * scaling and encoding: {@link PolynomialFeatures} replaces columns by their products up to a degree, named as
 * scikit-learn's {@code get_feature_names_out}; {@link PowerTransformer} and {@link QuantileTransformer} map each
 * column towards a Gaussian or uniform distribution; {@link FunctionTransformer} applies a function of one's own to
 * every value of numeric columns (and its inverse), as a step of a pipeline.
 */
package io.github.prepkit.transform;
