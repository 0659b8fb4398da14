package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeRegressorModel;
import java.util.List;

/**
 * A fitted {@link GradientBoostingRegressor}: a row's prediction is the training mean plus the learning rate
 * times the sum of its leaf means in every tree; O(stages * depth) per row. Immutable.
 */
public final class GradientBoostingRegressorModel extends TreeRegressorModel {

    private static final String STEP = "GradientBoostingRegressorModel";

    private final GradientBoostingRegressor estimator;
    private final double init;
    private final List<List<Tree>> stages;

    private GradientBoostingRegressorModel(GradientBoostingRegressor estimator, Schema schema, String target,
            double init, List<List<Tree>> stages) {
        super(schema, target, STEP);
        this.estimator = estimator;
        this.init = init;
        this.stages = stages;
    }

    /**
     * The model {@code estimator} fits when it starts from {@code initialPrediction} and boosts the stages of
     * {@code trees}, one tree each, on feature columns {@code schema} and the target column named {@code target};
     * the lists are copied.
     *
     * @param estimator         the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema            the feature columns seen at fit, every one numeric
     * @param target            the target column's name, which predictions take
     * @param initialPrediction the starting prediction, the training target's mean
     * @param trees             the stages in order, each a list of one regression tree
     * @throws IllegalArgumentException if an argument, a stage or a tree is null, a feature column is not numeric,
     *                                  the initial prediction is not finite, the stages are not the estimator's
     *                                  nEstimators, a stage has another number of trees than 1, or a tree is not
     *                                  grown on the schema's columns with one value per node or is deeper than the
     *                                  estimator's maxDepth
     */
    public static GradientBoostingRegressorModel of(GradientBoostingRegressor estimator, Schema schema, String target,
            double initialPrediction, List<List<Tree>> trees) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.numericFeatures(schema, STEP);
        Checks.notNull(target, STEP + ": target");
        if (!Double.isFinite(initialPrediction)) {
            throw new IllegalArgumentException(STEP + ": initialPrediction must be finite, found " + initialPrediction);
        }
        List<List<Tree>> stages = checkedStages(trees, estimator.nEstimators(), 1, schema, estimator.maxDepth(), STEP);
        return new GradientBoostingRegressorModel(estimator, schema, target, initialPrediction, stages);
    }

    /** The estimator this model was fitted with. */
    public GradientBoostingRegressor estimator() {
        return estimator;
    }

    /** The trees, one list of one tree per stage; their leaf values are mean residuals, before the learning rate. */
    public List<List<Tree>> trees() {
        return stages;
    }

    /** The prediction before the first stage: the training target's mean. */
    public double initialPrediction() {
        return init;
    }

    /**
     * The trees' total squared-error decreases averaged over the trees with a split, scaled to sum to 1, as
     * scikit-learn's {@code feature_importances_}.
     */
    @Override
    public double[] featureImportances() {
        return Boosting.importances(stages, featureNames().size());
    }

    /** {@code 100 stages, 100 trees, 700 nodes, max depth 3, init 152.1}. */
    @Override
    protected String describeTrees() {
        return describeStages(stages) + ", init " + Summary.number(init);
    }

    @Override
    protected double[] predictions(double[] rows, int features) {
        return Boosting.raw(new double[] {init}, stages, estimator.learningRate(), rows, features);
    }
}
