package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeRegressorModel;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A fitted {@link RandomForestRegressor}: a row's prediction is the average of the trees' leaf means;
 * O(trees * depth) per row. Immutable.
 */
public final class RandomForestRegressorModel extends TreeRegressorModel {

    private static final String STEP = "RandomForestRegressorModel";

    private final RandomForestRegressor estimator;
    private final List<Tree> trees;
    private final OptionalDouble oobScore;

    private RandomForestRegressorModel(RandomForestRegressor estimator, Schema schema, String target,
            List<Tree> trees, OptionalDouble oobScore) {
        super(schema, target, STEP);
        this.estimator = estimator;
        this.trees = trees;
        this.oobScore = oobScore;
    }

    /**
     * The model {@code estimator} fits when it grows {@code trees} on feature columns {@code schema} and the target
     * column named {@code target}, measuring {@code oobScore} if asked; the list is copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the feature columns seen at fit, every one numeric
     * @param target    the target column's name, which predictions take
     * @param trees     the trees, in order
     * @param oobScore  the out-of-bag R², present exactly when the estimator asks for it
     * @throws IllegalArgumentException if an argument or a tree is null, a feature column is not numeric, the trees
     *                                  are not the estimator's nEstimators, a tree is not grown on the schema's
     *                                  columns with one value per node or is deeper than the estimator's maxDepth,
     *                                  or the out-of-bag score is present though not asked for (or the reverse), or
     *                                  above 1
     */
    public static RandomForestRegressorModel of(RandomForestRegressor estimator, Schema schema, String target,
            List<Tree> trees, OptionalDouble oobScore) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        Checks.notNull(target, STEP + ": target");
        List<Tree> checked = checkedTrees(trees, estimator.nEstimators(), schema, 1, estimator.maxDepth(),
                STEP + ": ");
        Forest.checkOutOfBagScore(oobScore, estimator.oobScore(), Double.NEGATIVE_INFINITY, STEP);
        return new RandomForestRegressorModel(estimator, schema, target, checked, oobScore);
    }

    /** The estimator this model was fitted with. */
    public RandomForestRegressor estimator() {
        return estimator;
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

    /** {@code 100 trees, 1,234 nodes, max depth 10}, then the out-of-bag score if measured. */
    @Override
    protected String describeTrees() {
        return describe(trees) + Forest.describe(oobScore);
    }

    @Override
    protected double[] predictions(double[] rows, int features) {
        return Forest.average(trees, rows, features, 1);
    }
}
