package io.github.prepkit.tree;

import java.util.List;

/** Trees rebuilt from their state by {@link Tree#of}, as a model file would restore them, for the models' tests. */
public final class RebuiltTrees {

    private RebuiltTrees() {
    }

    /** {@code tree} rebuilt from its whole-array accessors. */
    public static Tree of(Tree tree) {
        return withValues(tree, tree.values());
    }

    /** Each of {@code trees} rebuilt, in order. */
    public static List<Tree> of(List<Tree> trees) {
        return trees.stream().map(RebuiltTrees::of).toList();
    }

    /** Each stage's trees rebuilt, in order. */
    public static List<List<Tree>> stages(List<List<Tree>> stages) {
        return stages.stream().map(RebuiltTrees::of).toList();
    }

    /** {@code tree}'s structure with {@code values} in place of its node values, through {@link Tree#of}. */
    public static Tree withValues(Tree tree, double[] values) {
        return Tree.of(tree.featureIndices(), tree.thresholds(), tree.leftChildren(), tree.rightChildren(),
                tree.impurities(), tree.nodeSamples(), tree.weightedNodeSamples(), values, tree.width(),
                tree.features());
    }
}
