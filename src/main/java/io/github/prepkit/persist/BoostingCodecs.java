package io.github.prepkit.persist;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.WeightedClassifier;
import io.github.prepkit.ensemble.AdaBoostClassifier;
import io.github.prepkit.ensemble.AdaBoostClassifierModel;
import java.util.List;

/**
 * The codecs of the weight-boosting ensembles of {@code io.github.prepkit.ensemble}: the member estimator and the
 * fitted members are typed nodes of their own codecs, so any savable member is saved.
 */
final class BoostingCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("AdaBoostClassifier", AdaBoostClassifier.class,
                    (boosting, p) -> p.typed("estimator", boosting.estimator())
                            .integer("nEstimators", boosting.nEstimators())
                            .number("learningRate", boosting.learningRate())
                            .choice("algorithm", boosting.algorithm()).integer("seed", boosting.seed()),
                    p -> new AdaBoostClassifier(p.typed("estimator", WeightedClassifier.class),
                            p.intValue("nEstimators"), p.number("learningRate"),
                            p.choice("algorithm", AdaBoostClassifier.Algorithm.values()), p.integer("seed"))),
            Codec.model("AdaBoostClassifierModel", AdaBoostClassifierModel.class, AdaBoostClassifier.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        s.typedList("estimators", model.estimators())
                                .doubles("estimatorWeights", model.estimatorWeights())
                                .doubles("estimatorErrors", model.estimatorErrors());
                    },
                    (boosting, schema, s) -> AdaBoostClassifierModel.of(boosting, schema, StateParts.readClasses(s),
                            s.typedList("estimators", ClassifierModel.class), s.doubles("estimatorWeights"),
                            s.doubles("estimatorErrors"))));

    private BoostingCodecs() {
    }
}
