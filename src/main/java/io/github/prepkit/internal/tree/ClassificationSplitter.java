package io.github.prepkit.internal.tree;

import io.github.prepkit.tree.Criterion;
import java.util.Arrays;

/**
 * Gini or entropy on class codes. A node's value is its class fractions. Each row's count and class are packed
 * in one int ({@code count << classBits | class}) so that a scan makes one memory access per row besides the
 * entries. The Gini proxy of a split is sum_k(left_k^2) / w_left + sum_k(right_k^2) / w_right (scikit-learn's
 * proxy plus a constant), kept up to date in O(1) per row; the entropy proxy sum_k(n_k log n_k) - w log w over
 * both children costs O(classes) per candidate threshold.
 */
final class ClassificationSplitter extends NodeSplitter {

    private static final double LN2 = Math.log(2);

    private final int[] packed;
    private final int classBits;
    private final int classMask;
    private final boolean gini;
    private final double[] node;
    private final double[] left;
    private double nodeSquares;

    /**
     * @throws IllegalArgumentException if a count is negative or does not fit beside the class in an int
     */
    ClassificationSplitter(int[] classes, int classCount, Criterion criterion, int[] counts) {
        this.classBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(classCount - 1));
        this.classMask = (1 << classBits) - 1;
        this.packed = new int[classes.length];
        int maxCount = Integer.MAX_VALUE >>> classBits;
        for (int row = 0; row < classes.length; row++) {
            if (counts[row] > maxCount || counts[row] < 0) {
                throw new IllegalArgumentException("counts must be in 0.." + maxCount + ", found " + counts[row]);
            }
            packed[row] = counts[row] << classBits | classes[row];
        }
        this.gini = criterion == Criterion.GINI;
        this.node = new double[classCount];
        this.left = new double[classCount];
    }

    @Override
    int width() {
        return node.length;
    }

    @Override
    boolean inSample(int row) {
        return packed[row] >>> classBits != 0;
    }

    @Override
    double measure(long[] entries, int start, int end, double[] value) {
        Arrays.fill(node, 0);
        double w = 0;
        for (int p = start; p < end; p++) {
            int bits = packed[SortedFeatures.row(entries[p])];
            int c = bits >>> classBits;
            node[bits & classMask] += c;
            w += c;
        }
        weight = w;
        nodeSquares = 0;
        double entropy = 0;
        for (int k = 0; k < node.length; k++) {
            nodeSquares += node[k] * node[k];
            double fraction = node[k] / w;
            value[k] = fraction;
            entropy -= fraction > 0 ? fraction * Math.log(fraction) / LN2 : 0;
        }
        return gini ? 1 - nodeSquares / (w * w) : entropy;
    }

    @Override
    void scan(long[] entries, int start, int end, int minLeaf) {
        Arrays.fill(left, 0);
        double squaresLeft = 0;
        double squaresRight = nodeSquares;
        double weightLeft = 0;
        double best = bestProxy;
        int position = -1;
        int lastLeft = end - minLeaf; // the left child may keep at most the positions before this one
        long entry = entries[start];
        for (int p = start; p < lastLeft; p++) {
            int bits = packed[SortedFeatures.row(entry)];
            int k = bits & classMask;
            double w = bits >>> classBits;
            double l = left[k];
            double r = node[k] - l;
            left[k] = l + w;
            squaresLeft += w * (2 * l + w);
            squaresRight += w * (w - 2 * r);
            weightLeft += w;
            long next = entries[p + 1];
            if (SortedFeatures.rank(next) != SortedFeatures.rank(entry) && p + 1 - start >= minLeaf) {
                double weightRight = weight - weightLeft;
                double proxy = gini ? squaresLeft / weightLeft + squaresRight / weightRight
                        : entropyProxy(weightLeft, weightRight);
                if (proxy > best) {
                    best = proxy;
                    position = p + 1;
                }
            }
            entry = next;
        }
        record(best, position);
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
