package io.github.prepkit.ensemble;

import io.github.prepkit.base.ReferencePredictor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeClassifierModel;
import java.util.List;
import java.util.OptionalDouble;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link RandomForestClassifier}: a row's class probabilities are the average over the trees of the
 * class fractions in the leaf it falls to, as scikit-learn's {@code predict_proba} (soft voting);
 * O(trees * depth) per row. Immutable.
 */
public final class RandomForestClassifierModel extends TreeClassifierModel implements ReferencePredictor {

    private static final String STEP = "RandomForestClassifierModel";

    private final RandomForestClassifier estimator;
    private final List<Tree> trees;
    /** The paths of remembered reference rows ({@link #around}), or null. */
    private final ForestPaths paths;
    private final OptionalDouble oobScore;

    private RandomForestClassifierModel(RandomForestClassifier estimator, Schema schema, TargetClasses classes,
            List<Tree> trees, OptionalDouble oobScore, ForestPaths paths) {
        super(schema, classes, STEP);
        this.estimator = estimator;
        this.trees = trees;
        this.paths = paths;
        this.oobScore = oobScore;
    }

    /**
     * The model {@code estimator} fits when it grows {@code trees} on feature columns {@code schema} and a target
     * with {@code classes}, measuring {@code oobScore} if asked; the list is copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the feature columns seen at fit, every one numeric
     * @param classes   the target's name, type and classes, sorted
     * @param trees     the trees, in order, each node holding class fractions
     * @param oobScore  the out-of-bag accuracy, present exactly when the estimator asks for it
     * @throws IllegalArgumentException if an argument or a tree is null, a feature column is not numeric, there are
     *                                  fewer than 2 classes, the trees are not the estimator's nEstimators, a tree is
     *                                  not grown on the schema's columns with one value per class or is deeper than
     *                                  the estimator's maxDepth, a node's values are not class fractions summing to
     *                                  1, or the out-of-bag score is present though not asked for (or the reverse),
     *                                  or neither NaN nor in [0, 1]
     */
    public static RandomForestClassifierModel of(RandomForestClassifier estimator, Schema schema,
            TargetClasses classes, List<Tree> trees, OptionalDouble oobScore) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        checkClasses(classes, STEP);
        List<Tree> checked = checkedTrees(trees, estimator.nEstimators(), schema, classes.count(),
                estimator.maxDepth(), STEP + ": ");
        checkFractions(checked, STEP);
        Forest.checkOutOfBagScore(oobScore, estimator.oobScore(), 0, STEP);
        return new RandomForestClassifierModel(estimator, schema, classes, checked, oobScore, null);
    }

    /** The estimator this model was fitted with. */
    public RandomForestClassifier estimator() {
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

    /**
     * The accuracy on out-of-bag rows, each predicted by the trees that did not draw it, if the forest was fit
     * with {@code oobScore(true)}; unlike scikit-learn, rows that every tree drew are left out of the score
     * (NaN if there is none left) rather than counted as predicted to be the first class.
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
    public RandomForestClassifierModel around(Table reference) {
        ForestPaths remembered = ForestPaths.of(trees, TrainingData.predictFeatures(schema(), reference, STEP).values(),
                schema().names().size());
        return remembered == null ? this : new RandomForestClassifierModel(estimator, schema(), targetClasses(), trees, oobScore, remembered);
    }

    @Override
    protected double[] probabilities(double[] rows, int features) {
        return paths == null ? Forest.average(trees, rows, features, classes().size())
                : paths.average(rows, classes().size());
    }
}