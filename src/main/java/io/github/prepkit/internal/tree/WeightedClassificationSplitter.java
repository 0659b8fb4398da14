package io.github.prepkit.internal.tree;

import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.tree.Criterion;
import java.util.Arrays;

/**
 * Gini or entropy on class codes, each row counting as its sample weight, as scikit-learn's criteria with
 * {@code sample_weight}: a node's class totals, impurity and split proxy are weighted; a row of weight 0 is out of
 * the sample. Beside {@link ClassificationSplitter} rather than inside it, so that the forests' integer path keeps its
 * packed single read per row. The Gini proxy's sums of squares are taken afresh from the class totals at each
 * candidate (O(classes)), as scikit-learn does, not kept up to date row by row: weights that differ by many orders of
 * magnitude (boosting's, after many rounds) would make the running sums lose the small classes to cancellation. See
 * {@link ClassTotalsSplitter} for the node's value, impurity and proxy.
 */
final class WeightedClassificationSplitter extends ClassTotalsSplitter {

    private final int[] classes;
    private final double[] weights;

    /**
     * @throws IllegalArgumentException if the weights are not one per row, finite and at least 0 with a positive sum
     */
    WeightedClassificationSplitter(int[] classes, int classCount, Criterion criterion, double[] weights) {
        super(classCount, criterion);
        this.classes = classes;
        this.weights = SampleWeights.checked(weights, classes.length, "TreeGrower");
    }

    @Override
    boolean inSample(int row) {
        return weights[row] != 0;
    }

    @Override
    double measure(long[] entries, int start, int end, double[] value) {
        Arrays.fill(node, 0);
        double total = 0;
        for (int p = start; p < end; p++) {
            int row = SortedFeatures.row(entries[p]);
            double w = weights[row];
            node[classes[row]] += w;
            total += w;
        }
        return impurity(total, value);
    }

    @Override
    void scan(long[] entries, int start, int end, int minLeaf) {
        Arrays.fill(left, 0);
        double weightLeft = 0;
        double best = bestProxy;
        int position = -1;
        for (int p = start; p < end - minLeaf; p++) {
            int row = SortedFeatures.row(entries[p]);
            double w = weights[row];
            left[classes[row]] += w;
            weightLeft += w;
            boolean cut = SortedFeatures.rank(entries[p + 1]) != SortedFeatures.rank(entries[p]);
            // a right child whose weight rounds to 0 (rows of weight ~eps after a heavy left) would divide by 0: skipped,
            // as scikit-learn's proxy is NaN there
            if (cut && p + 1 - start >= minLeaf && weight - weightLeft > 0) {
                double proxy = proxyOfTotals(weightLeft);
                if (proxy > best) {
                    best = proxy;
                    position = p + 1;
                }
            }
        }
        record(best, position);
    }
}
