package io.github.prepkit.ensemble;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.internal.data.UnderSampling;
import io.github.prepkit.internal.tree.SortedFeatures;
import io.github.prepkit.internal.tree.TreeGrowth;
import io.github.prepkit.resample.SamplingStrategy;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.MaxFeatures;
import io.github.prepkit.tree.Tree;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A random forest whose every tree grows on a balanced sample, as imbalanced-learn 0.10's
 * {@code BalancedRandomForestClassifier}: for each tree a random under-sampling (as
 * {@link io.github.prepkit.resample.RandomUnderSampler}, with {@code samplingStrategy} and {@code replacement}) draws
 * a subset of the rows, by default every class cut to the minority's size; with {@code bootstrap} the tree then grows
 * on a bootstrap sample of that subset, of its size. Predictions average the trees' class fractions, as a random
 * forest. Each tree sees the minority as often as the others, so the forest no longer favours the majority, at the
 * price of fewer rows per tree. Defaults are imbalanced-learn 0.10's (100 trees, Gini, unlimited depth, sqrt of the
 * features, bootstrap, AUTO, no replacement), with every core. Tree t draws its subset, its bootstrap sample and its
 * features from {@code Parallel.seed(seed, t)}, so the forest is identical for any {@code nJobs}; the draws differ
 * from numpy's, so the trees differ from imbalanced-learn's, not their quality. With replacement, a class whose target
 * is its own size keeps each row once, where imbalanced-learn would draw a class the strategy names with replacement
 * even then. No out-of-bag score. Features must be numeric without missing values.
 *
 * @param nEstimators      the number of trees (default 100)
 * @param criterion        the impurity each tree minimises (default GINI)
 * @param maxDepth         the deepest a leaf may lie, empty for no limit (default)
 * @param minSamplesSplit  the fewest rows a node needs to be split (default 2)
 * @param minSamplesLeaf   the fewest rows each leaf keeps (default 1)
 * @param maxFeatures      how many features each node examines (default SQRT)
 * @param bootstrap        whether each tree grows on a bootstrap sample of its balanced subset (default true) or on
 *                         the subset itself
 * @param samplingStrategy which classes each tree's subset cuts, and to what size (default
 *                         {@link SamplingStrategy#AUTO}: every class but the minority, to the minority's size)
 * @param replacement      whether the subset is drawn with replacement (default false)
 * @param nJobs            the threads to grow the trees on, -1 for every core (default); it never changes the result
 * @param seed             seeds every tree's subset, bootstrap sample and feature draws
 */
public record BalancedRandomForestClassifier(int nEstimators, Criterion criterion, OptionalInt maxDepth,
        int minSamplesSplit, int minSamplesLeaf, MaxFeatures maxFeatures, boolean bootstrap,
        SamplingStrategy samplingStrategy, boolean replacement, int nJobs, long seed)
        implements Classifier<BalancedRandomForestClassifierModel>, Seeded<BalancedRandomForestClassifier> {

    private static final String STEP = "BalancedRandomForestClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public BalancedRandomForestClassifier {
        Forest.checkCounts(STEP, nEstimators, nJobs);
        if (criterion == null) {
            throw new IllegalArgumentException(STEP + ": criterion must be GINI or ENTROPY, found null");
        }
        TreeGrowth.of(STEP, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        if (samplingStrategy == null) {
            throw new IllegalArgumentException(STEP + ": samplingStrategy must be a SamplingStrategy, found null");
        }
    }

    /**
     * imbalanced-learn 0.10's defaults: 100 trees, Gini, no depth limit, minSamplesSplit 2, minSamplesLeaf 1, the
     * square root of the features, bootstrap, AUTO, no replacement; every core, seed 0.
     */
    public BalancedRandomForestClassifier() {
        this(100, Criterion.GINI, OptionalInt.empty(), 2, 1, MaxFeatures.SQRT, true, SamplingStrategy.AUTO, false, -1,
                0);
    }

    /** A copy with {@code nEstimators} trees (at least 1). */
    public BalancedRandomForestClassifier nEstimators(int nEstimators) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose trees minimise {@code criterion}. */
    public BalancedRandomForestClassifier criterion(Criterion criterion) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose leaves lie at most {@code maxDepth} levels below the roots (at least 1). */
    public BalancedRandomForestClassifier maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with depth limit {@code maxDepth}; empty for none. */
    public BalancedRandomForestClassifier maxDepth(OptionalInt maxDepth) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy that splits only nodes of at least {@code minSamplesSplit} rows (at least 2). */
    public BalancedRandomForestClassifier minSamplesSplit(int minSamplesSplit) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy whose leaves keep at least {@code minSamplesLeaf} rows (at least 1). */
    public BalancedRandomForestClassifier minSamplesLeaf(int minSamplesLeaf) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy examining {@code maxFeatures} features at each node. */
    public BalancedRandomForestClassifier maxFeatures(MaxFeatures maxFeatures) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy examining exactly {@code count} features at each node, as scikit-learn's int max_features. */
    public BalancedRandomForestClassifier maxFeatures(int count) {
        return maxFeatures(MaxFeatures.count(count));
    }

    /** A copy examining {@code fraction} of the features at each node, as scikit-learn's float max_features. */
    public BalancedRandomForestClassifier maxFeatures(double fraction) {
        return maxFeatures(MaxFeatures.fraction(fraction));
    }

    /** A copy that does ({@code true}) or does not draw a bootstrap sample of each tree's balanced subset. */
    public BalancedRandomForestClassifier bootstrap(boolean bootstrap) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy under-sampling each tree's rows with {@code samplingStrategy}. */
    public BalancedRandomForestClassifier samplingStrategy(SamplingStrategy samplingStrategy) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy drawing each tree's balanced subset with ({@code true}) or without replacement. */
    public BalancedRandomForestClassifier replacement(boolean replacement) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy growing its trees on {@code nJobs} threads, -1 for every core. */
    public BalancedRandomForestClassifier nJobs(int nJobs) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public BalancedRandomForestClassifier seed(long seed) {
        return new BalancedRandomForestClassifier(nEstimators, criterion, maxDepth, minSamplesSplit, minSamplesLeaf,
                maxFeatures, bootstrap, samplingStrategy, replacement, nJobs, seed);
    }

    /**
     * Grows the forest on {@code features} and the class of each row in {@code target}.
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value,
     *                                  the target has a missing value or fewer than 2 classes, its size differs,
     *                                  maxFeatures is a count above the number of features, or the sampling strategy
     *                                  does not fit the classes (an unknown class, a size above a class's own, a
     *                                  ratio with other than two classes)
     */
    @Override
    public BalancedRandomForestClassifierModel fit(Table features, Column<?> target) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        ClassLabels labels = TrainingData.classes(target, STEP);
        int[] classes = labels.codes();
        TreeGrowth growth = new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        List<Tree> trees = Forest.grow(SortedFeatures.of(matrix), growth, nEstimators, rowCounts(labels), nJobs, seed,
                (grower, counts, random) -> grower.classification(classes, labels.count(), criterion, counts, random));
        return BalancedRandomForestClassifierModel.of(this, Schema.of(features), labels.classes(), trees);
    }

    /**
     * How each tree draws its rows: a random under-sampling of the classes to the strategy's targets, then, with
     * bootstrap, as many draws with replacement among the subset's rows (a row drawn twice into the subset is twice
     * as likely), as imbalanced-learn fits each tree on the under-sampler's output.
     */
    Forest.RowCounts rowCounts(ClassLabels labels) {
        int[][] members = labels.members();
        int[] targets = UnderSamples.targets(samplingStrategy, labels, STEP);
        int rows = labels.codes().length;
        return random -> {
            int[] subset = UnderSampling.counts(members, targets, replacement, rows, random);
            return bootstrap ? bootstrapOf(subset, random) : subset;
        };
    }

    /** The counts of a bootstrap sample of the subset whose row counts are {@code subset}, of the subset's size. */
    private static int[] bootstrapOf(int[] subset, SplittableRandom random) {
        int[] drawn = UnderSamples.rows(subset);
        int[] picks = Forest.bootstrap(drawn.length, random);
        int[] counts = new int[subset.length];
        for (int j = 0; j < drawn.length; j++) {
            counts[drawn[j]] += picks[j];
        }
        return counts;
    }
}
