package io.github.prepkit.cluster;

import io.github.prepkit.internal.base.Parallel;
import java.util.SplittableRandom;

/**
 * Initial centres drawn from the points: scikit-learn's greedy k-means++ or distinct random points. The random
 * numbers come from the given generator only, so a seed fixes the result for any {@code nJobs}.
 */
final class Seeding {

    private Seeding() {
    }

    /**
     * Greedy k-means++ (Arthur and Vassilvitskii), as scikit-learn 1.2's {@code _kmeans_plusplus}: the first
     * centre is a uniformly drawn point; each next one is the best of 2 + ⌊ln k⌋ candidates, each drawn with
     * probability proportional to its squared distance to the nearest centre so far, "best" meaning the candidate
     * that leaves the smallest sum of those squared distances (the first such on ties). Candidates are drawn by
     * searching the running sum of the distances, as {@code numpy.searchsorted}. Sample weights play no part, as in
     * scikit-learn 1.2.1 (1.3 draws the first centre and the candidates in proportion to the weights).
     * O(rows x features x k x log k).
     *
     * @return the centres, row-major ({@code clusters x features})
     */
    static double[] kMeansPlusPlus(PointBlocks points, int clusters, SplittableRandom random, int nJobs) {
        int rows = points.rows();
        int features = points.features();
        int trials = 2 + (int) Math.log(clusters);
        double[] centres = new double[clusters * features];
        int first = random.nextInt(rows);
        System.arraycopy(points.row(first), 0, centres, 0, features);
        double[] closest = new double[rows];
        double potential = nearerDistances(points, new double[][] {points.row(first)}, null,
                new double[][] {closest}, nJobs)[0];
        double[][] candidateClosest = new double[trials][rows];
        for (int c = 1; c < clusters; c++) {
            double[] cumulative = cumulativeSum(closest);
            double[][] candidates = new double[trials][];
            for (int t = 0; t < trials; t++) {
                int candidate = Math.min(firstAtLeast(cumulative, random.nextDouble() * potential), rows - 1);
                candidates[t] = points.row(candidate);
            }
            double[] potentials = nearerDistances(points, candidates, closest, candidateClosest, nJobs);
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (potentials[t] < potentials[best]) {
                    best = t;
                }
            }
            potential = potentials[best];
            double[] replaced = closest;
            closest = candidateClosest[best];
            candidateClosest[best] = replaced;
            System.arraycopy(candidates[best], 0, centres, c * features, features);
        }
        return centres;
    }

    /**
     * {@code clusters} distinct points drawn uniformly, in the order of a random permutation (scikit-learn's
     * {@code init="random"}), whatever the sample weights, as in scikit-learn 1.2.1 (1.3 draws them in
     * proportion to the weights). O(rows + clusters x features).
     */
    static double[] randomPoints(PointBlocks points, int clusters, SplittableRandom random) {
        int rows = points.rows();
        int features = points.features();
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        double[] centres = new double[clusters * features];
        for (int c = 0; c < clusters; c++) {
            int pick = c + random.nextInt(rows - c);
            int chosen = order[pick];
            order[pick] = order[c];
            order[c] = chosen;
            System.arraycopy(points.row(chosen), 0, centres, c * features, features);
        }
        return centres;
    }

    /**
     * Writes into {@code out[t]} every point's squared distance to {@code candidates[t]}, or the smaller of that
     * and {@code closest} when {@code closest} is given, in one pass over the points, and returns the sum of each
     * {@code out[t]} (summed by task, in task order).
     */
    private static double[] nearerDistances(PointBlocks points, double[][] candidates, double[] closest,
                                            double[][] out, int nJobs) {
        double[][] partial = new double[points.tasks()][candidates.length];
        Parallel.forEach(points.tasks(), nJobs, task -> {
            double[] block = new double[PointBlocks.BLOCK];
            for (int b = PointBlocks.firstBlock(task); b < points.endBlock(task); b++) {
                int start = PointBlocks.blockStart(b);
                for (int t = 0; t < candidates.length; t++) {
                    points.squaredDistances(b, candidates[t], block);
                    double sum = 0;
                    for (int i = 0; i < points.blockRows(b); i++) {
                        double distance = closest == null ? block[i] : Math.min(closest[start + i], block[i]);
                        out[t][start + i] = distance;
                        sum += distance;
                    }
                    partial[task][t] += sum;
                }
            }
        });
        double[] sums = new double[candidates.length];
        for (double[] taskSums : partial) {
            for (int t = 0; t < sums.length; t++) {
                sums[t] += taskSums[t];
            }
        }
        return sums;
    }

    private static double[] cumulativeSum(double[] values) {
        double[] cumulative = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** The first index whose value is at least {@code target} in the ascending {@code sorted}, or its length. */
    private static int firstAtLeast(double[] sorted, double target) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
