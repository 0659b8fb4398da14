package io.github.prepkit.ensemble;

import io.github.prepkit.base.ReferencePredictor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeRegressorModel;
import java.util.List;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link RandomForestRegressor}: a row's prediction is the average of the trees' leaf means;
 * O(trees * depth) per row. Immutable.
 */
public final class RandomForestRegressorModel extends TreeRegressorModel implements ReferencePredictor {

    private static final String STEP = "RandomForestRegressorModel";

    private final RandomForestRegressor estimator;
    private final List<Tree> trees;
    /** The paths of remembered reference rows ({@link #around}), or null. */
    private final ForestPaths paths;
    private final OptionalDouble oobScore;

    private RandomForestRegressorModel(RandomForestRegressor estimator, Schema schema, String target,
            List<Tree> trees, OptionalDouble oobScore, ForestPaths paths) {
        super(schema, target, STEP);
        this.estimator = estimator;
        this.trees = trees;
        this.paths = paths;
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
        return new RandomForestRegressorModel(estimator, schema, target, checked, oobScore, null);
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

    /**
     * A copy that remembers the paths of {@code reference}'s rows through the trees, so that it predicts rows that
     * differ from them in a few features by walking only the trees whose paths test those features (bit for bit the
     * same predictions); this model itself when trees x rows exceed 2^25. Permutation importance uses it.
     *
     * @throws IllegalArgumentException if the reference's columns differ from the fitted ones, naming the column
     */
    @Override
    public RandomForestRegressorModel around(Table reference) {
        ForestPaths remembered = ForestPaths.of(trees, TrainingData.predictFeatures(schema(), reference, STEP).values(),
                schema().names().size());
        return remembered == null ? this : new RandomForestRegressorModel(estimator, schema(), target(), trees, oobScore, remembered);
    }

    @Override
    protected double[] predictions(double[] rows, int features) {
        return paths == null ? Forest.average(trees, rows, features, 1) : paths.average(rows, 1);
    }
}
