package io.github.prepkit.internal.tree;

import io.github.prepkit.tree.Criterion;

/**
 * One criterion's side of CART: it measures a node (its value, impurity and weight) and scans a feature's
 * sorted entries (see {@link SortedFeatures}) for the split with the best proxy of impurity decrease, as
 * scikit-learn's {@code Criterion}. {@link #measure} must be called on a node before {@link #scan} searches it.
 * Each row counts as often as its count in the sample, or as much as its sample weight.
 */
abstract class NodeSplitter {

    /** The weighted number of rows of the node last measured. */
    double weight;
    /** The best proxy found by {@link #scan} on the node so far. */
    double bestProxy;
    /** Where the best split cuts the sorted entries: the left child holds the positions before it. */
    int bestPosition;

    /** How many values a node holds. */
    abstract int width();

    /** Whether {@code row} is in the sample (its count is not 0). */
    abstract boolean inSample(int row);

    /**
     * Measures the node made of the rows of {@code entries[start..end)}: writes its value(s) to {@code value},
     * sets {@link #weight}, remembers its totals for {@link #scan}, and returns its impurity.
     */
    abstract double measure(long[] entries, int start, int end, double[] value);

    /**
     * Scans the node's entries {@code entries[start..end)}, sorted by one feature, for the split between two
     * distinct values that leaves at least {@code minLeaf} rows on each side and beats {@link #bestProxy}; the
     * first such split in sorted order wins ties. Updates {@link #bestProxy} and {@link #bestPosition} if it
     * finds one.
     */
    abstract void scan(long[] entries, int start, int end, int minLeaf);

    /** Forgets the best split, before the search of a new node. */
    void reset() {
        bestProxy = Double.NEGATIVE_INFINITY;
        bestPosition = -1;
    }

    /** Records a scan's best split, if it found one ({@code position >= 0}). */
    void record(double proxy, int position) {
        if (position >= 0) {
            bestProxy = proxy;
            bestPosition = position;
        }
    }
}
