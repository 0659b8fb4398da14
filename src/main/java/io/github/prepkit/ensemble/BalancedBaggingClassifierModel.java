package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import java.util.List;

/**
 * A fitted {@link BalancedBaggingClassifier}: its members, each with the features it saw, and their average, as
 * {@link BaggingClassifierModel} says. Immutable.
 */
public final class BalancedBaggingClassifierModel extends BaggingClassifierModel {

    private static final String STEP = "BalancedBaggingClassifierModel";

    private final BalancedBaggingClassifier estimator;

    private BalancedBaggingClassifierModel(BalancedBaggingClassifier estimator, Schema schema, TargetClasses classes,
            List<ClassifierModel> estimators, List<int[]> estimatorsFeatures) {
        super(estimator, schema, classes, estimators, estimatorsFeatures, STEP);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when its members learn {@code estimators} on feature columns {@code schema}
     * and a target with {@code classes}; the lists and arrays are copied.
     *
     * @param estimator          the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema             the feature columns seen at fit
     * @param classes            the target's name, type and classes, sorted
     * @param estimators         each member's fitted model, in order
     * @param estimatorsFeatures each member's features, as indexes into the schema's columns, ascending
     * @throws IllegalArgumentException if an argument or an element is null, there are fewer than 2 classes, not
     *                                  nEstimators members and feature arrays, a member's features are not
     *                                  maxFeatures' size, out of range, not ascending or (without bootstrapFeatures)
     *                                  repeated, or a member was not fitted by the base estimator (or a copy with
     *                                  another seed) on its features' columns, a target of the same name and some of
     *                                  the classes
     */
    public static BalancedBaggingClassifierModel of(BalancedBaggingClassifier estimator, Schema schema,
            TargetClasses classes, List<ClassifierModel> estimators, List<int[]> estimatorsFeatures) {
        return new BalancedBaggingClassifierModel(estimator, schema, classes, estimators, estimatorsFeatures);
    }

    @Override
    public BalancedBaggingClassifier estimator() {
        return estimator;
    }

    /**
     * Each member's features as indexes into {@link #schema()}'s columns, ascending (imbalanced-learn's
     * {@code estimators_features_}); copies.
     */
    public List<int[]> estimatorsFeatures() {
        return features();
    }
}
