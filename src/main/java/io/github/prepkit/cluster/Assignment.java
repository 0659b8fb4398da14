package io.github.prepkit.cluster;

import io.github.prepkit.internal.base.Parallel;
import java.util.Arrays;

/**
 * Lloyd's assignment step against fixed centres: each point goes to its nearest centre, and optionally each
 * cluster's weighted sum and weight are accumulated in the same pass, while the block is in cache.
 *
 * <p>As scikit-learn's {@code lloyd_iter_chunked_dense}, the nearest centre minimises |c|² − 2 x·c (|x|² is the
 * same for every centre), computed block by block with the centres kept in cache; ties go to the lower centre
 * index. The work is split into the point blocks' fixed tasks, and the per-task sums are merged in task order,
 * so results do not depend on {@code nJobs}. O(rows x clusters x features).
 */
final class Assignment {

    private final PointBlocks points;
    private final int clusters;
    private final double[] minusTwiceCentres;
    private final double[] squaredNorms;
    private final double[] centres;

    /** Prepares to assign {@code points} to {@code centres} (row-major, clusters x features). */
    Assignment(PointBlocks points, double[] centres) {
        int features = points.features();
        this.points = points;
        this.clusters = centres.length / features;
        this.centres = centres;
        this.minusTwiceCentres = new double[centres.length];
        this.squaredNorms = new double[clusters];
        for (int c = 0; c < clusters; c++) {
            double norm = 0;
            for (int j = 0; j < features; j++) {
                double v = centres[c * features + j];
                norm += v * v;
                minusTwiceCentres[c * features + j] = -2 * v;
            }
            squaredNorms[c] = norm;
        }
    }

    /** Writes each point's nearest centre into {@code labels}. */
    void assign(int[] labels, int nJobs) {
        Parallel.forEach(points.tasks(), nJobs, task -> runTask(task, labels, null, null, false));
    }

    /**
     * Writes each point's nearest centre into {@code labels} and returns the inertia, the sum of the points' squared
     * distances to these centres times their {@code weights}: {@link Lloyd#inertia}'s number, bit for bit, computed
     * block by block right after the block is assigned, while it is in cache.
     */
    double assignAndInertia(int[] labels, double[] weights, int nJobs) {
        double[] partial = new double[points.tasks()];
        Parallel.forEach(partial.length, nJobs, task -> partial[task] = runTask(task, labels, weights, null, true));
        double total = 0;
        for (double sum : partial) {
            total += sum;
        }
        return total;
    }

    /**
     * Writes each point's nearest centre into {@code labels} and returns each cluster's sum of its points times
     * their {@code weights} (one per point) and the sum of those weights.
     */
    ClusterSums assignAndSum(int[] labels, double[] weights, int nJobs) {
        ClusterSums[] partial = new ClusterSums[points.tasks()];
        Parallel.forEach(partial.length, nJobs, task -> {
            partial[task] = new ClusterSums(clusters, points.features());
            runTask(task, labels, weights, partial[task], false);
        });
        ClusterSums total = new ClusterSums(clusters, points.features());
        for (ClusterSums sums : partial) {
            total.add(sums);
        }
        return total;
    }

    /**
     * Assigns the points of task {@code task}, adding them into {@code sums} unless it is null; returns their
     * weighted inertia if {@code inertia} is set, 0 otherwise.
     */
    private double runTask(int task, int[] labels, double[] weights, ClusterSums sums, boolean inertia) {
        double[][] distances = new double[clusters][PointBlocks.BLOCK];
        double[] minimum = new double[PointBlocks.BLOCK];
        double[] choice = new double[PointBlocks.BLOCK];
        int[] nearest = new int[PointBlocks.BLOCK];
        BlockOrder order = sums == null ? null : new BlockOrder(clusters);
        double sum = 0;
        for (int b = PointBlocks.firstBlock(task); b < points.endBlock(task); b++) {
            int size = points.blockRows(b);
            for (int c = 0; c < clusters; c++) {
                distances(b, c, size, distances[c]);
            }
            nearest(size, distances, minimum, choice, nearest);
            System.arraycopy(nearest, 0, labels, PointBlocks.blockStart(b), size);
            if (sums != null) {
                accumulate(b, size, nearest, weights, sums, order);
            }
            if (inertia) {
                sum = points.addWeightedDistances(b, centres, labels, weights, sum, minimum);
            }
        }
        return sum;
    }

    /** |c|² − 2 x·c for every point of block {@code b}, four features per pass over the block. */
    private void distances(int b, int c, int size, double[] out) {
        int features = points.features();
        int offset = c * features;
        Arrays.fill(out, 0, size, squaredNorms[c]);
        int j = 0;
        for (; j + 3 < features; j += 4) {
            double c0 = minusTwiceCentres[offset + j];
            double c1 = minusTwiceCentres[offset + j + 1];
            double c2 = minusTwiceCentres[offset + j + 2];
            double c3 = minusTwiceCentres[offset + j + 3];
            double[] x0 = points.column(b, j);
            double[] x1 = points.column(b, j + 1);
            double[] x2 = points.column(b, j + 2);
            double[] x3 = points.column(b, j + 3);
            for (int i = 0; i < size; i++) {
                out[i] += c0 * x0[i] + c1 * x1[i] + c2 * x2[i] + c3 * x3[i];
            }
        }
        for (; j < features; j++) {
            double c0 = minusTwiceCentres[offset + j];
            double[] x0 = points.column(b, j);
            for (int i = 0; i < size; i++) {
                out[i] += c0 * x0[i];
            }
        }
    }

    /**
     * The index of the smallest distance of each point, the lowest on ties. Written without branches, which the
     * processor would mispredict on unordered data, and in double arithmetic, which the JIT vectorises: first the
     * minimum, then, from the last centre to the first, the index of every centre whose distance equals it. For
     * d >= min, (d - min) x 2^1000 x 2^1000 is 0 when d == min and at least 1 otherwise (even for the smallest
     * subnormal difference), so its minimum with 1 is exactly the 0/1 "is different" flag.
     */
    private void nearest(int size, double[][] distances, double[] minimum, double[] choice, int[] nearest) {
        System.arraycopy(distances[0], 0, minimum, 0, size);
        for (int c = 1; c < clusters; c++) {
            double[] distance = distances[c];
            for (int i = 0; i < size; i++) {
                minimum[i] = Math.min(minimum[i], distance[i]);
            }
        }
        Arrays.fill(choice, 0, size, 0);
        for (int c = clusters - 1; c >= 0; c--) {
            double[] distance = distances[c];
            double index = c;
            for (int i = 0; i < size; i++) {
                double different = Math.min(1.0, (distance[i] - minimum[i]) * 0x1p1000 * 0x1p1000);
                choice[i] += (1 - different) * (index - choice[i]);
            }
        }
        for (int i = 0; i < size; i++) {
            nearest[i] = (int) choice[i];
        }
    }

    /**
     * Adds every point of block {@code b}, times its weight, to its cluster's sum, and its weight to the cluster's
     * weight, in row order within each cluster (a weight of 1 adds the point itself, bit for bit). The rows are first
     * grouped by cluster (a stable counting sort into {@code order}), so that each cluster's sums stay in registers,
     * four features at a time, rather than going through memory for every point.
     */
    private void accumulate(int b, int size, int[] nearest, double[] weights, ClusterSums sums, BlockOrder order) {
        order.group(nearest, size, clusters);
        int start = PointBlocks.blockStart(b);
        for (int c = 0; c < clusters; c++) {
            if (order.start(c) < order.start(c + 1)) {
                addPoints(b, order.rows, order.start(c), order.start(c + 1), weights, start, sums, c);
            }
        }
    }

    /**
     * Adds rows {@code rows[from .. to - 1]} of block {@code b}, all of cluster {@code c}, times their weights, to the
     * cluster's sums, and their weights to its weight (along with the first feature, so that the two sums proceed
     * side by side).
     */
    private void addPoints(int b, int[] rows, int from, int to, double[] weights, int start, ClusterSums sums,
            int c) {
        int features = points.features();
        double[] total = sums.sums;
        int offset = c * features;
        double weightSum = sums.weights[c];
        int j = 0;
        for (; j + 3 < features; j += 4) {
            double[] x0 = points.column(b, j);
            double[] x1 = points.column(b, j + 1);
            double[] x2 = points.column(b, j + 2);
            double[] x3 = points.column(b, j + 3);
            double s0 = total[offset + j];
            double s1 = total[offset + j + 1];
            double s2 = total[offset + j + 2];
            double s3 = total[offset + j + 3];
            boolean first = j == 0;
            for (int m = from; m < to; m++) {
                int i = rows[m];
                double weight = weights[start + i];
                if (first) {
                    weightSum += weight;
                }
                s0 += x0[i] * weight;
                s1 += x1[i] * weight;
                s2 += x2[i] * weight;
                s3 += x3[i] * weight;
            }
            total[offset + j] = s0;
            total[offset + j + 1] = s1;
            total[offset + j + 2] = s2;
            total[offset + j + 3] = s3;
        }
        for (; j < features; j++) {
            double[] x0 = points.column(b, j);
            double s0 = total[offset + j];
            for (int m = from; m < to; m++) {
                int i = rows[m];
                double weight = weights[start + i];
                if (j == 0) {
                    weightSum += weight;
                }
                s0 += x0[i] * weight;
            }
            total[offset + j] = s0;
        }
        sums.weights[c] = weightSum;
    }
}
