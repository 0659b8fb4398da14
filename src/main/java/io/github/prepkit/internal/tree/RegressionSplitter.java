package io.github.prepkit.internal.tree;

/**
 * Squared error on a numeric target. A node's value is its weighted mean and its impurity the weighted
 * variance. The proxy of a split is sum_left^2 / w_left + sum_right^2 / w_right, scikit-learn's proxy plus a
 * constant, kept up to date in O(1) per row.
 */
final class RegressionSplitter extends NodeSplitter {

    private final double[] target;
    private final double[] weights;
    private double nodeSum;

    /**
     * @param weights each row's weight (a bootstrap count, a sample weight or their product), checked by the caller:
     *                finite and at least 0
     */
    RegressionSplitter(double[] target, double[] weights) {
        this.target = target;
        this.weights = weights;
    }

    @Override
    int width() {
        return 1;
    }

    @Override
    boolean inSample(int row) {
        return weights[row] != 0;
    }

    @Override
    double measure(long[] entries, int start, int end, double[] value) {
        double w = 0;
        double sum = 0;
        double squares = 0;
        for (int p = start; p < end; p++) {
            int row = SortedFeatures.row(entries[p]);
            double c = weights[row];
            double y = target[row];
            w += c;
            sum += c * y;
            squares += c * y * y;
        }
        weight = w;
        nodeSum = sum;
        double mean = sum / w;
        value[0] = mean;
        return squares / w - mean * mean;
    }

    @Override
    void scan(long[] entries, int start, int end, int minLeaf) {
        double sumLeft = 0;
        double weightLeft = 0;
        double best = bestProxy;
        int position = -1;
        int lastLeft = end - minLeaf;
        long entry = entries[start];
        for (int p = start; p < lastLeft; p++) {
            int row = SortedFeatures.row(entry);
            double w = weights[row];
            sumLeft += w * target[row];
            weightLeft += w;
            long next = entries[p + 1];
            if (SortedFeatures.rank(next) != SortedFeatures.rank(entry) && p + 1 - start >= minLeaf) {
                double sumRight = nodeSum - sumLeft;
                double proxy = sumLeft * sumLeft / weightLeft + sumRight * sumRight / (weight - weightLeft);
                if (proxy > best) {
                    best = proxy;
                    position = p + 1;
                }
            }
            entry = next;
        }
        record(best, position);
    }
}
