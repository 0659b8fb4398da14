package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.ClassProbabilities;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrowth;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
 */
public record RandomForestClassifier(int nEstimators, Criterion criterion, OptionalInt maxDepth, int minSamplesSplit,
        int minSamplesLeaf, MaxFeatures maxFeatures, boolean bootstrap, boolean oobScore, int nJobs, long seed)
        implements Classifier<RandomForestClassifierModel>, Seeded<RandomForestClassifier> {

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
    }

    /**
     * scikit-learn 1.2's defaults: 100 trees, Gini, no depth limit, minSamplesSplit 2, minSamplesLeaf 1, the
     * square root of the features, bootstrap, no out-of-bag score, every core, seed 0.
     */
    public RandomForestClassifier() {
        this(100, Criterion.GINI, OptionalInt.empty(), 2, 1, MaxFeatures.SQRT, true, false, -1, 0);
    }

    /** A copy with {@code nEstimators} trees (at least 1). */
    public RandomForestClassifier nEstimators(int nEstimators) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy whose trees minimise {@code criterion}. */
    public RandomForestClassifier criterion(Criterion criterion) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy whose leaves lie at most {@code maxDepth} levels below the roots (at least 1). */
    public RandomForestClassifier maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with depth limit {@code maxDepth}; empty for none. */
    public RandomForestClassifier maxDepth(OptionalInt maxDepth) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy that splits only nodes of at least {@code minSamplesSplit} rows (at least 2). */
    public RandomForestClassifier minSamplesSplit(int minSamplesSplit) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy whose leaves keep at least {@code minSamplesLeaf} rows (at least 1). */
    public RandomForestClassifier minSamplesLeaf(int minSamplesLeaf) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy examining {@code maxFeatures} features at each node. */
    public RandomForestClassifier maxFeatures(MaxFeatures maxFeatures) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
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
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy that does ({@code true}) or does not measure the out-of-bag accuracy. */
    public RandomForestClassifier oobScore(boolean oobScore) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy growing its trees on {@code nJobs} threads, -1 for every core. */
    public RandomForestClassifier nJobs(int nJobs) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public RandomForestClassifier seed(long seed) {
        return new RandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, oobScore, nJobs, seed);
    }

    /**
     * Grows the forest on {@code features} and the class of each row in {@code target}.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value,
     *                                  the target has a missing value or fewer than 2 classes, its size differs,
     *                                  or maxFeatures is a count above the number of features
     */
    @Override
    public RandomForestClassifierModel fit(Table features, Column<?> target) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        ClassLabels labels = TrainingData.classes(target, STEP);
        int[] classes = labels.codes();
        TreeGrowth growth = new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        List<Tree> trees = Forest.grow(SortedFeatures.of(matrix), growth, nEstimators,
                Forest.rowCounts(matrix.rows(), bootstrap), nJobs, seed,
                (grower, counts, random) -> grower.classification(classes, labels.count(), criterion, counts, random));
        OptionalDouble oob = oobScore ? OptionalDouble.of(outOfBagAccuracy(trees, matrix, classes, labels.count()))
                : OptionalDouble.empty();
        return RandomForestClassifierModel.of(this, Schema.of(features), labels.classes(), trees, oob);
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
