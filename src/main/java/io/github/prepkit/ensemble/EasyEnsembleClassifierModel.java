package io.github.prepkit.ensemble;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.data.Checks;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fitted {@link EasyEnsembleClassifier}: its members, each fitted on every feature, and their average, as
 * {@link BaggingClassifierModel} says. Immutable.
 */
public final class EasyEnsembleClassifierModel extends BaggingClassifierModel {

    private static final String STEP = "EasyEnsembleClassifierModel";

    private final EasyEnsembleClassifier estimator;

    private EasyEnsembleClassifierModel(EasyEnsembleClassifier estimator, Schema schema, TargetClasses classes,
            List<ClassifierModel> estimators) {
        super(estimator.bagging(), schema, classes, estimators,
                Collections.nCopies(estimator.nEstimators(), IntStream.range(0, schema.size()).toArray()), STEP);
        this.estimator = estimator;
    }

    /**
     * The model {@code estimator} fits when its members learn {@code estimators} on feature columns {@code schema}
     * and a target with {@code classes}; the list is copied.
     *
     * @param estimator  the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema     the feature columns seen at fit, which every member saw
     * @param classes    the target's name, type and classes, sorted
     * @param estimators each member's fitted model, in order
     * @throws IllegalArgumentException if an argument or a member is null, there are fewer than 2 classes, not
     *                                  nEstimators members, or a member was not fitted by the base estimator (or a
     *                                  copy with another seed) on the schema's columns, a target of the same name and
     *                                  some of the classes
     */
    public static EasyEnsembleClassifierModel of(EasyEnsembleClassifier estimator, Schema schema,
            TargetClasses classes, List<ClassifierModel> estimators) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        return new EasyEnsembleClassifierModel(estimator, schema, classes, estimators);
    }

    @Override
    public EasyEnsembleClassifier estimator() {
        return estimator;
    }
}
