package io.github.prepkit.cluster;

/**
 * What one pass of Lloyd's update step accumulates: for each cluster the sum of its points times their sample weights
 * and the sum of those weights (the number of its points when every weight is 1), as scikit-learn's
 * {@code centers_new} and {@code weight_in_clusters}. Mutable, owned by the pass that fills it.
 */
final class ClusterSums {

    final int clusters;
    final int features;
    /** Row-major {@code clusters x features} sums of the points, each times its weight. */
    final double[] sums;
    final double[] weights;

    ClusterSums(int clusters, int features) {
        this.clusters = clusters;
        this.features = features;
        this.sums = new double[clusters * features];
        this.weights = new double[clusters];
    }

    /** Adds {@code other} to these sums, element by element. */
    void add(ClusterSums other) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += other.sums[i];
        }
        for (int c = 0; c < clusters; c++) {
            weights[c] += other.weights[c];
        }
    }

    /**
     * The new centres: each cluster's sum times the reciprocal of its weight, as scikit-learn averages; a cluster
     * of weight 0 keeps its sum (scikit-learn 1.2 leaves it so: after moving its only point away, or when the point
     * relocated into it weighs 0).
     */
    double[] means() {
        double[] means = sums.clone();
        for (int c = 0; c < clusters; c++) {
            if (weights[c] > 0) {
                double alpha = 1.0 / weights[c];
                for (int j = 0; j < features; j++) {
                    means[c * features + j] *= alpha;
                }
            }
        }
        return means;
    }
}
