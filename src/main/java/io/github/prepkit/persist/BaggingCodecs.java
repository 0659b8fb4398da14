package io.github.prepkit.persist;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.ensemble.BalancedBaggingClassifier;
import io.github.prepkit.ensemble.BalancedBaggingClassifierModel;
import io.github.prepkit.ensemble.DrawSize;
import java.util.List;

/**
 * The codecs of the bagging ensembles of {@code io.github.prepkit.ensemble}. The estimator keeps its base estimator
 * as a typed node; the fitted model keeps its classes, each member's fitted model as a typed node of its own (whatever
 * classifier the base is, through that classifier's codec, as a pipeline keeps its steps) and each member's features.
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
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        members(s, model.estimators(), model.estimatorsFeatures());
                    },
                    (bagging, schema, s) -> BalancedBaggingClassifierModel.of(bagging, schema,
                            StateParts.readClasses(s), s.typedList("estimators", ClassifierModel.class),
                            features(s))));

    private BaggingCodecs() {
    }

    private static void drawSize(NodeWriter node, DrawSize size) {
        node.bool("fraction", size.fraction()).number("value", size.value());
    }

    private static DrawSize drawSize(NodeReader node) {
        return new DrawSize(node.bool("fraction"), node.number("value"));
    }

    /** Writes a bagging model's members (typed nodes) and their features (one object per member). */
    private static void members(NodeWriter state, List<ClassifierModel> estimators, List<int[]> features) {
        state.typedList("estimators", estimators)
                .objects("estimatorsFeatures", features, (indexes, f) -> f.ints("features", indexes));
    }

    private static List<int[]> features(NodeReader state) {
        return state.objects("estimatorsFeatures").stream().map(f -> f.ints("features")).toList();
    }
}
