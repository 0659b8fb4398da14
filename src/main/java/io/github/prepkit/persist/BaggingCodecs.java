package io.github.prepkit.persist;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.ensemble.BaggingClassifierModel;
import io.github.prepkit.ensemble.BalancedBaggingClassifier;
import io.github.prepkit.ensemble.BalancedBaggingClassifierModel;
import io.github.prepkit.ensemble.DrawSize;
import io.github.prepkit.ensemble.EasyEnsembleClassifier;
import io.github.prepkit.ensemble.EasyEnsembleClassifierModel;
import java.util.List;

/**
 * The codecs of the bagging ensembles of {@code io.github.prepkit.ensemble}. The estimator keeps its base estimator
 * as a typed node; the fitted model keeps its classes, each member's fitted model as a typed node of its own (whatever
 * classifier the base is, through that classifier's codec, as a pipeline keeps its steps) and, for balanced bagging,
 * each member's features.
 */
final class BaggingCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("BalancedBaggingClassifier", BalancedBaggingClassifier.class,
                    (bagging, p) -> ResampleCodecs.strategy(p.typed("estimator", bagging.estimator())
                            .integer("nEstimators", bagging.nEstimators())
                            .object("maxSamples", s -> drawSize(s, bagging.maxSamples()))
                            .object("maxFeatures", s -> drawSize(s, bagging.maxFeatures()))
                            .bool("bootstrap", bagging.bootstrap())
                            .bool("bootstrapFeatures", bagging.bootstrapFeatures()),
                            bagging.samplingStrategy()).bool("replacement", bagging.replacement())
                            .integer("nJobs", bagging.nJobs()).integer("seed", bagging.seed()),
                    p -> new BalancedBaggingClassifier(p.typed("estimator", Classifier.class),
                            p.intValue("nEstimators"),
                            drawSize(p.object("maxSamples")), drawSize(p.object("maxFeatures")), p.bool("bootstrap"),
                            p.bool("bootstrapFeatures"), ResampleCodecs.strategy(p), p.bool("replacement"),
                            p.intValue("nJobs"), p.integer("seed"))),
            Codec.model("BalancedBaggingClassifierModel", BalancedBaggingClassifierModel.class,
                    BalancedBaggingClassifier.class,
                    (model, s) -> members(model, s).objects("estimatorsFeatures", model.estimatorsFeatures(),
                            (indexes, f) -> f.ints("features", indexes)),
                    (bagging, schema, s) -> BalancedBaggingClassifierModel.of(bagging, schema,
                            StateParts.readClasses(s), s.typedList("estimators", ClassifierModel.class),
                            s.objects("estimatorsFeatures").stream().map(f -> f.ints("features")).toList())),
            Codec.parameters("EasyEnsembleClassifier", EasyEnsembleClassifier.class,
                    (easy, p) -> ResampleCodecs.strategy(p.integer("nEstimators", easy.nEstimators())
                            .typed("estimator", easy.estimator()), easy.samplingStrategy())
                            .bool("replacement", easy.replacement()).integer("nJobs", easy.nJobs())
                            .integer("seed", easy.seed()),
                    p -> new EasyEnsembleClassifier(p.intValue("nEstimators"), p.typed("estimator", Classifier.class),
                            ResampleCodecs.strategy(p), p.bool("replacement"), p.intValue("nJobs"), p.integer("seed"))),
            Codec.model("EasyEnsembleClassifierModel", EasyEnsembleClassifierModel.class, EasyEnsembleClassifier.class,
                    BaggingCodecs::members,
                    (easy, schema, s) -> EasyEnsembleClassifierModel.of(easy, schema, StateParts.readClasses(s),
                            s.typedList("estimators", ClassifierModel.class))));

    private BaggingCodecs() {
    }

    /** Writes a draw size (also RFE's nFeaturesToSelect): whether it is a fraction, and its value. */
    static void drawSize(NodeWriter node, DrawSize size) {
        node.bool("fraction", size.fraction()).number("value", size.value());
    }

    /** Reads what {@link #drawSize(NodeWriter, DrawSize)} wrote. */
    static DrawSize drawSize(NodeReader node) {
        return new DrawSize(node.bool("fraction"), node.number("value"));
    }

    /** Writes a bagging model's classes and its members, each a typed node through its own codec. */
    private static NodeWriter members(BaggingClassifierModel model, NodeWriter state) {
        StateParts.writeClasses(state, model.targetClasses());
        return state.typedList("estimators", model.estimators());
    }
}
