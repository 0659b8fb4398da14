package io.github.prepkit.internal.tree;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.Tree;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Grows CART trees on {@link SortedFeatures}, depth first as scikit-learn's {@code DepthFirstTreeBuilder} with
 * its {@code BestSplitter}. Each feature's sample rows are kept in sorted order, as entries carrying the value's
 * rank; a node's rows occupy the same range of every feature's list, so its split search is one linear scan per
 * examined feature, and a split partitions every list stably in linear time, keeping the children's lists
 * sorted without sorting again. A tree of depth d on n rows and p features costs O(d * n * p).
 *
 * <p>A node becomes a leaf when it is at {@code maxDepth}, has fewer than {@code minSamplesSplit} or
 * {@code 2 * minSamplesLeaf} rows, is pure (impurity at most machine epsilon), or has no split leaving
 * {@code minSamplesLeaf} rows on each side; otherwise it splits at the best threshold, the midpoint between two
 * consecutive distinct values, among {@code maxFeatures} features drawn at random without replacement (more
 * while every one drawn is constant in the node, as in scikit-learn). As in scikit-learn, the features are drawn
 * in random order even when all are examined, so an exact tie between features goes to the one drawn first: at
 * random, reproducibly for a given generator. Within a feature the lowest tied threshold wins.
 *
 * <p>A grower keeps its work arrays (features x rows longs) between trees; it is not thread-safe: use one per
 * thread.
 */
public final class TreeGrower {

    private static final double EPSILON = Math.ulp(1.0);
    private static final int FRAME = 6;

    private final SortedFeatures data;
    private final TreeGrowth growth;
    private final int maxFeatures;
    /** Per feature, the sample's entries in sorted order, each node's in one range. */
    private final long[][] lists;
    private final long[] buffer;
    private final byte[] goesLeft;
    private final int[] featurePool;
    private int[] stack = new int[FRAME * 64];
    private int bestFeature;

    /**
     * A grower for trees on {@code data} shaped by {@code growth}.
     *
     * @throws IllegalArgumentException if {@code growth}'s maxFeatures is a count above the number of features
     */
    public TreeGrower(SortedFeatures data, TreeGrowth growth) {
        Checks.notNull(data, "data");
        Checks.notNull(growth, "growth");
        this.data = data;
        this.growth = growth;
        this.maxFeatures = growth.maxFeatures().resolve(data.features());
        this.lists = new long[data.features()][data.rows()];
        this.buffer = new long[data.rows()];
        this.goesLeft = new byte[data.rows()];
        this.featurePool = new int[data.features()];
    }

    /**
     * A classification tree: each node's value is its class fractions.
     *
     * @param classes    each row's class, in 0..classCount-1
     * @param counts     how often each row is in the sample (0 leaves it out, a bootstrap draws some twice), or
     *                   null for every row once; at least one row must be in
     * @param random     draws the order and choice of the features examined at each node
     * @throws IllegalArgumentException if no row is in the sample or a count is negative or huge (above
     *                                  2^31 / classCount)
     */
    public Tree classification(int[] classes, int classCount, Criterion criterion, int[] counts,
            SplittableRandom random) {
        return grow(new ClassificationSplitter(classes, classCount, criterion, sample(counts)), random);
    }

    /**
     * A classification tree on weighted rows, as scikit-learn's {@code fit(X, y, sample_weight)}: each node's value is
     * its weighted class fractions, impurity and the split proxy use weighted class totals, and a row of weight 0 is
     * out of the sample; minSamplesSplit and minSamplesLeaf still count rows.
     *
     * @param classes each row's class, in 0..classCount-1
     * @param weights each row's weight, finite and at least 0, with a positive sum
     * @param random  draws the order and choice of the features examined at each node
     * @throws IllegalArgumentException if the weights are not one per row, finite and at least 0 with a positive sum
     */
    public Tree weightedClassification(int[] classes, int classCount, Criterion criterion, double[] weights,
            SplittableRandom random) {
        return grow(new WeightedClassificationSplitter(classes, classCount, criterion, weights), random);
    }

    /**
     * A regression tree on squared error: each node's value is its mean target.
     *
     * @param counts as in {@link #classification}
     * @param random as in {@link #classification}
     * @throws IllegalArgumentException if no row is in the sample or a count is negative
     */
    public Tree regression(double[] target, int[] counts, SplittableRandom random) {
        int[] sample = sample(counts);
        double[] weights = new double[sample.length];
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] < 0) {
                throw new IllegalArgumentException("counts must not be negative, found " + sample[i]);
            }
            weights[i] = sample[i];
        }
        return grow(new RegressionSplitter(target, weights), random);
    }

    /**
     * A regression tree on weighted rows, as scikit-learn's {@code fit(X, y, sample_weight)}: each node's value is its
     * weighted mean target and the splits minimise the weighted squared error; a row of weight 0 is out of the sample,
     * and minSamplesSplit and minSamplesLeaf still count rows.
     *
     * @param weights each row's weight, finite and at least 0, with a positive sum
     * @param random  as in {@link #classification}
     * @throws IllegalArgumentException if the weights are not one per row, finite and at least 0 with a positive sum
     */
    public Tree weightedRegression(double[] target, double[] weights, SplittableRandom random) {
        return grow(new RegressionSplitter(target, SampleWeights.checked(weights, target.length, "TreeGrower")), random);
    }

    private int[] sample(int[] counts) {
        if (counts != null) {
            return counts;
        }
        int[] once = new int[data.rows()];
        Arrays.fill(once, 1);
        return once;
    }

    private Tree grow(NodeSplitter splitter, SplittableRandom random) {
        int size = gather(splitter);
        if (size == 0) {
            throw new IllegalArgumentException("a tree needs at least one row in its sample, found none");
        }
        for (int j = 0; j < featurePool.length; j++) {
            featurePool[j] = j; // every tree starts from the same order, whichever grower grows it
        }
        TreeBuilder builder = new TreeBuilder(splitter.width(), data.features());
        double[] value = new double[splitter.width()];
        int top = push(0, 0, size, 0, -1, 0, 0);
        while (top > 0) {
            top -= FRAME;
            int start = stack[top];
            int end = stack[top + 1];
            int depth = stack[top + 2];
            int parent = stack[top + 3];
            boolean isLeft = stack[top + 4] == 1;
            double impurity = splitter.measure(lists[stack[top + 5]], start, end, value);
            int node = builder.add(parent, isLeft, impurity, end - start, splitter.weight, value);
            if (!splittable(end - start, depth) || impurity <= EPSILON || !findSplit(splitter, start, end, random)) {
                continue;
            }
            int feature = bestFeature;
            int position = splitter.bestPosition;
            builder.split(node, feature, threshold(feature, position));
            if (splittable(position - start, depth + 1) || splittable(end - position, depth + 1)) {
                partition(feature, start, position, end);
            } // else both children are leaves, measured on the split feature's list, which is already in order
            top = push(top, position, end, depth + 1, node, 0, feature);
            top = push(top, start, position, depth + 1, node, 1, feature);
        }
        return builder.build();
    }

    /** Whether a node of {@code size} rows at {@code depth} may be split at all. */
    private boolean splittable(int size, int depth) {
        return depth < growth.depthLimit() && size >= growth.minSamplesSplit() && size >= 2 * growth.minSamplesLeaf();
    }

    /** Copies each feature's sorted entries whose rows are in the sample to the lists; returns how many there are. */
    private int gather(NodeSplitter splitter) {
        boolean[] in = new boolean[data.rows()];
        for (int row = 0; row < in.length; row++) {
            in[row] = splitter.inSample(row);
        }
        int size = 0;
        for (int j = 0; j < lists.length; j++) {
            long[] sorted = data.entries(j);
            long[] list = lists[j];
            size = 0;
            for (long entry : sorted) {
                list[size] = entry;
                size += in[SortedFeatures.row(entry)] ? 1 : 0;
            }
        }
        return size;
    }

    /** Searches the node's best split; {@link #bestFeature} and the splitter's best position hold it. */
    private boolean findSplit(NodeSplitter splitter, int start, int end, SplittableRandom random) {
        splitter.reset();
        bestFeature = -1;
        int features = featurePool.length;
        int remaining = features;
        boolean scanned = false;
        while (remaining > 0 && (features - remaining < maxFeatures || !scanned)) {
            int draw = random.nextInt(remaining);
            int j = featurePool[draw];
            featurePool[draw] = featurePool[--remaining];
            featurePool[remaining] = j;
            scanned |= examine(splitter, j, start, end);
        }
        return bestFeature >= 0;
    }

    /** Scans feature {@code j} unless it is constant in the node; returns whether it was scanned. */
    private boolean examine(NodeSplitter splitter, int j, int start, int end) {
        long[] list = lists[j];
        if (SortedFeatures.rank(list[end - 1]) == SortedFeatures.rank(list[start])) {
            return false;
        }
        double before = splitter.bestProxy;
        splitter.scan(list, start, end, growth.minSamplesLeaf());
        if (splitter.bestProxy > before) {
            bestFeature = j;
        }
        return true;
    }

    /**
     * The midpoint between the values on either side of the cut, or the lower value if the midpoint rounds
     * to the upper one (or overflows), so that the lower value always goes left.
     */
    private double threshold(int feature, int position) {
        double[] column = data.column(feature);
        double below = column[SortedFeatures.row(lists[feature][position - 1])];
        double above = column[SortedFeatures.row(lists[feature][position])];
        double middle = below / 2 + above / 2;
        return middle == above || Double.isInfinite(middle) ? below : middle;
    }

    /**
     * Partitions every feature's list in [start, end) stably: the split feature's first rows go left. A feature
     * constant in the node is left as it is: its range then holds the node's rows in another order, but any part
     * of it still shows one rank, so the feature stays recognised as constant below, and is never scanned.
     */
    private void partition(int feature, int start, int position, int end) {
        long[] splitList = lists[feature];
        for (int p = start; p < end; p++) {
            goesLeft[SortedFeatures.row(splitList[p])] = (byte) (p < position ? 1 : 0);
        }
        for (int j = 0; j < lists.length; j++) {
            long[] list = lists[j];
            if (j != feature && SortedFeatures.rank(list[start]) != SortedFeatures.rank(list[end - 1])) {
                partition(list, start, end);
            }
        }
    }

    /** Moves the entries going left to the front of [start, end), keeping order on both sides, without branches. */
    private void partition(long[] list, int start, int end) {
        int l = start;
        int r = 0;
        for (int p = start; p < end; p++) {
            long entry = list[p];
            int left = goesLeft[SortedFeatures.row(entry)];
            list[l] = entry;
            buffer[r] = entry;
            l += left;
            r += 1 - left;
        }
        System.arraycopy(buffer, 0, list, l, r);
    }

    private int push(int top, int start, int end, int depth, int parent, int isLeft, int listFeature) {
        if (top + FRAME > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = start;
        stack[top + 1] = end;
        stack[top + 2] = depth;
        stack[top + 3] = parent;
        stack[top + 4] = isLeft;
        stack[top + 5] = listFeature;
        return top + FRAME;
    }
}
