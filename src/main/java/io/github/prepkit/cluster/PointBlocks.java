package io.github.prepkit.cluster;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.FeatureColumns;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;

/**
 * Points (the rows of a feature matrix, minus a shift such as the feature means) laid out for distance loops: in
 * blocks of {@link #BLOCK} consecutive rows, each block stored feature by feature with one plain array per feature.
 * A loop over the rows of a block then reads arrays from index 0 on, which the JIT turns into vector
 * instructions; row-major data with offsets would stay scalar.
 *
 * <p>The blocks are grouped into tasks of {@link #BLOCKS_PER_TASK} blocks, fixed by the number of rows alone. Work
 * split by task, with per-task partial sums merged in task order, gives the same numbers on any number of threads.
 */
final class PointBlocks {

    /** Rows per block: a block of 16 features (32 KB) stays in the first-level cache while every centre visits it. */
    static final int BLOCK = 256;
    /** Blocks per parallel task. */
    static final int BLOCKS_PER_TASK = 16;

    private final int rows;
    private final int features;
    private final double[][] columns;

    private PointBlocks(int rows, int features, double[][] columns) {
        this.rows = rows;
        this.features = features;
        this.columns = columns;
    }

    /**
     * The rows of {@code matrix} (finite, as FeatureMatrix guarantees) times {@code scale}, minus {@code shift} (one
     * value per feature, in scaled units), in blocks. O(rows x features).
     */
    static PointBlocks of(FeatureMatrix matrix, BinaryScale scale, double[] shift) {
        int rows = matrix.rows();
        int features = matrix.columns();
        double[] values = matrix.values();
        int blocks = (rows + BLOCK - 1) / BLOCK;
        double[][] columns = new double[blocks * features][];
        for (int b = 0; b < blocks; b++) {
            int start = b * BLOCK;
            int size = Math.min(BLOCK, rows - start);
            for (int j = 0; j < features; j++) {
                columns[b * features + j] = new double[size];
            }
            for (int i = 0; i < size; i++) {
                int offset = (start + i) * features;
                for (int j = 0; j < features; j++) {
                    columns[b * features + j][i] = scale.apply(values[offset + j]) - shift[j];
                }
            }
        }
        return new PointBlocks(rows, features, columns);
    }

    /**
     * The rows of {@code features} times {@code scale}, minus {@code shift}, as {@link #of(FeatureMatrix,
     * BinaryScale, double[])} gives for their row-major form: each block column is a slice of a feature column.
     */
    static PointBlocks of(FeatureColumns features, BinaryScale scale, double[] shift) {
        int rows = features.rows();
        int width = features.columns();
        int blocks = (rows + BLOCK - 1) / BLOCK;
        double[][] columns = new double[blocks * width][];
        for (int j = 0; j < width; j++) {
            double[] source = features.column(j);
            double s = shift[j];
            for (int b = 0; b < blocks; b++) {
                int start = b * BLOCK;
                double[] column = new double[Math.min(BLOCK, rows - start)];
                for (int i = 0; i < column.length; i++) {
                    column[i] = scale.apply(source[start + i]) - s;
                }
                columns[b * width + j] = column;
            }
        }
        return new PointBlocks(rows, width, columns);
    }

    int rows() {
        return rows;
    }

    int features() {
        return features;
    }

    int blocks() {
        return columns.length / features;
    }

    /** The index of the first row of block {@code b}. */
    static int blockStart(int b) {
        return b * BLOCK;
    }

    /** The number of rows in block {@code b}. */
    int blockRows(int b) {
        return columns[b * features].length;
    }

    /** Feature {@code j} of the rows of block {@code b}: the array itself, not to be modified. */
    double[] column(int b, int j) {
        return columns[b * features + j];
    }

    /** Feature {@code j} of row {@code i}. */
    double get(int i, int j) {
        return columns[(i / BLOCK) * features + j][i % BLOCK];
    }

    /** Row {@code i} as a new array. */
    double[] row(int i) {
        double[] row = new double[features];
        for (int j = 0; j < features; j++) {
            row[j] = get(i, j);
        }
        return row;
    }

    int tasks() {
        return (blocks() + BLOCKS_PER_TASK - 1) / BLOCKS_PER_TASK;
    }

    static int firstBlock(int task) {
        return task * BLOCKS_PER_TASK;
    }

    /** One past the last block of task {@code task}. */
    int endBlock(int task) {
        return Math.min(blocks(), (task + 1) * BLOCKS_PER_TASK);
    }

    /**
     * Writes into {@code out[0..blockRows(b))} the squared Euclidean distance of every row of block {@code b} to
     * {@code point}, summed feature by feature from the differences.
     */
    void squaredDistances(int b, double[] point, double[] out) {
        int size = blockRows(b);
        Arrays.fill(out, 0, size, 0);
        for (int j = 0; j < features; j++) {
            double[] column = column(b, j);
            double c = point[j];
            for (int i = 0; i < size; i++) {
                double diff = column[i] - c;
                out[i] += diff * diff;
            }
        }
    }

    /**
     * {@code sum} plus the squared distance of every row of block {@code b} to its centre (as
     * {@link #squaredDistancesToCentres}, written into {@code scratch}) times its weight, added in row order.
     */
    double addWeightedDistances(int b, double[] centres, int[] labels, double[] weights, double sum,
            double[] scratch) {
        squaredDistancesToCentres(b, centres, labels, scratch);
        int start = blockStart(b);
        double total = sum;
        for (int i = 0; i < blockRows(b); i++) {
            total += scratch[i] * weights[start + i];
        }
        return total;
    }

    /**
     * Writes into {@code out[0..blockRows(b))} the squared Euclidean distance of every row {@code i} of block
     * {@code b} to its own centre {@code labels[i]} of {@code centres} (row-major), summed feature by feature
     * from the differences.
     */
    void squaredDistancesToCentres(int b, double[] centres, int[] labels, double[] out) {
        int size = blockRows(b);
        int start = blockStart(b);
        Arrays.fill(out, 0, size, 0);
        for (int j = 0; j < features; j++) {
            double[] column = column(b, j);
            for (int i = 0; i < size; i++) {
                double diff = column[i] - centres[labels[start + i] * features + j];
                out[i] += diff * diff;
            }
        }
    }
}
