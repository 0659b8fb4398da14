/**
 * Matrix decompositions of numeric columns, as scikit-learn's {@code sklearn.decomposition}: {@link PCA} replaces
 * columns by their principal component scores, {@code pca0}, {@code pca1}, ..., and maps scores back.
 */
package io.github.prepkit.decomposition;
