package io.github.prepkit.internal.tree;

import io.github.prepkit.tree.MaxFeatures;
import java.util.OptionalInt;

/**
 * The hyperparameters that shape how a CART tree grows, shared by single trees, forests and boosting:
 * when a node stops splitting and how many features it examines. Validated on construction.
 *
 * @param maxDepth        the deepest a leaf may lie (the root has depth 0); empty for no limit
 * @param minSamplesSplit the fewest distinct training rows a node needs to be split, at least 2
 * @param minSamplesLeaf  the fewest distinct training rows each child of a split must keep, at least 1
 * @param maxFeatures     how many features each node examines
 */
public record TreeGrowth(OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf, MaxFeatures maxFeatures) {

    /**
     * Validates every value.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public TreeGrowth {
        if (maxDepth == null || maxDepth.isPresent() && maxDepth.getAsInt() < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1 (or empty for no limit), found " + maxDepth);
        }
        if (minSamplesSplit < 2) {
            throw new IllegalArgumentException("minSamplesSplit must be at least 2, found " + minSamplesSplit);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException("minSamplesLeaf must be at least 1, found " + minSamplesLeaf);
        }
        if (maxFeatures == null) {
            throw new IllegalArgumentException("maxFeatures must not be null");
        }
    }

    /**
     * The same validation with {@code step} (an estimator's name) at the front of any message, for the
     * estimators' compact constructors.
     */
    public static TreeGrowth of(String step, OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
            MaxFeatures maxFeatures) {
        try {
            return new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(step + ": " + e.getMessage(), e);
        }
    }

    /** The depth limit as a number: {@link Integer#MAX_VALUE} when there is none. */
    int depthLimit() {
        return maxDepth.orElse(Integer.MAX_VALUE);
    }
}
