package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeRegressorModel;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A fitted {@link RandomForestRegressor}: a row's prediction is the average of the trees' leaf means;
 * O(trees * depth) per row. Immutable.
 */
public final class RandomForestRegressorModel extends TreeRegressorModel {

    private final List<Tree> trees;
    private final OptionalDouble oobScore;

    RandomForestRegressorModel(Schema schema, String targetName, List<Tree> trees, OptionalDouble oobScore) {
        super(schema, targetName, "RandomForestRegressorModel");
        this.trees = trees;
        this.oobScore = oobScore;
    }

    /** The fitted trees, in order; their node values are mean targets. */
    public List<Tree> trees() {
        return trees;
    }

    /**
     * The mean over the trees (those with a split) of each tree's normalised variance decrease, scaled to sum to
     * 1, as scikit-learn's {@code feature_importances_}.
     */
    @Override
    public double[] featureImportances() {
        return Tree.meanImportances(trees, true, featureNames().size());
    }

    /**
     * R^2 on out-of-bag rows, each predicted by the trees that did not draw it, if the forest was fit with
     * {@code oobScore(true)}; unlike scikit-learn, rows that every tree drew are left out of the score (NaN if
     * there is none left) rather than counted as predicted 0.
     */
    public OptionalDouble oobScore() {
        return oobScore;
    }

    @Override
    protected double[] predictions(double[] rows, int features) {
        return Forest.average(trees, rows, features, 1);
    }
}
