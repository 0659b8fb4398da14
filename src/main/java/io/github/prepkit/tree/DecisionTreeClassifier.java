package io.github.prepkit.tree;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.base.Seeded;
import io.github.prepkit.base.WeightedClassifier;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.ClassWeighting;
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
 * A CART classification tree, as scikit-learn's {@code DecisionTreeClassifier}: binary splits
 * {@code feature <= threshold} chosen greedily to maximise the weighted impurity decrease, thresholds at the
 * midpoint between consecutive distinct values, grown depth first until the stopping rules below. Defaults are
 * scikit-learn's: Gini, no depth limit (the tree grows until its leaves are pure, so it fits the training data
 * exactly: low bias, high variance), every feature at every node. See {@link TreeGrower} for the algorithm,
 * its O(depth * rows * features) cost and how ties are broken. Features must be numeric without missing values. With
 * sample weights (as scikit-learn's {@code fit(X, y, sample_weight)}) node values are weighted class fractions and
 * impurities weighted, a row of weight 0 is left out, and minSamplesSplit and minSamplesLeaf still count rows.
 *
 * @param criterion       the impurity to minimise; GINI or ENTROPY rarely change the tree, so neither bias nor
 *                        variance much
 * @param maxDepth        the deepest a leaf may lie, empty for no limit; a shallower tree has more bias and less
 *                        variance
 * @param minSamplesSplit the fewest rows a node needs to be split (default 2); raising it smooths the tree, more
 *                        bias, less variance
 * @param minSamplesLeaf  the fewest rows each leaf keeps (default 1); raising it averages over more rows per
 *                        leaf, more bias, less variance
 * @param maxFeatures     how many features each node examines, drawn at random (default ALL); fewer adds
 *                        randomness, more bias, and lets an ensemble cut variance
 * @param seed            seeds the order in which features are examined at each node, which decides exact
 *                        ties between features (as scikit-learn's random_state), and the draws of maxFeatures
 * @param classWeight     how much each class weighs (default NONE, every class 1; scikit-learn's class_weight):
 *                        each row's weight is its class's weight, times its sample weight where one is given, so a
 *                        BALANCED tree gives a rare class as much say in the impurities and leaf fractions as a
 *                        common one
 */
public record DecisionTreeClassifier(Criterion criterion, OptionalInt maxDepth, int minSamplesSplit, int minSamplesLeaf,
        MaxFeatures maxFeatures, long seed, ClassWeight classWeight)
        implements WeightedClassifier<DecisionTreeClassifierModel>, Seeded<DecisionTreeClassifier> {

    private static final String STEP = "DecisionTreeClassifier";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming the parameter, its value and the allowed range
     */
    public DecisionTreeClassifier {
        if (criterion == null) {
            throw new IllegalArgumentException(STEP + ": criterion must be GINI or ENTROPY, found null");
        }
        TreeGrowth.of(STEP, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        ClassWeighting.check(classWeight, false, STEP);
    }

    /**
     * scikit-learn's defaults: Gini, no depth limit, minSamplesSplit 2, minSamplesLeaf 1, every feature, seed 0, no
     * class weight.
     */
    public DecisionTreeClassifier() {
        this(Criterion.GINI, OptionalInt.empty(), 2, 1, MaxFeatures.ALL, 0, ClassWeight.NONE);
    }

    /** A copy with impurity {@code criterion}. */
    public DecisionTreeClassifier criterion(Criterion criterion) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed, classWeight);
    }

    /** A copy whose leaves lie at most {@code maxDepth} levels below the root (at least 1). */
    public DecisionTreeClassifier maxDepth(int maxDepth) {
        return maxDepth(OptionalInt.of(maxDepth));
    }

    /** A copy with depth limit {@code maxDepth}; empty for none. */
    public DecisionTreeClassifier maxDepth(OptionalInt maxDepth) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed, classWeight);
    }

    /** A copy that splits only nodes of at least {@code minSamplesSplit} rows (at least 2). */
    public DecisionTreeClassifier minSamplesSplit(int minSamplesSplit) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed, classWeight);
    }

    /** A copy whose leaves keep at least {@code minSamplesLeaf} rows (at least 1). */
    public DecisionTreeClassifier minSamplesLeaf(int minSamplesLeaf) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed, classWeight);
    }

    /** A copy examining {@code maxFeatures} features at each node. */
    public DecisionTreeClassifier maxFeatures(MaxFeatures maxFeatures) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed, classWeight);
    }

    /** A copy examining exactly {@code count} features at each node, as scikit-learn's int max_features. */
    public DecisionTreeClassifier maxFeatures(int count) {
        return maxFeatures(MaxFeatures.count(count));
    }

    /** A copy examining {@code fraction} of the features at each node, as scikit-learn's float max_features. */
    public DecisionTreeClassifier maxFeatures(double fraction) {
        return maxFeatures(MaxFeatures.fraction(fraction));
    }

    /** A copy with random seed {@code seed}. */
    @Override
    public DecisionTreeClassifier seed(long seed) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed, classWeight);
    }

    /**
     * A copy weighing each class as {@code classWeight} says (NONE, BALANCED or given weights; not
     * BALANCED_SUBSAMPLE, which only forests draw).
     */
    public DecisionTreeClassifier classWeight(ClassWeight classWeight) {
        return new DecisionTreeClassifier(criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed,
                classWeight);
    }

    /**
     * Grows the tree on {@code features} and the class of each row in {@code target}, each row weighing its class's
     * weight (see {@code classWeight}).
     *
     * @throws IllegalArgumentException if there are no rows, a feature is not numeric or has a missing value,
     *                                  the target has a missing value or fewer than 2 classes, its size differs,
     *                                  or maxFeatures is a count above the number of features
     */
    @Override
    public DecisionTreeClassifierModel fit(Table features, Column<?> target) {
        return grow(features, target, null);
    }

    /**
     * Grows the tree on {@code features} and the class of each row in {@code target}, each row counting as much as its
     * weight, as scikit-learn's {@code fit(X, y, sample_weight)}: rows of weight 0 are left out, the node values are
     * the weighted class fractions, and minSamplesSplit and minSamplesLeaf count the rows of positive weight.
     *
     * @param sampleWeight each row's weight, finite and at least 0, with a positive sum; not modified
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}, or if the weights are not one per row, finite
     *                                  and at least 0 with a positive sum, naming sampleWeight
     */
    @Override
    public DecisionTreeClassifierModel fit(Table features, Column<?> target, double[] sampleWeight) {
        return grow(features, target, SampleWeights.required(sampleWeight, target, STEP));
    }

    private DecisionTreeClassifierModel grow(Table features, Column<?> target, double[] sampleWeight) {
        FeatureMatrix matrix = TrainingData.fitFeatures(features, target, STEP);
        ClassLabels labels = TrainingData.classes(target, STEP);
        TreeGrowth growth = new TreeGrowth(maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures);
        TreeGrower grower = new TreeGrower(SortedFeatures.of(matrix), growth);
        SplittableRandom random = new SplittableRandom(seed);
        int[] codes = labels.codes();
        double[] weights = ClassWeighting.rows(classWeight, codes, labels.names(), sampleWeight, STEP);
        Tree tree = weights == null ? grower.classification(codes, labels.count(), criterion, null, random)
                : grower.weightedClassification(codes, labels.count(), criterion, weights, random);
        return DecisionTreeClassifierModel.of(this, Schema.of(features), labels.classes(), tree);
    }
}
