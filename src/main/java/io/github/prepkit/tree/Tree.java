package io.github.prepkit.tree;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;

/**
 * A fitted CART tree as flat arrays indexed by node, as scikit-learn's {@code tree_}: node 0 is the root and
 * nodes are numbered depth-first, left before right. An internal node sends a row left when its value of
 * {@link #feature} is at most {@link #threshold}, right otherwise; a leaf has no children and holds the
 * prediction in {@link #value}. Immutable; prediction is a loop of array reads, O(depth) per row.
 */
public final class Tree {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] impurity;
    private final int[] samples;
    private final double[] weightedSamples;
    private final double[] values;
    private final int width;
    private final int features;

    Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] impurity, int[] samples,
            double[] weightedSamples, double[] values, int width, int features) {
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.impurity = impurity;
        this.samples = samples;
        this.weightedSamples = weightedSamples;
        this.values = values;
        this.width = width;
        this.features = features;
    }

    /**
     * The tree whose node {@code i} tests feature {@code featureIndices[i]} at {@code thresholds[i]} and has children
     * {@code leftChildren[i]} and {@code rightChildren[i]}, as {@link #featureIndices()} and the other whole-array
     * accessors return them; {@code values} holds {@code width} values per node, node after node. The arrays are
     * copied. Nodes must come in an order where every child follows its parent (fit numbers them depth-first), which
     * together with one parent per node but the root makes the arrays a tree: prediction always ends at a leaf.
     * Impurities are only checked to be finite, not to be at least 0: fit computes a variance as E[y^2] - mean^2,
     * which can round a hair below 0.
     *
     * @param featureIndices      per node, the feature tested, or -1 at a leaf
     * @param thresholds          per node, the threshold, or NaN at a leaf
     * @param leftChildren        per node, the node of rows at or below the threshold, or -1 at a leaf
     * @param rightChildren       per node, the node of rows above the threshold, or -1 at a leaf
     * @param impurities          per node, its impurity
     * @param nodeSamples         per node, the training rows that reach it, at least 1
     * @param weightedNodeSamples per node, their total weight, positive
     * @param values              per node, {@code width} values: the mean target, or the class fractions
     * @param width               the values per node, at least 1
     * @param features            the number of features the tree was grown on, at least 1
     * @throws IllegalArgumentException naming the node and the field, if there is no node, an array's length differs
     *                                  from the node count ({@code values}: nodes * width), width or features is
     *                                  below 1, a leaf (both children -1) has a feature other than -1 or a threshold
     *                                  other than NaN, an internal node has a child out of range, not after it, or
     *                                  already another's, a feature outside [0, features) or an infinite or NaN
     *                                  threshold, a node other than the root has no parent, a value or an impurity is
     *                                  infinite or NaN, a node has fewer than 1 sample, or a weighted sample count
     *                                  is not finite and positive
     */
    public static Tree of(int[] featureIndices, double[] thresholds, int[] leftChildren, int[] rightChildren,
            double[] impurities, int[] nodeSamples, double[] weightedNodeSamples, double[] values, int width,
            int features) {
        int nodes = Checks.notNull(featureIndices, "Tree: featureIndices").length;
        if (nodes < 1 || width < 1 || features < 1) {
            throw new IllegalArgumentException("Tree: needs at least 1 node, a width of at least 1 and at least 1"
                    + " feature, found " + nodes + " nodes, width " + width + " and " + features + " features");
        }
        Checks.length(thresholds, nodes, "Tree: thresholds");
        Checks.length(leftChildren, nodes, "Tree: leftChildren");
        Checks.length(rightChildren, nodes, "Tree: rightChildren");
        Checks.finite(impurities, nodes, false, "Tree: impurities");
        Checks.length(nodeSamples, nodes, "Tree: nodeSamples");
        Checks.finite(weightedNodeSamples, nodes, false, "Tree: weightedNodeSamples");
        Checks.notNull(values, "Tree: values");
        if (values.length != (long) nodes * width) {
            throw new IllegalArgumentException("Tree: values must hold width " + width + " times " + nodes
                    + " nodes, found " + values.length);
        }
        Checks.finite(values, false, "Tree: values");
        int[] parents = new int[nodes];
        Arrays.fill(parents, -1);
        for (int node = 0; node < nodes; node++) {
            if (nodeSamples[node] < 1 || !(weightedNodeSamples[node] > 0)) {
                throw new IllegalArgumentException("Tree: node " + node + " must have at least 1 sample and a positive"
                        + " weighted count, found nodeSamples " + nodeSamples[node] + " and weightedNodeSamples "
                        + weightedNodeSamples[node]);
            }
            if (leftChildren[node] == -1 && rightChildren[node] == -1) {
                checkLeaf(node, featureIndices[node], thresholds[node]);
            } else {
                checkSplit(node, featureIndices[node], thresholds[node], features);
                adopt(parents, node, leftChildren[node], "leftChildren");
                adopt(parents, node, rightChildren[node], "rightChildren");
            }
        }
        for (int node = 1; node < nodes; node++) {
            if (parents[node] < 0) {
                throw new IllegalArgumentException("Tree: node " + node + " has no parent; every node but the root"
                        + " must be the child of one");
            }
        }
        return new Tree(featureIndices.clone(), thresholds.clone(), leftChildren.clone(), rightChildren.clone(),
                impurities.clone(), nodeSamples.clone(), weightedNodeSamples.clone(), values.clone(), width, features);
    }

    private static void checkLeaf(int node, int feature, double threshold) {
        if (feature != -1 || !Double.isNaN(threshold)) {
            throw new IllegalArgumentException("Tree: node " + node + " is a leaf (children -1), so its featureIndices"
                    + " must be -1 and its thresholds NaN, found " + feature + " and " + threshold);
        }
    }

    private static void checkSplit(int node, int feature, double threshold, int features) {
        if (feature < 0 || feature >= features) {
            throw new IllegalArgumentException("Tree: node " + node + " tests featureIndices " + feature
                    + ", outside [0, " + features + ")");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("Tree: node " + node + " tests thresholds " + threshold
                    + "; a split's threshold must be finite");
        }
    }

    /** Records {@code parent} as the parent of {@code child}, which must follow it and have no parent yet. */
    private static void adopt(int[] parents, int parent, int child, String field) {
        if (child <= parent || child >= parents.length) {
            throw new IllegalArgumentException("Tree: node " + parent + " has " + field + " " + child
                    + "; a split's children must be nodes after it, in (" + parent + ", " + parents.length + ")");
        }
        if (parents[child] >= 0) {
            throw new IllegalArgumentException("Tree: node " + child + " has two parents, nodes " + parents[child]
                    + " and " + parent);
        }
        parents[child] = parent;
    }

    /** The feature index each node tests, -1 for a leaf, by node; a copy. */
    public int[] featureIndices() {
        return feature.clone();
    }

    /** The threshold each node tests (rows with value at most it go left), NaN for a leaf, by node; a copy. */
    public double[] thresholds() {
        return threshold.clone();
    }

    /** Each node's left child, -1 for a leaf, by node; a copy. */
    public int[] leftChildren() {
        return left.clone();
    }

    /** Each node's right child, -1 for a leaf, by node; a copy. */
    public int[] rightChildren() {
        return right.clone();
    }

    /** Each node's impurity, as {@link #impurity}, by node; a copy. */
    public double[] impurities() {
        return impurity.clone();
    }

    /** Each node's number of distinct training rows, as {@link #samples}, by node; a copy. */
    public int[] nodeSamples() {
        return samples.clone();
    }

    /**
     * Each node's total weight of training rows (counting repeats, or summing sample weights), as
     * {@link #weightedSamples}, by node; a copy.
     */
    public double[] weightedNodeSamples() {
        return weightedSamples.clone();
    }

    /** Every node's {@link #width} values, as {@link #value(int)}, node after node; a copy. */
    public double[] values() {
        return values.clone();
    }

    /** The number of nodes, internal and leaves. */
    public int nodeCount() {
        return feature.length;
    }

    /** The number of leaves. */
    public int leafCount() {
        int leaves = 0;
        for (int node = 0; node < left.length; node++) {
            leaves += isLeaf(node) ? 1 : 0;
        }
        return leaves;
    }

    /** The depth of the deepest leaf; 0 for a tree that is a single leaf. */
    public int depth() {
        int[] depths = new int[left.length];
        int deepest = 0;
        for (int node = 0; node < left.length; node++) { // children always come after their parent
            if (!isLeaf(node)) {
                depths[left[node]] = depths[node] + 1;
                depths[right[node]] = depths[node] + 1;
                deepest = Math.max(deepest, depths[node] + 1);
            }
        }
        return deepest;
    }

    /** Whether {@code node} is a leaf. */
    public boolean isLeaf(int node) {
        return left[node] < 0;
    }

    /** The feature index an internal node tests; -1 for a leaf. */
    public int feature(int node) {
        return feature[node];
    }

    /** The threshold an internal node tests (rows with value at most it go left); NaN for a leaf. */
    public double threshold(int node) {
        return threshold[node];
    }

    /** The left child of an internal node; -1 for a leaf. */
    public int left(int node) {
        return left[node];
    }

    /** The right child of an internal node; -1 for a leaf. */
    public int right(int node) {
        return right[node];
    }

    /** The impurity of the training rows that reached {@code node} (Gini, entropy in bits, or variance). */
    public double impurity(int node) {
        return impurity[node];
    }

    /** The number of distinct training rows that reached {@code node}. */
    public int samples(int node) {
        return samples[node];
    }

    /**
     * The total weight of the training rows that reached {@code node}: a bootstrap row counts as often as drawn, a
     * weighted row as its weight.
     */
    public double weightedSamples(int node) {
        return weightedSamples[node];
    }

    /** How many numbers each node holds: the number of classes for a classification tree, else 1. */
    public int width() {
        return width;
    }

    /** The number of features the tree was grown on. */
    public int features() {
        return features;
    }

    /**
     * Number {@code k} of the node's value: the fraction of its training rows in class {@code k} for a
     * classification tree, the mean target ({@code k = 0}) for a regression tree.
     */
    public double value(int node, int k) {
        return values[node * width + k];
    }

    /** The values of {@code node}, as {@link #value}; a copy. */
    public double[] value(int node) {
        return Arrays.copyOfRange(values, node * width, node * width + width);
    }

    /**
     * The leaf reached by the row starting at {@code offset} in the row-major array {@code rows} (whose rows
     * have {@link #features} values each).
     */
    public int leaf(double[] rows, int offset) {
        int node = 0;
        int next;
        while ((next = left[node]) >= 0) {
            node = rows[offset + feature[node]] <= threshold[node] ? next : right[node];
        }
        return node;
    }

    /**
     * The features tested on the way to {@link #leaf}'s leaf for the same row, as bits: feature f sets bit f mod 64
     * (so with more than 64 features a bit stands for every feature congruent to it). The row reaches the same leaf
     * whatever the values of the features whose bits are clear.
     */
    public long testedFeatures(double[] rows, int offset) {
        long tested = 0;
        int node = 0;
        int next;
        while ((next = left[node]) >= 0) {
            tested |= 1L << feature[node];
            node = rows[offset + feature[node]] <= threshold[node] ? next : right[node];
        }
        return tested;
    }

    /**
     * Each feature's total impurity decrease, weighted by the share of training rows at the node, as
     * scikit-learn's {@code compute_feature_importances(normalize=False)}: the sum over the nodes that split on
     * it of (N_t * impurity - N_left * impurity_left - N_right * impurity_right) / N_root, N counting weights.
     */
    public double[] impurityDecreases() {
        double[] decrease = new double[features];
        for (int node = 0; node < left.length; node++) {
            if (!isLeaf(node)) {
                int l = left[node];
                int r = right[node];
                decrease[feature[node]] += weightedSamples[node] * impurity[node]
                        - weightedSamples[l] * impurity[l] - weightedSamples[r] * impurity[r];
            }
        }
        for (int j = 0; j < features; j++) {
            decrease[j] /= weightedSamples[0];
        }
        return decrease;
    }

    /**
     * The impurity decreases scaled to sum to 1, scikit-learn's {@code feature_importances_}; all zeros for a
     * tree that is a single leaf.
     */
    public double[] featureImportances() {
        return normalised(impurityDecreases());
    }

    /**
     * A copy of this tree with one new value per node ({@code width} 1), as gradient boosting needs when it
     * replaces the leaves' means by Newton steps; the structure is shared.
     *
     * @throws IllegalArgumentException if {@code nodeValues} does not hold one value per node
     */
    public Tree withValues(double[] nodeValues) {
        if (nodeValues.length != nodeCount()) {
            throw new IllegalArgumentException("nodeValues must hold one value per node (" + nodeCount()
                    + "), found " + nodeValues.length);
        }
        return new Tree(feature, threshold, left, right, impurity, samples, weightedSamples, nodeValues.clone(), 1,
                features);
    }

    /** {@code Tree of 31 nodes, depth 4, on 30 features, 2 values per node}. */
    @Override
    public String toString() {
        return "Tree of " + nodeCount() + " nodes, depth " + depth() + ", on " + features + " features, " + width
                + " value" + (width == 1 ? "" : "s") + " per node";
    }

    /**
     * The importances of an ensemble, as scikit-learn's forests and gradient boosting: the mean over the trees
     * with more than one node of each tree's {@link #featureImportances} ({@code normaliseEach}, forests) or
     * {@link #impurityDecreases} (boosting), scaled to sum to 1; all zeros if every tree is a single leaf.
     *
     * @param features the number of features, for the length of the result
     */
    public static double[] meanImportances(Iterable<Tree> trees, boolean normaliseEach, int features) {
        double[] sum = new double[features];
        for (Tree tree : trees) {
            if (tree.nodeCount() > 1) {
                double[] importances = normaliseEach ? tree.featureImportances() : tree.impurityDecreases();
                for (int j = 0; j < features; j++) {
                    sum[j] += importances[j];
                }
            }
        }
        return normalised(sum);
    }

    /** {@code values} divided by their sum, in place, unless the sum is zero; returns the array. */
    private static double[] normalised(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (sum > 0) {
            for (int j = 0; j < values.length; j++) {
                values[j] /= sum;
            }
        }
        return values;
    }
}
