package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * A fitted {@link AdaBoostClassifier}: its members, their weights and errors, and the decision function,
 * probabilities and predictions of scikit-learn 1.2.1's {@code AdaBoostClassifier} (see
 * {@link BoostedClassifierModel}). Immutable.
 */
public final class AdaBoostClassifierModel extends BoostedClassifierModel {

    private static final String STEP = "AdaBoostClassifierModel";

    private final AdaBoostClassifier estimator;

    private AdaBoostClassifierModel(AdaBoostClassifier estimator, Schema schema, TargetClasses classes,
            List<ClassifierModel> estimators, double[] estimatorWeights, double[] estimatorErrors) {
        super(STEP, estimator.estimator(), estimator.nEstimators(), estimator.algorithm(), schema, classes, estimators,
                estimatorWeights, estimatorErrors);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when boosting gives the members {@code estimators} on feature columns
     * {@code schema} and a target with {@code classes}; the list and arrays are copied.
     *
     * @param estimator        the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema           the feature columns seen at fit, every one numeric
     * @param classes          the target's name, type and classes, sorted
     * @param estimators       the fitted members, one per round until boosting stopped: 1 to nEstimators of them
     * @param estimatorWeights each round's member weight, nEstimators of them (0 after the last member)
     * @param estimatorErrors  each round's weighted error, nEstimators of them (1 after the last member)
     * @throws IllegalArgumentException if an argument or a member is null, a feature column is not numeric, there are
     *                                  fewer than 2 classes, a member is not of the estimator's member class, fitted
     *                                  on the schema's columns and the classes, there are no members or more than
     *                                  nEstimators, or the weights and errors are not nEstimators finite numbers,
     *                                  positive (1 with SAMME_R) and in [0, 1] for each member, 0 and 1 after them
     */
    public static AdaBoostClassifierModel of(AdaBoostClassifier estimator, Schema schema, TargetClasses classes,
            List<ClassifierModel> estimators, double[] estimatorWeights, double[] estimatorErrors) {
        Checks.notNull(estimator, STEP + ": estimator");
        return new AdaBoostClassifierModel(estimator, schema, classes, estimators, estimatorWeights, estimatorErrors);
    }

    /** The estimator this model was fitted with. */
    @Override
    public AdaBoostClassifier estimator() {
        return estimator;
    }
}
