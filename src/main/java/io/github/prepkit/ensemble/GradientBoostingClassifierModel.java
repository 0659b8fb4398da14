package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeClassifierModel;
import java.util.List;

/**
 * A fitted {@link GradientBoostingClassifier}: a row's raw scores are the initial scores plus the learning rate
 * times its leaf values in every tree; its probabilities are their sigmoid (binary) or softmax, as scikit-learn's
 * {@code predict_proba}; O(stages * trees per stage * depth) per row. Immutable.
 */
public final class GradientBoostingClassifierModel extends TreeClassifierModel {

    private static final String STEP = "GradientBoostingClassifierModel";

    private final GradientBoostingClassifier estimator;
    private final double[] init;
    private final List<List<Tree>> stages;

    private GradientBoostingClassifierModel(GradientBoostingClassifier estimator, Schema schema,
            TargetClasses classes, double[] init, List<List<Tree>> stages) {
        super(schema, classes, STEP);
        this.estimator = estimator;
        this.init = init;
        this.stages = stages;
    }

    /**
     * The model {@code estimator} fits when it starts from {@code initialScores} and boosts the stages of
     * {@code trees} on feature columns {@code schema} and a target with {@code classes}; the array and the lists
     * are copied. A binary target has one score and one tree per stage, a target of K classes K of each.
     *
     * @param estimator     the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema        the feature columns seen at fit, every one numeric
     * @param classes       the target's name, type and classes, sorted
     * @param initialScores the starting raw scores: one for two classes, one per class for more
     * @param trees         the stages in order, each a list of one tree (two classes) or one per class
     * @throws IllegalArgumentException if an argument, a stage or a tree is null, a feature column is not numeric,
     *                                  there are fewer than 2 classes, the initial scores are not as many as a stage's
     *                                  trees or not finite, the stages are not the estimator's nEstimators, a stage
     *                                  has another number of trees, or a tree is not grown on the schema's columns
     *                                  with one value per node or is deeper than the estimator's maxDepth
     */
    public static GradientBoostingClassifierModel of(GradientBoostingClassifier estimator, Schema schema,
            TargetClasses classes, double[] initialScores, List<List<Tree>> trees) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        checkClasses(classes, STEP);
        int perStage = classes.count() == 2 ? 1 : classes.count();
        Checks.finite(initialScores, perStage, false, STEP + ": initialScores");
        List<List<Tree>> stages = checkedStages(trees, estimator.nEstimators(), perStage, schema,
                estimator.maxDepth(), STEP);
        return new GradientBoostingClassifierModel(estimator, schema, classes, initialScores.clone(), stages);
    }

    /** The estimator this model was fitted with. */
    public GradientBoostingClassifier estimator() {
        return estimator;
    }

    /**
     * The trees, one list per stage holding one tree for a binary target (scores of the second class) or one per
     * class; their leaf values are the Newton steps, before the learning rate.
     */
    public List<List<Tree>> trees() {
        return stages;
    }

    /** The raw scores before the first stage: the prior log-odds (binary) or log shares of the classes; a copy. */
    public double[] initialScores() {
        return init.clone();
    }

    /**
     * The trees' total impurity (squared error) decreases averaged over the trees with a split, scaled to sum to
     * 1, as scikit-learn's {@code feature_importances_}.
     */
    @Override
    public double[] featureImportances() {
        return Boosting.importances(stages, featureNames().size());
    }

    /** {@code 100 stages, 300 trees, 2,100 nodes, max depth 3, init [...]}. */
    @Override
    protected String describeTrees() {
        return describeStages(stages) + ", init " + Summary.numbers(init);
    }

    @Override
    protected double[] probabilities(double[] rows, int features) {
        return Boosting.probabilities(Boosting.raw(init, stages, estimator.learningRate(), rows, features),
                classes().size());
    }
}
