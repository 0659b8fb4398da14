package io.github.prepkit.ensemble;

import io.github.prepkit.base.WeightedRegressor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrowth;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A random forest of CART regression trees on squared error, as scikit-learn's {@code RandomForestRegressor}:
 * each tree grows on its own bootstrap sample and the forest averages the trees' predictions. Averaging many
 * deep, decorrelated trees keeps their low bias and cuts their variance. Defaults are scikit-learn 1.2's (100
 * trees, unlimited depth, every feature at every node, bootstrap, every core). Fitting costs
 * O(trees * depth * rows * features); tree t draws its randomness from {@code Parallel.seed(seed, t)}, so the
 * forest is identical for any {@code nJobs}. Features and target must be numeric without missing values.
 *
 * @param nEstimators     the number of trees (default 100); more trees lower the variance of the average and
 *                        never raise the bias, at a linear cost
 * @param maxDepth        the deepest a leaf may lie, empty for no limit (default); shallower trees add bias and
 *                        remove variance
 * @param minSamplesSplit the fewest rows a node needs to be split (default 2); raising it adds bias, removes
 *                        variance
 * @param minSamplesLeaf  the fewest rows each leaf keeps (default 1); raising it smooths the trees, more bias,
 *                        less variance
 * @param maxFeatures     how many features each node examines (default ALL, scikit-learn 1.2's 1.0); fewer
 *                        decorrelates the trees, lowering the forest's variance while raising each tree's bias
 * @param bootstrap       whether each tree grows on a bootstrap sample (default true) or on every row; bootstrap
 *                        decorrelates the trees, less variance for a little more bias
 * @param oobScore        whether to measure R^2 on the rows each tree left out (default false), an estimate of the
 *                        test R^2 that costs no held-out data; needs bootstrap
 * @param nJobs           the threads to grow the trees on, -1 for every core (default); it never changes the
 *                        result
 * @param seed            seeds every tree's bootstrap sample and feature draws
 */
public record RandomForestRegressor(int nEstimators, OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
        MaxFeatures maxFeatures, boolean bootstrap, boolean oobScore, int nJobs, long seed)
        implements WeightedRegressor<RandomForestRegressorModel> {

    private static final String STEP = "RandomForestRegressor";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public RandomForestRegressor {
        Forest.checkCounts(STEP, nEstimators, nJobs);
        TreeGrowth.of(STEP, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        Forest.checkOutOfBag(STEP, bootstrap, oobScore);
    }

    /**
     * scikit-learn 1.2's defaults: 100 trees, no depth limit, minSamplesSplit 2, minSamplesLeaf 1, every feature,
     * bootstrap, no out-of-bag score, every core, seed 0.
     */
    public RandomForestRegressor() {
        this(100, OptionalInt.empty(), 2, 1, MaxFeatures.ALL, true, false, -1, 0);
    }

    /** A copy with {@code nEstimators} trees (at least 1). */
    public RandomForestRegressor nEstimators(int nEstimators) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy whose leaves lie at most {@code maxDepth} levels below the roots (at least 1). */
    public RandomForestRegressor maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with depth limit {@code maxDepth}; empty for none. */
    public RandomForestRegressor maxDepth(OptionalInt maxDepth) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy that splits only nodes of at least {@code minSamplesSplit} rows (at least 2). */
    public RandomForestRegressor minSamplesSplit(int minSamplesSplit) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy whose leaves keep at least {@code minSamplesLeaf} rows (at least 1). */
    public RandomForestRegressor minSamplesLeaf(int minSamplesLeaf) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy examining {@code maxFeatures} features at each node. */
    public RandomForestRegressor maxFeatures(MaxFeatures maxFeatures) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy examining exactly {@code count} features at each node, as scikit-learn's int max_features. */
    public RandomForestRegressor maxFeatures(int count) {
        return maxFeatures(MaxFeatures.count(count));
    }

    /** A copy examining {@code fraction} of the features at each node, as scikit-learn's float max_features. */
    public RandomForestRegressor maxFeatures(double fraction) {
        return maxFeatures(MaxFeatures.fraction(fraction));
    }

    /** A copy that does ({@code true}) or does not grow each tree on a bootstrap sample. */
    public RandomForestRegressor bootstrap(boolean bootstrap) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy that does ({@code true}) or does not measure the out-of-bag R^2. */
    public RandomForestRegressor oobScore(boolean oobScore) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy growing its trees on {@code nJobs} threads, -1 for every core. */
    public RandomForestRegressor nJobs(int nJobs) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /** A copy with random seed {@code seed}. */
    public RandomForestRegressor seed(long seed) {
        return new RandomForestRegressor(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures,
                bootstrap, oobScore, nJobs, seed);
    }

    /**
     * Grows the forest on {@code features} and the numeric {@code target}.
     *
     * @throws IllegalArgumentException if there are no rows, a feature or the target is not numeric or has a
     *                                  missing value, the target is too large for squared-error sums
     *                                  ({@link io.github.prepkit.internal.data.TrainingData#squaredErrorTarget}), the sizes
     *                                  differ, or maxFeatures is a count above the number of features
     */
    @Override
    public RandomForestRegressorModel fit(Table features, Column<?> target) {
        return grow(features, target, null);
    }

    /**
     * Grows the forest as {@link #fit(Table, Column)}, each row's bootstrap count multiplied by its weight, as
     * scikit-learn's {@code fit(X, y, sample_weight)}; a row of weight 0 is in no tree. The out-of-bag R^2 stays
     * unweighted, as scikit-learn's.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public RandomForestRegressorModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return grow(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private RandomForestRegressorModel grow(Table features, Column<?> target, double[] sampleWeight) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        double[] y = TrainingData.squaredErrorTarget(target, STEP);
        double[] weights = sampleWeight == null ? null : SampleWeights.checked(sampleWeight, y.length, STEP);
        TreeGrowth growth = new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        List<Tree> trees = Forest.grow(SortedFeatures.of(matrix), growth, nEstimators,
                Forest.rowCounts(matrix.rows(), bootstrap), nJobs, seed,
                (grower, counts, random) -> weights == null ? grower.regression(y, counts, random)
                        : grower.weightedRegression(y, Boosting.timesCounts(weights, counts), random));
        OptionalDouble oob = oobScore ? OptionalDouble.of(outOfBagRSquared(trees, matrix, y)) : OptionalDouble.empty();
        return RandomForestRegressorModel.of(this, Schema.of(features), target.name(), trees, oob);
    }

    /** R^2 of the out-of-bag predictions over the rows some tree left out; NaN if no row was ever left out. */
    private double outOfBagRSquared(List<Tree> trees, FeatureMatrix matrix, double[] y) {
        double[] sums = new double[matrix.rows()];
        int[] votes = Forest.outOfBag(trees, matrix.values(), matrix.columns(), seed, sums, 1);
        double total = 0;
        int scored = 0;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > 0) {
                total += y[i];
                scored++;
            }
        }
        double mean = total / scored;
        double residual = 0;
        double spread = 0;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > 0) {
                residual += Math.pow(y[i] - sums[i] / votes[i], 2);
                spread += Math.pow(y[i] - mean, 2);
            }
        }
        return 1 - residual / spread;
    }
}
