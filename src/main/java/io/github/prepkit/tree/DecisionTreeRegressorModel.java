package io.github.prepkit.tree;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/** A fitted {@link DecisionTreeRegressor}: each row gets the mean target of its leaf; O(depth) per row. Immutable. */
public final class DecisionTreeRegressorModel extends TreeRegressorModel {

    private static final String STEP = "DecisionTreeRegressorModel";

    private final DecisionTreeRegressor estimator;
    private final Tree tree;

    private DecisionTreeRegressorModel(DecisionTreeRegressor estimator, Schema schema, String target, Tree tree) {
        super(schema, target, STEP);
        this.estimator = estimator;
        this.tree = tree;
    }

    /**
     * The model {@code estimator} fits when it grows {@code tree} on feature columns {@code schema} and the target
     * column named {@code target}.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the feature columns seen at fit, every one numeric
     * @param target    the target column's name, which predictions take
     * @param tree      the fitted tree, one mean per node
     * @throws IllegalArgumentException if an argument is null, a feature column is not numeric, or the tree is not
     *                                  grown on the schema's columns with one value per node, or is deeper than the
     *                                  estimator's maxDepth
     */
    public static DecisionTreeRegressorModel of(DecisionTreeRegressor estimator, Schema schema, String target,
            Tree tree) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        Checks.notNull(target, STEP + ": target");
        checkedTrees(List.of(Checks.notNull(tree, STEP + ": tree")), 1, schema, 1, estimator.maxDepth(), STEP + ": ");
        return new DecisionTreeRegressorModel(estimator, schema, target, tree);
    }

    /** The estimator this model was fitted with. */
    public DecisionTreeRegressor estimator() {
        return estimator;
    }

    /** The fitted tree, whose node values are mean targets. */
    public Tree tree() {
        return tree;
    }

    /** Each feature's share of the total variance decrease, summing to 1 (all 0 for a single leaf), as scikit-learn. */
    @Override
    public double[] featureImportances() {
        return tree.featureImportances();
    }

    /**
     * The tree as text in the layout of scikit-learn's {@code export_text}, thresholds and leaf means with 2
     * decimals.
     */
    public String exportText() {
        return exportText(2);
    }

    /**
     * As {@link #exportText()} with thresholds and means to {@code decimals} places (scikit-learn's
     * {@code decimals}).
     *
     * @param decimals the decimal places of the numbers, 0 or more
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public String exportText(int decimals) {
        return TreeText.render(tree, featureNames(), decimals,
                node -> "value: [" + TreeText.decimals(tree.value(node, 0), decimals) + "]");
    }

    /** {@code 31 nodes, depth 4}. */
    @Override
    protected String describeTrees() {
        return describe(tree);
    }

    @Override
    protected double[] predictions(double[] rows, int features) {
        double[] predictions = new double[rows.length / features];
        for (int i = 0; i < predictions.length; i++) {
            predictions[i] = tree.value(tree.leaf(rows, i * features), 0);
        }
        return predictions;
    }
}
