package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeClassifierModel;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A fitted {@link RandomForestClassifier}: a row's class probabilities are the average over the trees of the
 * class fractions in the leaf it falls to, as scikit-learn's {@code predict_proba} (soft voting);
 * O(trees * depth) per row. Immutable.
 */
public final class RandomForestClassifierModel extends TreeClassifierModel {

    private final List<Tree> trees;
    private final OptionalDouble oobScore;

    RandomForestClassifierModel(Schema schema, TargetClasses classes, List<Tree> trees, OptionalDouble oobScore) {
        super(schema, classes, "RandomForestClassifierModel");
        this.trees = trees;
        this.oobScore = oobScore;
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

    /**
     * The accuracy on out-of-bag rows, each predicted by the trees that did not draw it, if the forest was fit
     * with {@code oobScore(true)}; unlike scikit-learn, rows that every tree drew are left out of the score
     * (NaN if there is none left) rather than counted as predicted to be the first class.
     */
    public OptionalDouble oobScore() {
        return oobScore;
    }

    @Override
    protected double[] probabilities(double[] rows, int features) {
        return Forest.average(trees, rows, features, classes().size());
    }
}
