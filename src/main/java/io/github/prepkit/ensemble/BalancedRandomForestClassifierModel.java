package io.github.prepkit.ensemble;

import io.github.prepkit.base.ReferencePredictor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeClassifierModel;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link BalancedRandomForestClassifier}: a row's class probabilities are the average over the trees of the
 * class fractions in the leaf it falls to, as a random forest's (and imbalanced-learn's {@code predict_proba});
 * O(trees * depth) per row. Immutable.
 */
public final class BalancedRandomForestClassifierModel extends TreeClassifierModel implements ReferencePredictor {

    private static final String STEP = "BalancedRandomForestClassifierModel";

    private final BalancedRandomForestClassifier estimator;
    private final List<Tree> trees;
    /** The paths of remembered reference rows ({@link #around}), or null. */
    private final ForestPaths paths;

    private BalancedRandomForestClassifierModel(BalancedRandomForestClassifier estimator, Schema schema,
            TargetClasses classes, List<Tree> trees, ForestPaths paths) {
        super(schema, classes, STEP);
        this.estimator = estimator;
        this.trees = trees;
        this.paths = paths;
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
        return new BalancedRandomForestClassifierModel(estimator, schema, classes, checked, null);
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

    /**
     * A copy that remembers the paths of {@code reference}'s rows through the trees, so that it predicts rows that
     * differ from them in a few features by walking only the trees whose paths test those features (bit for bit the
     * same predictions); this model itself when trees x rows exceed 2^25. Permutation importance uses it.
     *
     * @throws IllegalArgumentException if the reference's columns differ from the fitted ones, naming the column
     */
    @Override
    public BalancedRandomForestClassifierModel around(Table reference) {
        ForestPaths remembered = ForestPaths.of(trees, TrainingData.predictFeatures(schema(), reference, STEP).values(),
                schema().names().size());
        return remembered == null ? this : new BalancedRandomForestClassifierModel(estimator, schema(), targetClasses(), trees, remembered);
    }

    @Override
    protected double[] probabilities(double[] rows, int features) {
        return paths == null ? Forest.average(trees, rows, features, classes().size())
                : paths.average(rows, classes().size());
    }
}
