package io.github.prepkit.ensemble;

import io.github.prepkit.base.WeightedRegressor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrower;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Gradient boosting of CART regression trees on squared error, as scikit-learn's
 * {@code GradientBoostingRegressor}: starting from the mean target, each stage fits a small tree to the
 * residuals y - F(x) and adds {@code learningRate} times its leaf means. Shallow trees added one by one start
 * with high bias and low variance; each stage lowers the bias and adds a little variance. Fitting costs
 * O(nEstimators * depth * rows * features) and is sequential; the columns are sorted once for all trees.
 * Features and target must be numeric without missing values.
 *
 * @param nEstimators  the number of stages (default 100); more stages lower the bias and, past a point, raise
 *                     the variance (overfitting)
 * @param learningRate how far each stage moves the predictions (default 0.1); a smaller rate needs more stages
 *                     but lowers the variance of the result
 * @param maxDepth     the depth of each tree (default 3), empty for no limit; deeper trees model interactions,
 *                     lower bias and higher variance
 * @param subsample    the fraction of rows each stage draws without replacement (default 1.0, every row); below
 *                     1 it is stochastic gradient boosting, lower variance at a little more bias
 * @param seed         seeds the subsamples and the order in which each node examines the features (exact ties)
 */
public record GradientBoostingRegressor(int nEstimators, double learningRate, OptionalInt maxDepth, double subsample,
        long seed) implements WeightedRegressor<GradientBoostingRegressorModel> {

    private static final String STEP = "GradientBoostingRegressor";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public GradientBoostingRegressor {
        Boosting.check(STEP, nEstimators, learningRate, maxDepth, subsample);
    }

    /** scikit-learn's defaults: 100 stages, learning rate 0.1, depth 3, every row, seed 0. */
    public GradientBoostingRegressor() {
        this(100, 0.1, OptionalInt.of(3), 1.0, 0);
    }

    /** A copy with {@code nEstimators} stages (at least 1). */
    public GradientBoostingRegressor nEstimators(int nEstimators) {
        return new GradientBoostingRegressor(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy with learning rate {@code learningRate} (at least 0). */
    public GradientBoostingRegressor learningRate(double learningRate) {
        return new GradientBoostingRegressor(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy whose trees have depth at most {@code maxDepth} (at least 1). */
    public GradientBoostingRegressor maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with tree depth limit {@code maxDepth}; empty for none. */
    public GradientBoostingRegressor maxDepth(OptionalInt maxDepth) {
        return new GradientBoostingRegressor(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy drawing {@code subsample} of the rows at each stage (in (0, 1]). */
    public GradientBoostingRegressor subsample(double subsample) {
        return new GradientBoostingRegressor(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy with random seed {@code seed}. */
    public GradientBoostingRegressor seed(long seed) {
        return new GradientBoostingRegressor(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /**
     * Boosts on {@code features} and the numeric {@code target}.
     *
     * @throws IllegalArgumentException if there are no rows, a feature or the target is not numeric or has a
     *                                  missing value, the target is too large for squared-error sums
     *                                  ({@link io.github.prepkit.internal.data.TrainingData#squaredErrorTarget}), or the
     *                                  sizes differ
     */
    @Override
    public GradientBoostingRegressorModel fit(Table features, Column<?> target) {
        return boost(features, target, null);
    }

    /**
     * Boosts as {@link #fit(Table, Column)}, each row counting as its weight, as scikit-learn's
     * {@code fit(X, y, sample_weight)}: the first prediction is the weighted mean target, and each stage's tree is
     * fitted on the weighted rows of its subsample, its leaves the weighted mean residuals.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public GradientBoostingRegressorModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return boost(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private GradientBoostingRegressorModel boost(Table features, Column<?> target, double[] sampleWeight) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        double[] y = TrainingData.squaredErrorTarget(target, STEP);
        double[] weights = sampleWeight == null ? null : SampleWeights.checked(sampleWeight, y.length, STEP);
        double[] x = matrix.values();
        double[] init = {weights == null ? Arrays.stream(y).average().orElseThrow() : weightedMean(y, weights)};
        double[] raw = Boosting.raw(init, List.of(), learningRate, x, matrix.columns());
        TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), Boosting.growth(STEP, maxDepth));
        SplittableRandom random = new SplittableRandom(seed);
        double[] residual = new double[y.length];
        List<List<Tree>> stages = new ArrayList<>();
        for (int m = 0; m < nEstimators; m++) {
            int[] counts = Boosting.subsample(y.length, subsample, random);
            for (int i = 0; i < y.length; i++) {
                residual[i] = y[i] - raw[i];
            }
            Tree tree = weights == null ? grower.regression(residual, counts, random)
                    : grower.weightedRegression(residual, Boosting.timesCounts(weights, counts), random);
            Boosting.add(tree, x, matrix.columns(), learningRate, raw, 1, 0);
            stages.add(List.of(tree));
        }
        return GradientBoostingRegressorModel.of(this, Schema.of(features), target.name(), init[0], stages);
    }

    /** sum(w y) / sum(w), as numpy's {@code average(y, weights=w)}, scikit-learn's weighted first prediction. */
    private static double weightedMean(double[] y, double[] weights) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            sum += weights[i] * y[i];
            total += weights[i];
        }
        return sum / total;
    }
}
