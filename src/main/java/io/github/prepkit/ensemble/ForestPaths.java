package io.github.prepkit.ensemble;

import io.github.prepkit.tree.Tree;
import java.util.List;

/**
 * The paths of a reference table's rows through a forest's trees: for each tree and row, the leaf and the features
 * tested on the way (feature f as bit f mod 64). A row that differs from its reference row only in features its path
 * through a tree does not test reaches the same leaf, so {@link #average} walks only the other paths: permuting one
 * column of a forest's rows re-walks about half of them. (Walking them from the first node that tests a changed
 * feature, found going up from the leaf, measured slower: going up costs what it saves.)
 */
final class ForestPaths {

    /** The most (tree, row) pairs remembered: 12 bytes each, 400 MB. */
    static final long MAX_PAIRS = 1L << 25;

    private final List<Tree> trees;
    private final double[] reference;
    private final int features;
    private final int[][] leaves;
    private final long[][] tested;

    private ForestPaths(List<Tree> trees, double[] reference, int features) {
        this.trees = trees;
        this.reference = reference;
        this.features = features;
        int rows = reference.length / features;
        leaves = new int[trees.size()][rows];
        tested = new long[trees.size()][rows];
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            for (int i = 0; i < rows; i++) {
                leaves[t][i] = tree.leaf(reference, i * features);
                tested[t][i] = tree.testedFeatures(reference, i * features);
            }
        }
    }

    /**
     * The paths of the rows of {@code reference} (row-major, {@code features} values each, kept as it is) through
     * {@code trees}, or null when there are more than {@link #MAX_PAIRS} of them.
     */
    static ForestPaths of(List<Tree> trees, double[] reference, int features) {
        return (long) trees.size() * (reference.length / features) > MAX_PAIRS ? null
                : new ForestPaths(trees, reference, features);
    }

    /**
     * {@link Forest#average} of {@code x} through the trees, bit for bit (the same leaves, summed in the same order),
     * walking a tree only for rows whose changed features its path tests.
     */
    double[] average(double[] x, int width) {
        if (x.length != reference.length) {
            return Forest.average(trees, x, features, width);
        }
        int rows = x.length / features;
        long[] changed = new long[rows];
        for (int i = 0; i < rows; i++) {
            int offset = i * features;
            for (int f = 0; f < features; f++) {
                if (x[offset + f] != reference[offset + f]) {
                    changed[i] |= 1L << f;
                }
            }
        }
        return Forest.average(trees, rows, width,
                (t, i) -> (tested[t][i] & changed[i]) == 0 ? leaves[t][i] : trees.get(t).leaf(x, i * features));
    }
}
