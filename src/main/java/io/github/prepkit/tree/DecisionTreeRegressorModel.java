package io.github.prepkit.tree;

import io.github.prepkit.data.Schema;

/** A fitted {@link DecisionTreeRegressor}: each row gets the mean target of its leaf; O(depth) per row. Immutable. */
public final class DecisionTreeRegressorModel extends TreeRegressorModel {

    private final Tree tree;

    DecisionTreeRegressorModel(Schema schema, String targetName, Tree tree) {
        super(schema, targetName, "DecisionTreeRegressorModel");
        this.tree = tree;
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
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public String exportText(int decimals) {
        return TreeText.render(tree, featureNames(), decimals,
                node -> "value: [" + TreeText.decimals(tree.value(node, 0), decimals) + "]");
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
