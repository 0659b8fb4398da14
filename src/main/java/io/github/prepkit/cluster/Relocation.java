package io.github.prepkit.cluster;

import java.util.stream.IntStream;

/**
 * What Lloyd's update does with a cluster of weight 0 (it lost all its points, or kept only points of weight 0), as
 * scikit-learn 1.2's {@code _relocate_empty_clusters_dense}: each such cluster takes one of the points farthest from
 * their current centres, with its weight, and that point times its weight leaves its old cluster's sum. Which empty
 * cluster gets which of these points follows numpy's {@code argpartition} order, as scikit-learn (see
 * {@link ArgPartition}): for a single empty cluster it is the farthest point (the last of equally far points). The
 * distances are not weighted, as scikit-learn's are not: a far point of weight 0 is taken too, and leaves the
 * cluster at weight 0. The labels are left as they are; the next assignment step updates them.
 */
final class Relocation {

    private Relocation() {
    }

    /**
     * Moves points into every cluster of {@code sums} with weight 0; {@code weights} are the points' sample weights,
     * {@code centres} the centres the labels were assigned to. O(rows x features) when a cluster is empty, nothing
     * otherwise.
     */
    static void relocateEmptyClusters(PointBlocks points, double[] weights, double[] centres, int[] labels,
            ClusterSums sums) {
        int[] empty = emptyClusters(sums);
        if (empty.length == 0) {
            return;
        }
        int[] farthest = farthestPoints(points, centres, labels, empty.length);
        int features = points.features();
        for (int e = 0; e < empty.length; e++) {
            int point = farthest[e];
            double weight = weights[point];
            int from = labels[point];
            int to = empty[e];
            for (int j = 0; j < features; j++) {
                double value = points.get(point, j) * weight;
                sums.sums[from * features + j] -= value;
                sums.sums[to * features + j] = value;
            }
            sums.weights[to] = weight;
            sums.weights[from] -= weight;
        }
    }

    private static int[] emptyClusters(ClusterSums sums) {
        return IntStream.range(0, sums.clusters).filter(c -> sums.weights[c] == 0).toArray();
    }

    /** The {@code count} points farthest from their centres, in scikit-learn's order. */
    private static int[] farthestPoints(PointBlocks points, double[] centres, int[] labels, int count) {
        double[] distances = new double[points.rows()];
        double[] block = new double[PointBlocks.BLOCK];
        for (int b = 0; b < points.blocks(); b++) {
            points.squaredDistancesToCentres(b, centres, labels, block);
            System.arraycopy(block, 0, distances, PointBlocks.blockStart(b), points.blockRows(b));
        }
        return ArgPartition.largest(distances, count);
    }
}
