package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeClassifierModel;
import java.util.List;

/**
 * A fitted {@link BalancedRandomForestClassifier}: a row's class probabilities are the average over the trees of the
 * class fractions in the leaf it falls to, as a random forest's (and imbalanced-learn's {@code predict_proba});
 * O(trees * depth) per row. Immutable.
 */
public final class BalancedRandomForestClassifierModel extends TreeClassifierModel {

    private static final String STEP = "BalancedRandomForestClassifierModel";

    private final BalancedRandomForestClassifier estimator;
    private final List<Tree> trees;

    private BalancedRandomForestClassifierModel(BalancedRandomForestClassifier estimator, Schema schema,
            TargetClasses classes, List<Tree> trees) {
        super(schema, classes, STEP);
        this.estimator = estimator;
        this.trees = trees;
    }

    /**
     * The model {@code estimator} fits when it grows {@code trees} on feature columns {@code schema} and a target
     * with {@code classes}; the list is copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the feature columns seen at fit, every one numeric
     * @param classes   the target's name, type and classes, sorted
     * @param trees     the trees, in order, each node holding class fractions
     * @throws IllegalArgumentException if an argument or a tree is null, a feature column is not numeric, there are
     *                                  fewer than 2 classes, the trees are not the estimator's nEstimators, a tree is
     *                                  not grown on the schema's columns with one value per class or is deeper than
     *                                  the estimator's maxDepth, or a node's values are not class fractions summing
     *                                  to 1
     */
    public static BalancedRandomForestClassifierModel of(BalancedRandomForestClassifier estimator, Schema schema,
            TargetClasses classes, List<Tree> trees) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        checkClasses(classes, STEP);
        List<Tree> checked = checkedTrees(trees, estimator.nEstimators(), schema, classes.count(),
                estimator.maxDepth(), STEP + ": ");
        checkFractions(checked, STEP);
        return new BalancedRandomForestClassifierModel(estimator, schema, classes, checked);
    }

    /** The estimator this model was fitted with. */
    public BalancedRandomForestClassifier estimator() {
        return estimator;
    }

    /** The fitted trees, in order; their node values are class fractions in the order of {@link #classes()}. */
    public List<Tree> trees() {
        return trees;
    }

    /**
     * The mean over the trees (those with a split) of each tree's normalised impurity decrease, scaled to sum
     * to 1, as scikit-learn's {@code feature_importances_}.
     */
    @Override
    public double[] featureImportances() {
        return Tree.meanImportances(trees, true, featureNames().size());
    }

    /** {@code 100 trees, 1,234 nodes, max depth 10}. */
    @Override
    protected String describeTrees() {
        return describe(trees);
    }

    @Override
    protected double[] probabilities(double[] rows, int features) {
        return Forest.average(trees, rows, features, classes().size());
    }
}
