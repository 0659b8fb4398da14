/**
 * Not API (not exported): the least-squares and Bayesian-ridge regressions of iterative imputation, and the tiled
 * Gram-matrix kernel of principal components, least squares and Newton's method.
 */
package io.github.prepkit.internal.linalg;
