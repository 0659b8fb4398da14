/** Not API (not exported): the least-squares and Bayesian-ridge regressions of iterative imputation. */
package io.github.prepkit.internal.linalg;
