package io.github.prepkit.neighbors;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What the searches must return, computed the slow and obvious way: every training row's distance summed feature
 * by feature, fed in row order to a {@link NeighborHeap} (scikit-learn's brute-force selection), then sorted.
 * Also the test data: Gaussian values (no ties) and values on a 3-level grid (many ties).
 */
final class RowOrderOracle {

    private RowOrderOracle() {
    }

    /** The k nearest training rows of query {@code q}, by distance then row index. */
    static int[] nearest(double[] training, double[] queries, int q, int columns, int k, Metric metric, double p) {
        double[] values = new double[k];
        int[] indices = new int[k];
        NeighborHeap.clear(values, indices, 0, k);
        for (int i = 0; i < training.length / columns; i++) {
            NeighborHeap.push(values, indices, 0, k, reduced(training, i, queries, q, columns, metric, p), i);
        }
        NeighborHeap.sort(values, indices, 0, k);
        return indices;
    }

    /** The reduced distance (squared for Euclidean, the sum of |difference|^p for Minkowski) of row i and query q. */
    static double reduced(double[] training, int i, double[] queries, int q, int columns, Metric metric, double p) {
        double sum = 0;
        for (int f = 0; f < columns; f++) {
            double difference = Math.abs(queries[q * columns + f] - training[i * columns + f]);
            sum += switch (metric) {
                case EUCLIDEAN -> difference * difference;
                case MANHATTAN -> difference;
                case MINKOWSKI -> Math.pow(difference, p);
            };
        }
        return sum;
    }

    /** The neighbours of query q in a search result. */
    static int[] of(Neighbors found, int q) {
        return Arrays.copyOfRange(found.indices(), q * found.k(), (q + 1) * found.k());
    }

    /** {@code count} standard normal values. */
    static double[] gaussian(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            double u = 1 - random.nextDouble();
            values[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return values;
    }

    /** {@code count} values from {0, 1, 2}. */
    static double[] grid(int count, long seed) {
        return new SplittableRandom(seed).ints(count, 0, 3).asDoubleStream().toArray();
    }
}
