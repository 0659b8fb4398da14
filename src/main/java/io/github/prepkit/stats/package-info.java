/**
 * Small statistics the rest of prepkit and its users need, as parts of {@code scipy.stats} and numpy:
 * {@link TTest#oneSample(double[], double)} (Student's one-sample t-test), {@link Quantiles} (median and linearly
 * interpolated quantiles, NaN skipped) and {@link LinearFit} (a fitted linear function, as least squares and Bayesian
 * ridge return it).
 */
package io.github.prepkit.stats;
