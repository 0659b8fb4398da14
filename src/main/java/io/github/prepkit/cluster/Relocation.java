package io.github.prepkit.cluster;

import java.util.stream.IntStream;

/**
 * What Lloyd's update does with a cluster that lost all its points, as scikit-learn's
 * {@code _relocate_empty_clusters_dense}: each empty cluster takes one of the points farthest from their current
 * centres, and that point leaves its old cluster's sum. Which empty cluster gets which of these points follows
 * numpy's {@code argpartition} order, as scikit-learn (see {@link ArgPartition}): for a single empty cluster it is
 * the farthest point (the last of equally far points). The labels are left as they are; the next assignment step
 * updates them.
 */
final class Relocation {

    private Relocation() {
    }

    /**
     * Moves points into every cluster of {@code sums} with weight 0; {@code centres} are the centres the labels were
     * assigned to. O(rows x features) when a cluster is empty, nothing otherwise.
     */
    static void relocateEmptyClusters(PointBlocks points, double[] centres, int[] labels, ClusterSums sums) {
        int[] empty = emptyClusters(sums);
        if (empty.length == 0) {
            return;
        }
        int[] farthest = farthestPoints(points, centres, labels, empty.length);
        int features = points.features();
        for (int e = 0; e < empty.length; e++) {
            int point = farthest[e];
            int from = labels[point];
            int to = empty[e];
            for (int j = 0; j < features; j++) {
                double value = points.get(point, j);
                sums.sums[from * features + j] -= value;
                sums.sums[to * features + j] = value;
            }
            sums.weights[to] = 1;
            sums.weights[from] -= 1;
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
