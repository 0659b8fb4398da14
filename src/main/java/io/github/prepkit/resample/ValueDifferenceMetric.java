package io.github.prepkit.resample;

import io.github.prepkit.internal.base.Parallel;

/**
 * imbalanced-learn's {@code ValueDifferenceMetric} (Stanfill and Waltz 1986) with its defaults k = 1, r = 2: between
 * two rows, the sum over the categorical columns of (sum over the classes of |P(class | one row's level) - P(class |
 * the other's level)|)^2, the probabilities counted on every row of the table. Two levels are close when the classes
 * are spread alike among their rows.
 */
final class ValueDifferenceMetric {

    private final int[][] codes;
    /** {@code levelDistances[c][a][b]}: the sum over the classes of the probability differences of levels a, b. */
    private final double[][][] levelDistances;

    private ValueDifferenceMetric(int[][] codes, double[][][] levelDistances) {
        this.codes = codes;
        this.levelDistances = levelDistances;
    }

    /**
     * The metric of the columns whose rows hold levels {@code codes[c][i]} (from 0 to {@code levels[c] - 1}), for the
     * rows' classes {@code classes[i]} (from 0 to {@code classCount - 1}).
     */
    static ValueDifferenceMetric of(int[][] codes, int[] levels, int[] classes, int classCount) {
        double[][][] levelDistances = new double[codes.length][][];
        for (int c = 0; c < codes.length; c++) {
            double[][] probabilities = new double[levels[c]][classCount];
            int[] rows = new int[levels[c]];
            for (int i = 0; i < classes.length; i++) {
                probabilities[codes[c][i]][classes[i]]++;
                rows[codes[c][i]]++;
            }
            for (int level = 0; level < levels[c]; level++) {
                for (int k = 0; k < classCount; k++) {
                    probabilities[level][k] /= rows[level];
                }
            }
            levelDistances[c] = new double[levels[c]][levels[c]];
            for (int a = 0; a < levels[c]; a++) {
                for (int b = 0; b < levels[c]; b++) {
                    double sum = 0;
                    for (int k = 0; k < classCount; k++) {
                        sum += Math.abs(probabilities[b][k] - probabilities[a][k]);
                    }
                    levelDistances[c][a][b] = sum;
                }
            }
        }
        return new ValueDifferenceMetric(codes, levelDistances);
    }

    /** The distance between table rows {@code a} and {@code b}. */
    double distance(int a, int b) {
        double distance = 0;
        for (int c = 0; c < codes.length; c++) {
            double d = levelDistances[c][codes[c][a]][codes[c][b]];
            distance += d * d;
        }
        return distance;
    }

    /** The distances between every two of the table rows {@code rows}, the rows computed on {@code nJobs} threads. */
    double[][] pairwise(int[] rows, int nJobs) {
        double[][] distances = new double[rows.length][rows.length];
        Parallel.forEach(rows.length, nJobs, i -> {
            for (int j = 0; j < rows.length; j++) {
                distances[i][j] = distance(rows[i], rows[j]);
            }
        });
        return distances;
    }
}
