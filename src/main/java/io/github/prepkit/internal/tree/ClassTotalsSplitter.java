package io.github.prepkit.internal.tree;

import io.github.prepkit.tree.Criterion;

/**
 * What the classification splitters share, whether a row counts as an integer ({@link ClassificationSplitter}) or as
 * a sample weight ({@link WeightedClassificationSplitter}): the node's total weight of each class and the left
 * child's, the node's class fractions and impurity (Gini or entropy in bits) from its totals, and the proxy of a split.
 * The Gini proxy is sum_k(left_k^2) / w_left + sum_k(right_k^2) / w_right (scikit-learn's proxy plus a constant), from
 * sums of squares kept up to date in O(1) per row ({@link #proxy}) or taken from the totals ({@link #proxyOfTotals});
 * the entropy proxy sum_k(n_k ln n_k) - w ln w over both children costs O(classes) per candidate threshold.
 */
abstract class ClassTotalsSplitter extends NodeSplitter {

    private static final double LN2 = Math.log(2);

    /** Whether the impurity is Gini's (else entropy). */
    private final boolean gini;
    /** The node last measured: each class's total weight. */
    final double[] node;
    /** The left child during a scan: each class's total weight. */
    final double[] left;
    /** sum_k node_k^2 of the node last measured. */
    double nodeSquares;

    ClassTotalsSplitter(int classCount, Criterion criterion) {
        this.gini = criterion == Criterion.GINI;
        this.node = new double[classCount];
        this.left = new double[classCount];
    }

    @Override
    final int width() {
        return node.length;
    }

    /**
     * Completes {@link #measure} once {@link #node} holds the node's class totals, {@code total} in all: sets
     * {@link #weight} and {@link #nodeSquares}, writes the class fractions to {@code value} and returns the impurity.
     */
    final double impurity(double total, double[] value) {
        weight = total;
        nodeSquares = 0;
        double entropy = 0;
        for (int k = 0; k < node.length; k++) {
            nodeSquares += node[k] * node[k];
            double fraction = node[k] / total;
            value[k] = fraction;
            entropy -= fraction > 0 ? fraction * Math.log(fraction) / LN2 : 0;
        }
        return gini ? 1 - nodeSquares / (total * total) : entropy;
    }

    /**
     * The proxy of the split whose left child weighs {@code weightLeft} and has the class totals {@link #left}, with
     * sums of squared class totals {@code squaresLeft} and {@code squaresRight} on either side.
     */
    final double proxy(double weightLeft, double squaresLeft, double squaresRight) {
        double weightRight = weight - weightLeft;
        return gini ? squaresLeft / weightLeft + squaresRight / weightRight : entropyProxy(weightLeft, weightRight);
    }

    /**
     * The proxy of the split whose left child weighs {@code weightLeft} and has the class totals {@link #left}, its
     * sums of squared class totals computed from the totals.
     */
    final double proxyOfTotals(double weightLeft) {
        if (!gini) {
            return entropyProxy(weightLeft, weight - weightLeft);
        }
        double squaresLeft = 0;
        double squaresRight = 0;
        for (int k = 0; k < left.length; k++) {
            double right = node[k] - left[k];
            squaresLeft += left[k] * left[k];
            squaresRight += right * right;
        }
        return proxy(weightLeft, squaresLeft, squaresRight);
    }

    /** sum_k n_k ln n_k - w ln w over both children: -(w_left H_left + w_right H_right) in nats. */
    private double entropyProxy(double weightLeft, double weightRight) {
        double sum = -weightLeft * Math.log(weightLeft) - weightRight * Math.log(weightRight);
        for (int k = 0; k < left.length; k++) {
            sum += xLogX(left[k]) + xLogX(node[k] - left[k]);
        }
        return sum;
    }

    private static double xLogX(double x) {
        return x > 0 ? x * Math.log(x) : 0;
    }
}
