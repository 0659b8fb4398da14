/**
 * Nearest-neighbour models, as {@code sklearn.neighbors}: {@link KNeighborsClassifier} votes and
 * {@link KNeighborsRegressor} averages over a row's k nearest training rows, and {@link NearestNeighbors} finds them
 * without a target. Distances follow a {@link Metric}, votes a {@link Weights}; the neighbours are the exact ones, tied
 * rows kept as by scikit-learn's brute force.
 */
package io.github.prepkit.neighbors;
