package io.github.prepkit.tree;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;

/**
 * A fitted {@link DecisionTreeClassifier}: each row falls to one leaf, and the class fractions of the training
 * rows there are its probabilities, as scikit-learn's {@code predict_proba}; O(depth) per row. Immutable.
 */
public final class DecisionTreeClassifierModel extends TreeClassifierModel {

    private final Tree tree;

    DecisionTreeClassifierModel(Schema schema, TargetClasses classes, Tree tree) {
        super(schema, classes, "DecisionTreeClassifierModel");
        this.tree = tree;
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
     * @throws IllegalArgumentException if {@code decimals} is negative
     */
    public String exportText(int decimals) {
        int k = classes().size();
        return TreeText.render(tree, featureNames(), decimals,
                node -> "class: " + classes().get(ClassProbabilities.mostProbable(tree.value(node), k)[0]));
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
