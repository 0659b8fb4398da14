package io.github.prepkit.internal.tree;

import io.github.prepkit.tree.Tree;
import java.util.Arrays;

/** The growing arrays of a {@link Tree} while {@link TreeGrower} adds its nodes depth-first. */
final class TreeBuilder {

    private final int width;
    private final int features;
    private int size;
    private int[] feature = new int[64];
    private double[] threshold = new double[64];
    private int[] left = new int[64];
    private int[] right = new int[64];
    private double[] impurity = new double[64];
    private int[] samples = new int[64];
    private double[] weightedSamples = new double[64];
    private double[] values;

    TreeBuilder(int width, int features) {
        this.width = width;
        this.features = features;
        this.values = new double[64 * width];
    }

    /**
     * Adds a leaf, the child of {@code parent} on the {@code isLeft} side (no parent: -1), and returns its index.
     * {@code value} holds the node's {@code width} values.
     */
    int add(int parent, boolean isLeft, double impurity, int samples, double weightedSamples, double[] value) {
        if (size == feature.length) {
            grow();
        }
        int node = size++;
        if (parent >= 0) {
            (isLeft ? left : right)[parent] = node;
        }
        feature[node] = -1;
        threshold[node] = Double.NaN;
        left[node] = -1;
        right[node] = -1;
        this.impurity[node] = impurity;
        this.samples[node] = samples;
        this.weightedSamples[node] = weightedSamples;
        System.arraycopy(value, 0, values, node * width, width);
        return node;
    }

    /** Turns leaf {@code node} into a test of {@code feature} at {@code threshold}; its children follow. */
    void split(int node, int feature, double threshold) {
        this.feature[node] = feature;
        this.threshold[node] = threshold;
    }

    Tree build() {
        return Tree.of(Arrays.copyOf(feature, size), Arrays.copyOf(threshold, size), Arrays.copyOf(left, size),
                Arrays.copyOf(right, size), Arrays.copyOf(impurity, size), Arrays.copyOf(samples, size),
                Arrays.copyOf(weightedSamples, size), Arrays.copyOf(values, size * width), width, features);
    }

    private void grow() {
        int capacity = feature.length * 2;
        feature = Arrays.copyOf(feature, capacity);
        threshold = Arrays.copyOf(threshold, capacity);
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        impurity = Arrays.copyOf(impurity, capacity);
        samples = Arrays.copyOf(samples, capacity);
        weightedSamples = Arrays.copyOf(weightedSamples, capacity);
        values = Arrays.copyOf(values, capacity * width);
    }
}
