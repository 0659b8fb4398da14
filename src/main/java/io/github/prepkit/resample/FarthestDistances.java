package io.github.prepkit.resample;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.ColumnRanges;
import java.util.Arrays;

/**
 * NearMiss version 2's score: for each candidate row, the sum of its {@code count} largest Euclidean distances to the
 * minority rows, added nearest first. imbalanced-learn sorts each candidate's distances to the whole minority and
 * reads the last ones; here each candidate keeps only its {@code count} farthest while the minority passes by in
 * blocks, so memory stays linear where a full list takes candidates x minority doubles (7.5 GB for 90,000 x 10,000).
 * Which of several equally distant rows is kept does not change the sum. Squared distances are summed feature by
 * feature in column order, as the neighbour search sums them, so the scores are the same doubles; values whose
 * squared differences would overflow or underflow are compared multiplied by one power of two (see
 * {@link ColumnRanges#differenceScale}), the distances divided by it again. Candidates are scored in groups on
 * {@code nJobs} threads, each group writing only its own scores.
 */
final class FarthestDistances {

    /** Minority rows per block: 256 rows of 20 features (40 KiB) stay in cache while a group passes over them. */
    private static final int BLOCK_ROWS = 256;
    /** Candidates compared with one block while it is in cache; also the unit of parallel work. */
    private static final int GROUP = 32;

    private FarthestDistances() {
    }

    /**
     * The score of each of {@code candidates} against {@code minority}: table rows of the row-major {@code matrix},
     * {@code width} values a row, the minority at least {@code count} rows.
     */
    static double[] scores(double[] matrix, int width, int[] candidates, int[] minority, int count, int nJobs) {
        double[] queries = rows(matrix, width, candidates);
        double[] targets = rows(matrix, width, minority);
        BinaryScale scale = ColumnRanges.of(queries, width).union(ColumnRanges.of(targets, width))
                .differenceScale(2);
        double[][][] blocks = blocks(scale.apply(targets), minority.length, width);
        double[] scaled = scale.apply(queries);
        double[] scores = new double[candidates.length];
        int groups = (candidates.length + GROUP - 1) / GROUP;
        Parallel.forEach(groups, nJobs, group -> score(scaled, width, group * GROUP,
                Math.min(candidates.length, (group + 1) * GROUP), blocks, minority.length, count, scale, scores));
        return scores;
    }

    /** Scores candidates {@code from .. to - 1}: each keeps its count largest squared distances in a min-heap. */
    private static void score(double[] queries, int width, int from, int to, double[][][] blocks, int rows,
            int count, BinaryScale scale, double[] scores) {
        double[] heaps = new double[(to - from) * count];
        Arrays.fill(heaps, Double.NEGATIVE_INFINITY);
        double[] squared = new double[BLOCK_ROWS];
        for (int b = 0; b < blocks.length; b++) {
            double[][] block = blocks[b];
            int length = Math.min(BLOCK_ROWS, rows - b * BLOCK_ROWS);
            for (int q = from; q < to; q++) {
                Arrays.fill(squared, 0, length, 0);
                for (int j = 0; j < width; j++) {
                    double value = queries[q * width + j];
                    double[] feature = block[j];
                    for (int t = 0; t < length; t++) {
                        double difference = value - feature[t];
                        squared[t] += difference * difference;
                    }
                }
                int at = (q - from) * count;
                for (int t = 0; t < length; t++) {
                    if (squared[t] > heaps[at]) {
                        replaceSmallest(heaps, at, count, squared[t]);
                    }
                }
            }
        }
        for (int q = from; q < to; q++) {
            int at = (q - from) * count;
            Arrays.sort(heaps, at, at + count);
            double sum = 0;
            for (int i = at; i < at + count; i++) {
                sum += scale.undo(Math.sqrt(heaps[i]));
            }
            scores[q] = sum;
        }
    }

    /** Replaces the root of the min-heap in slots {@code at .. at + size - 1} by {@code value}, sifting it down. */
    private static void replaceSmallest(double[] heap, int at, int size, double value) {
        int current = 0;
        while (2 * current + 1 < size) {
            int smaller = 2 * current + 1;
            if (smaller + 1 < size && heap[at + smaller + 1] < heap[at + smaller]) {
                smaller++;
            }
            if (!(heap[at + smaller] < value)) {
                break;
            }
            heap[at + current] = heap[at + smaller];
            current = smaller;
        }
        heap[at + current] = value;
    }

    /** Rows {@code rows} of the row-major {@code matrix}, row-major. */
    private static double[] rows(double[] matrix, int width, int[] rows) {
        double[] values = new double[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(matrix, rows[i] * width, values, i * width, width);
        }
        return values;
    }

    /** The {@code count} row-major rows cut into blocks of {@link #BLOCK_ROWS}, one array per feature. */
    private static double[][][] blocks(double[] values, int count, int width) {
        double[][][] blocks = new double[(count + BLOCK_ROWS - 1) / BLOCK_ROWS][][];
        for (int b = 0; b < blocks.length; b++) {
            int start = b * BLOCK_ROWS;
            int length = Math.min(BLOCK_ROWS, count - start);
            blocks[b] = new double[width][length];
            for (int t = 0; t < length; t++) {
                for (int j = 0; j < width; j++) {
                    blocks[b][j][t] = values[(start + t) * width + j];
                }
            }
        }
        return blocks;
    }
}
