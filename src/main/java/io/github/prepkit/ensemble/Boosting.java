package io.github.prepkit.ensemble;

import io.github.prepkit.internal.tree.TreeGrowth;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * What gradient boosting's classifier and regressor share: validating the parameters, drawing each stage's
 * subsample, adding a stage's tree to the raw scores, and turning raw scores into probabilities.
 */
final class Boosting {

    private Boosting() {
    }

    /**
     * Validates the parameters both estimators share.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    static void check(String step, int nEstimators, double learningRate, OptionalInt maxDepth, double subsample) {
        if (nEstimators < 1) {
            throw new IllegalArgumentException(step + ": nEstimators must be at least 1, found " + nEstimators);
        }
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(step + ": learningRate must be a finite number of at least 0, found "
                    + learningRate);
        }
        if (!(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException(step + ": subsample must be in (0, 1], found " + subsample);
        }
        growth(step, maxDepth);
    }

    /** How each stage's trees grow: scikit-learn's defaults but for {@code maxDepth}, every feature. */
    static TreeGrowth growth(String step, OptionalInt maxDepth) {
        return TreeGrowth.of(step, maxDepth, 2, 1, MaxFeatures.ALL);
    }

    /**
     * A stage's sample: {@code max(1, (int) (subsample * rows))} rows drawn without replacement, each counted
     * once, as scikit-learn's; null (every row) when {@code subsample} is 1.
     */
    static int[] subsample(int rows, double subsample, SplittableRandom random) {
        if (subsample == 1) {
            return null;
        }
        int[] counts = new int[rows];
        for (int row : Bagging.draw(rows, Math.max(1, (int) (subsample * rows)), false, random)) {
            counts[row] = 1;
        }
        return counts;
    }

    /**
     * Row weights times the counts of a draw (a stage's subsample, a tree's bootstrap), as scikit-learn multiplies
     * {@code sample_weight} by the subsample mask or the bootstrap counts: {@code weights} times {@code counts} (each
     * 1 if null); null if {@code weights} is null (the unweighted fit).
     */
    static double[] timesCounts(double[] weights, int[] counts) {
        if (weights == null || counts == null) {
            return weights;
        }
        double[] stage = new double[weights.length];
        for (int i = 0; i < stage.length; i++) {
            stage[i] = weights[i] * counts[i];
        }
        return stage;
    }

    /**
     * Adds {@code rate} times each row's leaf value in {@code tree} to {@code raw[i * stride + offset]}; the rows
     * are {@code x}, row-major with {@code features} values each.
     */
    static void add(Tree tree, double[] x, int features, double rate, double[] raw, int stride, int offset) {
        int rows = x.length / features;
        for (int i = 0; i < rows; i++) {
            raw[i * stride + offset] += rate * tree.value(tree.leaf(x, i * features), 0);
        }
    }

    /**
     * The raw scores of {@code rows}: {@code init} plus {@code rate} times the sum of each stage's trees, one
     * score per tree of a stage, row-major.
     */
    static double[] raw(double[] init, List<List<Tree>> stages, double rate, double[] x, int features) {
        int width = init.length;
        int rows = x.length / features;
        double[] raw = new double[rows * width];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(init, 0, raw, i * width, width);
        }
        for (List<Tree> stage : stages) {
            for (int k = 0; k < width; k++) {
                add(stage.get(k), x, features, rate, raw, width, k);
            }
        }
        return raw;
    }

    /** The features' importances: the trees' total impurity decreases averaged, scaled to sum to 1. */
    static double[] importances(List<List<Tree>> stages, int features) {
        return Tree.meanImportances(stages.stream().flatMap(List::stream).toList(), false, features);
    }

    /**
     * Class probabilities, row-major, from raw scores: one score per row for 2 classes (the sigmoid gives the
     * second class's probability), else one per class ({@link #softmax}).
     */
    static double[] probabilities(double[] raw, int classes) {
        if (classes > 2) {
            return softmax(raw, classes);
        }
        double[] probabilities = new double[raw.length * 2];
        for (int i = 0; i < raw.length; i++) {
            double p = 1 / (1 + Math.exp(-raw[i]));
            probabilities[2 * i] = 1 - p;
            probabilities[2 * i + 1] = p;
        }
        return probabilities;
    }

    /**
     * The softmax of each row of {@code scores} (row-major, {@code width} per row), computed stably as scikit-learn's
     * {@code extmath.softmax}: the row's largest score is subtracted before the exponentials, which are then divided
     * by their sum. Gradient boosting's multi-class probabilities and AdaBoost's share it.
     */
    static double[] softmax(double[] scores, int width) {
        int rows = scores.length / width;
        double[] probabilities = new double[scores.length];
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < width; k++) {
                max = Math.max(max, scores[i * width + k]);
            }
            double sum = 0;
            for (int k = 0; k < width; k++) {
                double e = Math.exp(scores[i * width + k] - max);
                probabilities[i * width + k] = e;
                sum += e;
            }
            for (int k = 0; k < width; k++) {
                probabilities[i * width + k] /= sum;
            }
        }
        return probabilities;
    }
}
