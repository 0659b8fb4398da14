package io.github.prepkit.internal.tree;

import io.github.prepkit.tree.Criterion;
import java.util.Arrays;

/**
 * Gini or entropy on class codes, each row counting as often as its integer count in the sample (a bootstrap's, or
 * 1). Each row's count and class are packed in one int ({@code count << classBits | class}) so that a scan makes one
 * memory access per row besides the entries: the hot path of the forests. See {@link ClassTotalsSplitter} for the
 * node's value, impurity and proxy.
 */
final class ClassificationSplitter extends ClassTotalsSplitter {

    private final int[] packed;
    private final int classBits;
    private final int classMask;

    /**
     * @throws IllegalArgumentException if a count is negative or does not fit beside the class in an int
     */
    ClassificationSplitter(int[] classes, int classCount, Criterion criterion, int[] counts) {
        super(classCount, criterion);
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
        return impurity(w, value);
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
                double proxy = proxy(weightLeft, squaresLeft, squaresRight);
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
