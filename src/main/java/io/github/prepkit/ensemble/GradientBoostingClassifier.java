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
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrower;
import io.github.prepkit.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Gradient boosting of CART regression trees on the log-loss, as scikit-learn's
 * {@code GradientBoostingClassifier}: starting from the log-odds of the class priors, each stage fits a small
 * tree to the residuals (the negative gradient, y - p) and moves the raw scores by {@code learningRate} times
 * the tree's leaf values, each leaf's value being one Newton step, sum(y - p) / sum(p (1 - p)) over its rows.
 * A binary target takes one tree per stage and a sigmoid; a target with K classes takes K trees per stage
 * (leaf values scaled by (K - 1) / K) and a softmax. Shallow trees added one by one start with high bias and
 * low variance; each stage lowers the bias and adds a little variance. Fitting costs
 * O(nEstimators * classes * depth * rows * features) and is sequential; the columns are sorted once for all
 * trees. Features must be numeric without missing values.
 *
 * @param nEstimators  the number of stages (default 100); more stages lower the bias and, past a point, raise
 *                     the variance (overfitting)
 * @param learningRate how far each stage moves the scores (default 0.1); a smaller rate needs more stages but
 *                     lowers the variance of the result
 * @param maxDepth     the depth of each tree (default 3), empty for no limit; deeper trees model interactions,
 *                     lower bias and higher variance
 * @param subsample    the fraction of rows each stage draws without replacement (default 1.0, every row); below
 *                     1 it is stochastic gradient boosting, lower variance at a little more bias
 * @param seed         seeds the subsamples and the order in which each node examines the features (exact ties)
 * @param classWeight  how much each class weighs (default NONE); scikit-learn's GradientBoostingClassifier has no
 *                     class_weight: here it multiplies the rows' weights, giving exactly the fit of scikit-learn's
 *                     {@code fit(X, y, sample_weight=compute_sample_weight(class_weight, y))} (times any sample
 *                     weight given): the weighted prior, weighted trees and weighted Newton leaf values
 */
public record GradientBoostingClassifier(int nEstimators, double learningRate, OptionalInt maxDepth, double subsample,
        long seed, ClassWeight classWeight)
        implements WeightedClassifier<GradientBoostingClassifierModel>, Seeded<GradientBoostingClassifier> {

    private static final String STEP = "GradientBoostingClassifier";
    private static final double PROBABILITY_FLOOR = Math.ulp(1.0f);
    private static final double TINY_DENOMINATOR = 1e-150;

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public GradientBoostingClassifier {
        Boosting.check(STEP, nEstimators, learningRate, maxDepth, subsample);
        ClassWeighting.check(classWeight, false, STEP);
    }

    /** scikit-learn's defaults: 100 stages, learning rate 0.1, depth 3, every row, seed 0, no class weight. */
    public GradientBoostingClassifier() {
        this(100, 0.1, OptionalInt.of(3), 1.0, 0, ClassWeight.NONE);
    }

    /** A copy with {@code nEstimators} stages (at least 1). */
    public GradientBoostingClassifier nEstimators(int nEstimators) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed, classWeight);
    }

    /** A copy with learning rate {@code learningRate} (at least 0). */
    public GradientBoostingClassifier learningRate(double learningRate) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed, classWeight);
    }

    /** A copy whose trees have depth at most {@code maxDepth} (at least 1). */
    public GradientBoostingClassifier maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with tree depth limit {@code maxDepth}; empty for none. */
    public GradientBoostingClassifier maxDepth(OptionalInt maxDepth) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed, classWeight);
    }

    /** A copy drawing {@code subsample} of the rows at each stage (in (0, 1]). */
    public GradientBoostingClassifier subsample(double subsample) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed, classWeight);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public GradientBoostingClassifier seed(long seed) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed, classWeight);
    }

    /**
     * A copy weighing each class as {@code classWeight} says (NONE, BALANCED or given weights), as scikit-learn's
     * {@code compute_sample_weight(class_weight, y)} passed as sample weights.
     */
    public GradientBoostingClassifier classWeight(ClassWeight classWeight) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed, classWeight);
    }

    /**
     * Boosts on {@code features} and the class of each row in {@code target}, weighing the classes as
     * {@code classWeight} says.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value,
     *                                  the target has a missing value or fewer than 2 classes, its size differs, or
     *                                  classWeight names a class the target does not have
     */
    @Override
    public GradientBoostingClassifierModel fit(Table features, Column<?> target) {
        return boost(features, target, null);
    }

    /**
     * Boosts as {@link #fit(Table, Column)}, each row counting as its weight (times its class's weight), as
     * scikit-learn's {@code fit(X, y, sample_weight)}: the prior is the weighted class shares, each stage's tree is
     * fitted on weighted rows (those of its subsample) and its leaves take the weighted Newton step
     * sum(w (y - p)) / sum(w p (1 - p)).
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public GradientBoostingClassifierModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return boost(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private GradientBoostingClassifierModel boost(Table features, Column<?> target, double[] sampleWeight) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        ClassLabels labels = TrainingData.classes(target, STEP);
        int[] y = labels.codes();
        int classes = labels.count();
        int width = classes == 2 ? 1 : classes;
        double[] x = matrix.values();
        int rows = matrix.rows();
        double[] weights = ClassWeighting.rows(classWeight, y, labels.names(), sampleWeight, STEP);
        double[] init = initialScores(y, classes, weights);
        double[] raw = Boosting.raw(init, List.of(), learningRate, x, matrix.columns());
        TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), Boosting.growth(STEP, maxDepth));
        SplittableRandom random = new SplittableRandom(seed);
        double[] residual = new double[rows];
        double[] hessian = new double[rows];
        double scale = width == 1 ? 1 : (classes - 1.0) / classes;
        List<List<Tree>> stages = new ArrayList<>();
        for (int m = 0; m < nEstimators; m++) {
            int[] counts = Boosting.subsample(rows, subsample, random);
            double[] stageWeights = Boosting.timesCounts(weights, counts);
            double[] probabilities = Boosting.probabilities(raw, classes);
            List<Tree> stage = new ArrayList<>(width);
            for (int k = 0; k < width; k++) {
                int positive = width == 1 ? 1 : k;
                for (int i = 0; i < rows; i++) {
                    double p = probabilities[i * classes + positive];
                    residual[i] = (y[i] == positive ? 1 : 0) - p;
                    hessian[i] = p * (1 - p);
                }
                Tree tree = stageWeights == null ? grower.regression(residual, counts, random)
                        : grower.weightedRegression(residual, stageWeights, random);
                tree = newtonLeaves(tree, x, matrix.columns(), counts, stageWeights, residual, hessian, scale);
                Boosting.add(tree, x, matrix.columns(), learningRate, raw, width, k);
                stage.add(tree);
            }
            stages.add(List.copyOf(stage));
        }
        return GradientBoostingClassifierModel.of(this, Schema.of(features), labels.classes(), init, stages);
    }

    /**
     * The scores before the first stage, as scikit-learn's prior: the log-odds of the second class for a binary
     * target, else the log of each class's share, the shares clipped to [eps, 1 - eps] (float eps). A share is the
     * sum of its rows' weight / total weight (1 / rows without weights, so weights all 1 give the same sum), as
     * scikit-learn's prior with {@code sample_weight} to rounding.
     */
    private static double[] initialScores(int[] y, int classes, double[] weights) {
        double total = y.length;
        if (weights != null) {
            total = 0;
            for (double w : weights) {
                total += w;
            }
        }
        double[] share = new double[classes];
        for (int i = 0; i < y.length; i++) {
            share[y[i]] += (weights == null ? 1 : weights[i]) / total;
        }
        for (int k = 0; k < classes; k++) {
            share[k] = Math.min(Math.max(share[k], PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
        }
        if (classes == 2) {
            return new double[] {Math.log(share[1] / (1 - share[1]))};
        }
        double[] init = new double[classes];
        for (int k = 0; k < classes; k++) {
            init[k] = Math.log(share[k]);
        }
        return init;
    }

    /**
     * The tree with each leaf's value replaced by one Newton step of the log-loss over the sample's rows in it,
     * {@code scale * sum(residual) / sum(hessian)} (each row's terms times its weight, if {@code weights} is not
     * null), or 0 where the denominator is below 1e-150, as scikit-learn.
     */
    private static Tree newtonLeaves(Tree tree, double[] x, int features, int[] counts, double[] weights,
            double[] residual, double[] hessian, double scale) {
        double[] numerator = new double[tree.nodeCount()];
        double[] denominator = new double[tree.nodeCount()];
        for (int i = 0; i < residual.length; i++) {
            if (counts == null || counts[i] > 0) {
                int leaf = tree.leaf(x, i * features);
                double w = weights == null ? 1 : weights[i];
                numerator[leaf] += w * residual[i];
                denominator[leaf] += w * hessian[i];
            }
        }
        double[] values = new double[tree.nodeCount()];
        for (int node = 0; node < values.length; node++) {
            values[node] = Math.abs(denominator[node]) < TINY_DENOMINATOR ? 0
                    : scale * numerator[node] / denominator[node];
        }
        return tree.withValues(values);
    }
}
