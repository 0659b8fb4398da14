package io.github.prepkit.cluster;

import io.github.prepkit.internal.base.Parallel;
import java.util.Arrays;

/**
 * One run of Lloyd's k-means algorithm from given initial centres, step for step as scikit-learn 1.2's
 * {@code _kmeans_single_lloyd}: assign every point to its nearest centre and move each centre to the weighted mean
 * of its points (sum of weight x point over sum of weights); a cluster of weight 0 takes the point farthest from its
 * centre (see {@link Relocation}); stop when the labels did not change
 * ("strict convergence") or when the squared centre shift summed over the clusters is at most {@code tol}, or after
 * {@code maxIter} iterations. Unless the labels converged strictly, the points are assigned once more so that the
 * labels match the final centres.
 */
final class Lloyd {

    /** The outcome of one run, in the points' coordinates. */
    record Run(int[] labels, double[] centres, double inertia, int iterations) {
    }

    private Lloyd() {
    }

    /**
     * Runs from {@code initial} (row-major, clusters x features; not modified), each point counting as much as its
     * weight.
     *
     * @param weights the points' sample weights, finite and at least 0, not all 0 (all 1 for an unweighted fit)
     * @param tol     the absolute tolerance on the summed squared centre shift
     */
    static Run run(PointBlocks points, double[] weights, double[] initial, int maxIter, double tol, int nJobs) {
        double[] centres = initial.clone();
        int[] labels = new int[points.rows()];
        int[] previous = new int[points.rows()];
        Arrays.fill(previous, -1);
        boolean strict = false;
        int iterations = 0;
        while (iterations < maxIter) {
            iterations++;
            ClusterSums sums = new Assignment(points, centres).assignAndSum(labels, weights, nJobs);
            Relocation.relocateEmptyClusters(points, weights, centres, labels, sums);
            double[] next = sums.means();
            double shift = squaredShift(centres, next);
            centres = next;
            if (Arrays.equals(labels, previous)) {
                strict = true;
                break;
            }
            if (shift <= tol) {
                break;
            }
            System.arraycopy(labels, 0, previous, 0, labels.length);
        }
        double inertia = strict ? inertia(points, weights, centres, labels, nJobs)
                : new Assignment(points, centres).assignAndInertia(labels, weights, nJobs);
        return new Run(labels, centres, inertia, iterations);
    }

    /**
     * The sum of squared Euclidean distances of the points to their centres, each times the point's weight, from the
     * differences (as scikit-learn's {@code _inertia_dense}), summed task by task in task order.
     */
    static double inertia(PointBlocks points, double[] weights, double[] centres, int[] labels, int nJobs) {
        double[] partial = new double[points.tasks()];
        Parallel.forEach(partial.length, nJobs, task -> {
            double[] distances = new double[PointBlocks.BLOCK];
            double sum = 0;
            for (int b = PointBlocks.firstBlock(task); b < points.endBlock(task); b++) {
                sum = points.addWeightedDistances(b, centres, labels, weights, sum, distances);
            }
            partial[task] = sum;
        });
        double total = 0;
        for (double sum : partial) {
            total += sum;
        }
        return total;
    }

    private static double squaredShift(double[] before, double[] after) {
        double sum = 0;
        for (int i = 0; i < before.length; i++) {
            double diff = after[i] - before[i];
            sum += diff * diff;
        }
        return sum;
    }
}
