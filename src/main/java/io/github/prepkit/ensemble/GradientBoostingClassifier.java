package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
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
 */
public record GradientBoostingClassifier(int nEstimators, double learningRate, OptionalInt maxDepth, double subsample,
        long seed) implements Classifier<GradientBoostingClassifierModel>, Seeded<GradientBoostingClassifier> {

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
    }

    /** scikit-learn's defaults: 100 stages, learning rate 0.1, depth 3, every row, seed 0. */
    public GradientBoostingClassifier() {
        this(100, 0.1, OptionalInt.of(3), 1.0, 0);
    }

    /** A copy with {@code nEstimators} stages (at least 1). */
    public GradientBoostingClassifier nEstimators(int nEstimators) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy with learning rate {@code learningRate} (at least 0). */
    public GradientBoostingClassifier learningRate(double learningRate) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy whose trees have depth at most {@code maxDepth} (at least 1). */
    public GradientBoostingClassifier maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with tree depth limit {@code maxDepth}; empty for none. */
    public GradientBoostingClassifier maxDepth(OptionalInt maxDepth) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy drawing {@code subsample} of the rows at each stage (in (0, 1]). */
    public GradientBoostingClassifier subsample(double subsample) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public GradientBoostingClassifier seed(long seed) {
        return new GradientBoostingClassifier(nEstimators, learningRate, maxDepth, subsample, seed);
    }

    /**
     * Boosts on {@code features} and the class of each row in {@code target}.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value,
     *                                  the target has a missing value or fewer than 2 classes, or its size differs
     */
    @Override
    public GradientBoostingClassifierModel fit(Table features, Column<?> target) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        ClassLabels labels = TrainingData.classes(target, STEP);
        int[] y = labels.codes();
        int classes = labels.count();
        int width = classes == 2 ? 1 : classes;
        double[] x = matrix.values();
        int rows = matrix.rows();
        double[] init = initialScores(y, classes);
        double[] raw = Boosting.raw(init, List.of(), learningRate, x, matrix.columns());
        TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), Boosting.growth(STEP, maxDepth));
        SplittableRandom random = new SplittableRandom(seed);
        double[] residual = new double[rows];
        double[] hessian = new double[rows];
        double scale = width == 1 ? 1 : (classes - 1.0) / classes;
        List<List<Tree>> stages = new ArrayList<>();
        for (int m = 0; m < nEstimators; m++) {
            int[] counts = Boosting.subsample(rows, subsample, random);
            double[] probabilities = Boosting.probabilities(raw, classes);
            List<Tree> stage = new ArrayList<>(width);
            for (int k = 0; k < width; k++) {
                int positive = width == 1 ? 1 : k;
                for (int i = 0; i < rows; i++) {
                    double p = probabilities[i * classes + positive];
                    residual[i] = (y[i] == positive ? 1 : 0) - p;
                    hessian[i] = p * (1 - p);
                }
                Tree tree = grower.regression(residual, counts, random);
                tree = newtonLeaves(tree, x, matrix.columns(), counts, residual, hessian, scale);
                Boosting.add(tree, x, matrix.columns(), learningRate, raw, width, k);
                stage.add(tree);
            }
            stages.add(List.copyOf(stage));
        }
        return GradientBoostingClassifierModel.of(this, Schema.of(features), labels.classes(), init, stages);
    }

    /**
     * The scores before the first stage, as scikit-learn's prior: the log-odds of the second class for a binary
     * target, else the log of each class's share, the shares clipped to [eps, 1 - eps] (float eps).
     */
    private static double[] initialScores(int[] y, int classes) {
        double[] share = new double[classes];
        for (int label : y) {
            share[label] += 1.0 / y.length;
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
     * {@code scale * sum(residual) / sum(hessian)}, or 0 where the denominator is below 1e-150, as scikit-learn.
     */
    private static Tree newtonLeaves(Tree tree, double[] x, int features, int[] counts, double[] residual,
            double[] hessian, double scale) {
        double[] numerator = new double[tree.nodeCount()];
        double[] denominator = new double[tree.nodeCount()];
        for (int i = 0; i < residual.length; i++) {
            if (counts == null || counts[i] > 0) {
                int leaf = tree.leaf(x, i * features);
                numerator[leaf] += residual[i];
                denominator[leaf] += hessian[i];
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
