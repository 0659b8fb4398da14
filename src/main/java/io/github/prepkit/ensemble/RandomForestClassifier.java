package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.WeightedClassifier;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.ClassWeighting;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.ClassProbabilities;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrower;
import io.github.prepkit.internal.tree.TreeGrowth;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A random forest of CART classification trees, as scikit-learn's {@code RandomForestClassifier}: each tree
 * grows on its own bootstrap sample, examining a random subset of features at each node, and the forest averages
 * the trees' class probabilities. Averaging many deep, decorrelated trees keeps their low bias and cuts their
 * variance. Defaults are scikit-learn 1.2's (100 trees, Gini, unlimited depth, sqrt of the features, bootstrap,
 * every core). Fitting costs O(trees * depth * rows * features); the trees grow in parallel on {@code nJobs}
 * threads, tree t drawing its randomness from {@code Parallel.seed(seed, t)}, so the forest is identical for any
 * {@code nJobs}. Features must be numeric without missing values.
 *
 * @param nEstimators     the number of trees (default 100); more trees lower the variance of the average and
 *                        never raise the bias, at a linear cost
 * @param criterion       the impurity each tree minimises (default GINI); it hardly moves bias or variance
 * @param maxDepth        the deepest a leaf may lie, empty for no limit (default); shallower trees add bias and
 *                        remove variance
 * @param minSamplesSplit the fewest rows a node needs to be split (default 2); raising it adds bias, removes
 *                        variance
 * @param minSamplesLeaf  the fewest rows each leaf keeps (default 1); raising it smooths the trees, more bias,
 *                        less variance
 * @param maxFeatures     how many features each node examines (default SQRT); fewer decorrelates the trees,
 *                        lowering the forest's variance while raising each tree's bias
 * @param bootstrap       whether each tree grows on a bootstrap sample (default true) or on every row; bootstrap
 *                        decorrelates the trees, less variance for a little more bias
 * @param oobScore        whether to measure the accuracy on the rows each tree left out (default false), an
 *                        estimate of the test accuracy that costs no held-out data; needs bootstrap
 * @param nJobs           the threads to grow the trees on, -1 for every core (default); it never changes the
 *                        result
 * @param seed            seeds every tree's bootstrap sample and feature draws
 * @param classWeight     how much each class weighs (default NONE; scikit-learn's class_weight): each row's weight in
 *                        a tree is its bootstrap count times its class's weight (times its sample weight, if given);
 *                        BALANCED_SUBSAMPLE computes balanced weights on each tree's draw (BALANCED without bootstrap)
 */
public record RandomForestClassifier(int nEstimators, Criterion criterion, OptionalInt maxDepth, int minSamplesSplit,
        int minSamplesLeaf, MaxFeatures maxFeatures, boolean bootstrap, boolean oobScore, int nJobs, long seed,
        ClassWeight classWeight) implements WeightedClassifier<RandomForestClassifierModel>, Seeded<RandomForestClassifier> {

    private static final String STEP = "RandomForestClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public RandomForestClassifier {
        Forest.checkCounts(STEP, nEstimators, nJobs);
        if (criterion == null) {
            throw new IllegalArgumentException(STEP + ": criterion must be GINI or ENTROPY, found null");
        }
        TreeGrowth.of(STEP, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        Forest.checkOutOfBag(STEP, bootstrap, oobScore);
        ClassWeighting.check(classWeight, true, STEP);
    }

    /**
     * scikit-learn 1.2's defaults: 100 trees, Gini, no depth limit, minSamplesSplit 2, minSamplesLeaf 1, the
     * square root of the features, bootstrap, no out-of-bag score, every core, seed 0, no class weight.
     */
    public RandomForestClassifier() {
        this(100, Criterion.GINI, OptionalInt.empty(), 2, 1, MaxFeatures.SQRT, true, false, -1, 0, ClassWeight.NONE);
    }

    /** A copy with {@code nEstimators} trees (at least 1). */
    public RandomForestClassifier nEstimators(int nEstimators) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy whose trees minimise {@code criterion}. */
    public RandomForestClassifier criterion(Criterion criterion) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy whose leaves lie at most {@code maxDepth} levels below the roots (at least 1). */
    public RandomForestClassifier maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with depth limit {@code maxDepth}; empty for none. */
    public RandomForestClassifier maxDepth(OptionalInt maxDepth) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy that splits only nodes of at least {@code minSamplesSplit} rows (at least 2). */
    public RandomForestClassifier minSamplesSplit(int minSamplesSplit) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy whose leaves keep at least {@code minSamplesLeaf} rows (at least 1). */
    public RandomForestClassifier minSamplesLeaf(int minSamplesLeaf) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy examining {@code maxFeatures} features at each node. */
    public RandomForestClassifier maxFeatures(MaxFeatures maxFeatures) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy examining exactly {@code count} features at each node, as scikit-learn's int max_features. */
    public RandomForestClassifier maxFeatures(int count) {
        return maxFeatures(MaxFeatures.count(count));
    }

    /** A copy examining {@code fraction} of the features at each node, as scikit-learn's float max_features. */
    public RandomForestClassifier maxFeatures(double fraction) {
        return maxFeatures(MaxFeatures.fraction(fraction));
    }

    /** A copy that does ({@code true}) or does not grow each tree on a bootstrap sample. */
    public RandomForestClassifier bootstrap(boolean bootstrap) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy that does ({@code true}) or does not measure the out-of-bag accuracy. */
    public RandomForestClassifier oobScore(boolean oobScore) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy growing its trees on {@code nJobs} threads, -1 for every core. */
    public RandomForestClassifier nJobs(int nJobs) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public RandomForestClassifier seed(long seed) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /** A copy weighing each class as {@code classWeight} says (NONE, BALANCED, BALANCED_SUBSAMPLE or given). */
    public RandomForestClassifier classWeight(ClassWeight classWeight) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed, classWeight);
    }

    /**
     * Grows the forest on {@code features} and the class of each row in {@code target}, weighing the classes as
     * {@code classWeight} says.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value,
     *                                  the target has a missing value or fewer than 2 classes, its size differs,
     *                                  maxFeatures is a count above the number of features, or classWeight names a
     *                                  class the target does not have
     */
    @Override
    public RandomForestClassifierModel fit(Table features, Column<?> target) {
        return grow(features, target, null);
    }

    /**
     * Grows the forest as {@link #fit(Table, Column)}, each row's bootstrap count multiplied by its weight (and its
     * class's weight), as scikit-learn's {@code fit(X, y, sample_weight)}; a row of weight 0 is in no tree. The
     * out-of-bag accuracy stays unweighted, as scikit-learn's.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public RandomForestClassifierModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return grow(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private RandomForestClassifierModel grow(Table features, Column<?> target, double[] sampleWeight) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        ClassLabels labels = TrainingData.classes(target, STEP);
        int[] classes = labels.codes();
        boolean perDraw = bootstrap && classWeight.kind() == ClassWeight.Kind.BALANCED_SUBSAMPLE;
        ClassWeight whole = classWeight.kind() != ClassWeight.Kind.BALANCED_SUBSAMPLE ? classWeight
                : perDraw ? ClassWeight.NONE : ClassWeight.BALANCED;
        double[] weights = ClassWeighting.rows(whole, classes, labels.names(), sampleWeight, STEP);
        Forest.TreeTask task = weights == null && !perDraw
                ? (grower, counts, random) -> grower.classification(classes, labels.count(), criterion, counts, random)
                : (grower, counts, random) -> grow(grower, classes, labels.count(),
                        treeWeights(weights, counts, classes, labels, perDraw), random);
        TreeGrowth growth = new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        List<Tree> trees = Forest.grow(SortedFeatures.of(matrix), growth, nEstimators,
                Forest.rowCounts(matrix.rows(), bootstrap), nJobs, seed, task);
        OptionalDouble oob = oobScore ? OptionalDouble.of(outOfBagAccuracy(trees, matrix, classes, labels.count()))
                : OptionalDouble.empty();
        return RandomForestClassifierModel.of(this, Schema.of(features), labels.classes(), trees, oob);
    }

    /**
     * A tree grown on row weights: on whole-number weights (sample weights all 1, or integers, and no class weight) by
     * the same integer path as the unweighted forest, so weights all 1 give its trees bit for bit; otherwise weighted.
     */
    private Tree grow(TreeGrower grower, int[] classes, int classCount, double[] weights, SplittableRandom random) {
        // the integer path packs a row's count beside its class in an int
        int largest = Integer.MAX_VALUE >>> Math.max(1, 32 - Integer.numberOfLeadingZeros(classCount - 1));
        int[] counts = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (w != Math.rint(w) || w > largest) {
                return grower.weightedClassification(classes, classCount, criterion, weights, random);
            }
            counts[i] = (int) w;
        }
        return grower.classification(classes, classCount, criterion, counts, random);
    }

    /**
     * A tree's row weights: the row weights of the whole data (1 if null) times the bootstrap counts (1 if null),
     * times, {@code perDraw}, the balanced class weights of the draw, as scikit-learn's "balanced_subsample".
     */
    private double[] treeWeights(double[] weights, int[] counts, int[] classes, ClassLabels labels, boolean perDraw) {
        double[] perClass = perDraw ? ClassWeight.BALANCED.perClass(labels.names(),
                ClassWeighting.counts(classes, labels.count(), counts), STEP) : null;
        double[] tree = new double[classes.length];
        for (int i = 0; i < tree.length; i++) {
            tree[i] = (weights == null ? 1 : weights[i]) * (counts == null ? 1 : counts[i])
                    * (perClass == null ? 1 : perClass[classes[i]]);
        }
        return tree;
    }

    /**
     * The accuracy of the out-of-bag probabilities' most probable class over the rows some tree left out; NaN
     * if no row was ever left out.
     */
    private double outOfBagAccuracy(List<Tree> trees, FeatureMatrix matrix, int[] classes, int classCount) {
        double[] sums = new double[matrix.rows() * classCount];
        int[] votes = Forest.outOfBag(trees, matrix.values(), matrix.columns(), seed, sums, classCount);
        int[] predicted = ClassProbabilities.mostProbable(sums, classCount);
        int scored = 0;
        int correct = 0;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > 0) {
                scored++;
                correct += predicted[i] == classes[i] ? 1 : 0;
            }
        }
        return (double) correct / scored;
    }
}
