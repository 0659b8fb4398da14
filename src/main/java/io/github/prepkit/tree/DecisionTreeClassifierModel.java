package io.github.prepkit.tree;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.tree.ClassProbabilities;
import java.util.List;

/**
 * A fitted {@link DecisionTreeClassifier}: each row falls to one leaf, and the class fractions of the training
 * rows there (weighted, if fit had sample weights) are its probabilities, as scikit-learn's {@code predict_proba};
 * O(depth) per row. Immutable.
 */
public final class DecisionTreeClassifierModel extends TreeClassifierModel {

    private static final String STEP = "DecisionTreeClassifierModel";

    private final DecisionTreeClassifier estimator;
    private final Tree tree;

    private DecisionTreeClassifierModel(DecisionTreeClassifier estimator, Schema schema, TargetClasses classes,
            Tree tree) {
        super(schema, classes, STEP);
        this.estimator = estimator;
        this.tree = tree;
    }

    /**
     * The model {@code estimator} fits when it grows {@code tree} on feature columns {@code schema} and a target
     * with {@code classes}.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the feature columns seen at fit, every one numeric
     * @param classes   the target's name, type and classes, sorted
     * @param tree      the fitted tree, one class fraction per class at each node
     * @throws IllegalArgumentException if an argument is null, a feature column is not numeric, there are fewer than
     *                                  2 classes, the tree is not grown on the schema's columns with one value per
     *                                  class, is deeper than the estimator's maxDepth, or a node's values are not
     *                                  class fractions summing to 1
     */
    public static DecisionTreeClassifierModel of(DecisionTreeClassifier estimator, Schema schema,
            TargetClasses classes, Tree tree) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        checkClasses(classes, STEP);
        List<Tree> trees = List.of(Checks.notNull(tree, STEP + ": tree"));
        checkFractions(checkedTrees(trees, 1, schema, classes.count(), estimator.maxDepth(), STEP + ": "), STEP);
        return new DecisionTreeClassifierModel(estimator, schema, classes, tree);
    }

    /** The estimator this model was fitted with. */
    public DecisionTreeClassifier estimator() {
        return estimator;
    }

    /** The fitted tree, whose node values are class fractions in the order of {@link #classes()}. */
    public Tree tree() {
        return tree;
    }

    /** Each feature's share of the total impurity decrease, summing to 1 (all 0 for a single leaf), as scikit-learn. */
    @Override
    public double[] featureImportances() {
        return tree.featureImportances();
    }

    /**
     * The tree as text in the layout of scikit-learn's {@code export_text}, thresholds with 2 decimals, each leaf
     * showing its likeliest class.
     */
    public String exportText() {
        return exportText(2);
    }

    /**
     * As {@link #exportText()} with thresholds to {@code decimals} places (scikit-learn's {@code decimals}).
     *
     * @param decimals the decimal places of the thresholds, 0 or more
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public String exportText(int decimals) {
        int k = classes().size();
        return TreeText.render(tree, featureNames(), decimals,
                node -> "class: " + classes().get(ClassProbabilities.mostProbable(tree.value(node), k)[0]));
    }

    /** {@code 31 nodes, depth 4}. */
    @Override
    protected String describeTrees() {
        return describe(tree);
    }

    @Override
    protected double[] probabilities(double[] rows, int features) {
        int k = tree.width();
        double[] probabilities = new double[rows.length / features * k];
        for (int i = 0; i < probabilities.length / k; i++) {
            int leaf = tree.leaf(rows, i * features);
            for (int c = 0; c < k; c++) {
                probabilities[i * k + c] = tree.value(leaf, c);
            }
        }
        return probabilities;
    }
}
