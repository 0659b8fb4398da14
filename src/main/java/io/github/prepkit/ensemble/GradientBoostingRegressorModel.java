package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeRegressorModel;
import java.util.List;

/**
 * A fitted {@link GradientBoostingRegressor}: a row's prediction is the training mean plus the learning rate
 * times the sum of its leaf means in every tree; O(stages * depth) per row. Immutable.
 */
public final class GradientBoostingRegressorModel extends TreeRegressorModel {

    private final double init;
    private final List<List<Tree>> stages;
    private final double learningRate;

    GradientBoostingRegressorModel(Schema schema, String targetName, double init, List<List<Tree>> stages,
            double learningRate) {
        super(schema, targetName, "GradientBoostingRegressorModel");
        this.init = init;
        this.stages = List.copyOf(stages);
        this.learningRate = learningRate;
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

    @Override
    protected double[] predictions(double[] rows, int features) {
        return Boosting.raw(new double[] {init}, stages, learningRate, rows, features);
    }
}
