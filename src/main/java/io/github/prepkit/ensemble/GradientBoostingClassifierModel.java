package io.github.prepkit.ensemble;

import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.tree.Tree;
import io.github.prepkit.tree.TreeClassifierModel;
import java.util.List;

/**
 * A fitted {@link GradientBoostingClassifier}: a row's raw scores are the initial scores plus the learning rate
 * times its leaf values in every tree; its probabilities are their sigmoid (binary) or softmax, as scikit-learn's
 * {@code predict_proba}; O(stages * trees per stage * depth) per row. Immutable.
 */
public final class GradientBoostingClassifierModel extends TreeClassifierModel {

    private final double[] init;
    private final List<List<Tree>> stages;
    private final double learningRate;

    GradientBoostingClassifierModel(Schema schema, TargetClasses classes, double[] init, List<List<Tree>> stages,
            double learningRate) {
        super(schema, classes, "GradientBoostingClassifierModel");
        this.init = init;
        this.stages = List.copyOf(stages);
        this.learningRate = learningRate;
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

    @Override
    protected double[] probabilities(double[] rows, int features) {
        return Boosting.probabilities(Boosting.raw(init, stages, learningRate, rows, features), classes().size());
    }
}
