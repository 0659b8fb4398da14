/**
 * Clustering without a target, as {@code sklearn.cluster}: {@link KMeans} (k-means++, random or given initial centres,
 * Lloyd's algorithm, the best of several seeded runs) fits to a {@link KMeansModel} holding the centres, the labels and
 * the inertia, which assigns new rows to their nearest centre. Scores of a clustering are in
 * {@link io.github.prepkit.metrics.ClusteringMetrics}.
 */
package io.github.prepkit.cluster;
