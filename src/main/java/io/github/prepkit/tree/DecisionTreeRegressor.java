package io.github.prepkit.tree;

import io.github.prepkit.base.WeightedRegressor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrower;
import io.github.prepkit.internal.tree.TreeGrowth;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A CART regression tree on squared error, as scikit-learn's {@code DecisionTreeRegressor}: each split
 * maximises the decrease of the weighted variance, and a leaf predicts the mean target of its training rows.
 * Defaults are scikit-learn's: no depth limit (leaves grow until they hold one distinct target: low bias, high
 * variance), every feature at every node. See {@link TreeGrower} for the algorithm, its cost and how ties are
 * broken. Features and target must be numeric without missing values.
 *
 * @param maxDepth        the deepest a leaf may lie, empty for no limit; a shallower tree has more bias and less
 *                        variance
 * @param minSamplesSplit the fewest rows a node needs to be split (default 2); raising it smooths the tree, more
 *                        bias, less variance
 * @param minSamplesLeaf  the fewest rows each leaf keeps (default 1); raising it averages more rows per
 *                        prediction, more bias, less variance
 * @param maxFeatures     how many features each node examines, drawn at random (default ALL); fewer adds
 *                        randomness, more bias, and lets an ensemble cut variance
 * @param seed            seeds the order in which features are examined at each node, which decides exact
 *                        ties between features (as scikit-learn's random_state), and the draws of maxFeatures
 */
public record DecisionTreeRegressor(OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
        MaxFeatures maxFeatures, long seed) implements WeightedRegressor<DecisionTreeRegressorModel> {

    private static final String STEP = "DecisionTreeRegressor";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public DecisionTreeRegressor {
        TreeGrowth.of(STEP, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
    }

    /** scikit-learn's defaults: no depth limit, minSamplesSplit 2, minSamplesLeaf 1, every feature, seed 0. */
    public DecisionTreeRegressor() {
        this(OptionalInt.empty(), 2, 1, MaxFeatures.ALL, 0);
    }

    /** A copy whose leaves lie at most {@code maxDepth} levels below the root (at least 1). */
    public DecisionTreeRegressor maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with depth limit {@code maxDepth}; empty for none. */
    public DecisionTreeRegressor maxDepth(OptionalInt maxDepth) {
        return new DecisionTreeRegressor(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed);
    }

    /** A copy that splits only nodes of at least {@code minSamplesSplit} rows (at least 2). */
    public DecisionTreeRegressor minSamplesSplit(int minSamplesSplit) {
        return new DecisionTreeRegressor(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed);
    }

    /** A copy whose leaves keep at least {@code minSamplesLeaf} rows (at least 1). */
    public DecisionTreeRegressor minSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeRegressor(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed);
    }

    /** A copy examining {@code maxFeatures} features at each node. */
    public DecisionTreeRegressor maxFeatures(MaxFeatures maxFeatures) {
        return new DecisionTreeRegressor(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed);
    }

    /** A copy examining exactly {@code count} features at each node, as scikit-learn's int max_features. */
    public DecisionTreeRegressor maxFeatures(int count) {
        return maxFeatures(MaxFeatures.count(count));
    }

    /** A copy examining {@code fraction} of the features at each node, as scikit-learn's float max_features. */
    public DecisionTreeRegressor maxFeatures(double fraction) {
        return maxFeatures(MaxFeatures.fraction(fraction));
    }

    /** A copy with random seed {@code seed}. */
    public DecisionTreeRegressor seed(long seed) {
        return new DecisionTreeRegressor(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed);
    }

    /**
     * Grows the tree on {@code features} and the numeric {@code target}.
     *
     * @throws IllegalArgumentException if there are no rows, a feature or the target is not numeric or has a
     *                                  missing value, the target is too large for squared-error sums
     *                                  ({@link io.github.prepkit.internal.data.TrainingData#squaredErrorTarget}), the sizes
     *                                  differ, or maxFeatures is a count above the number of features
     */
    @Override
    public DecisionTreeRegressorModel fit(Table features, Column<?> target) {
        return grow(features, target, null);
    }

    /**
     * Grows the tree with each row counting as its weight, as scikit-learn's {@code fit(X, y, sample_weight)}: node
     * values are weighted means, splits minimise the weighted squared error, a row of weight 0 is left out, and
     * minSamplesSplit and minSamplesLeaf count the rows of positive weight.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public DecisionTreeRegressorModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return grow(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private DecisionTreeRegressorModel grow(Table features, Column<?> target, double[] sampleWeight) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        double[] y = TrainingData.squaredErrorTarget(target, STEP);
        TreeGrowth growth = new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), growth);
        SplittableRandom random = new SplittableRandom(seed);
        Tree tree = sampleWeight == null ? grower.regression(y, null, random)
                : grower.weightedRegression(y, SampleWeights.checked(sampleWeight, y.length, STEP), random);
        return DecisionTreeRegressorModel.of(this, Schema.of(features), target.name(), tree);
    }
}
