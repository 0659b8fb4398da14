package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link RUSBoostClassifier}: its members (each fitted on an under-sample), their weights and errors, and
 * the decision function, probabilities and predictions of imbalanced-learn 0.10's {@code RUSBoostClassifier}, which
 * are scikit-learn's AdaBoost's (see {@link BoostedClassifierModel}). Immutable.
 */
public final class RUSBoostClassifierModel extends BoostedClassifierModel {

    private static final String STEP = "RUSBoostClassifierModel";

    private final RUSBoostClassifier estimator;

    private RUSBoostClassifierModel(RUSBoostClassifier estimator, Schema schema, TargetClasses classes,
            List<ClassifierModel> estimators, double[] estimatorWeights, double[] estimatorErrors) {
        super(STEP, estimator.estimator(), estimator.nEstimators(), estimator.algorithm(), schema, classes, estimators,
                estimatorWeights, estimatorErrors);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when boosting gives the members {@code estimators}; the arguments are
     * checked as {@link AdaBoostClassifierModel#of} checks them (against this estimator's member, nEstimators and
     * algorithm), and the list and arrays copied.
     *
     * @throws IllegalArgumentException as {@link AdaBoostClassifierModel#of}
     */
    public static RUSBoostClassifierModel of(RUSBoostClassifier estimator, Schema schema, TargetClasses classes,
            List<ClassifierModel> estimators, double[] estimatorWeights, double[] estimatorErrors) {
        Checks.notNull(estimator, STEP + ": estimator");
        return new RUSBoostClassifierModel(estimator, schema, classes, estimators, estimatorWeights, estimatorErrors);
    }

    /** The estimator this model was fitted with. */
    @Override
    public RUSBoostClassifier estimator() {
        return estimator;
    }
}
