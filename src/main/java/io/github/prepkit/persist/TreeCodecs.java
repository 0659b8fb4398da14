package io.github.prepkit.persist;

import io.github.prepkit.ensemble.BalancedRandomForestClassifier;
import io.github.prepkit.ensemble.BalancedRandomForestClassifierModel;
import io.github.prepkit.ensemble.GradientBoostingClassifier;
import io.github.prepkit.ensemble.GradientBoostingClassifierModel;
import io.github.prepkit.ensemble.GradientBoostingRegressor;
import io.github.prepkit.ensemble.GradientBoostingRegressorModel;
import io.github.prepkit.ensemble.RandomForestClassifier;
import io.github.prepkit.ensemble.RandomForestClassifierModel;
import io.github.prepkit.ensemble.RandomForestRegressor;
import io.github.prepkit.ensemble.RandomForestRegressorModel;
import io.github.prepkit.tree.Criterion;
import io.github.prepkit.tree.DecisionTreeClassifier;
import io.github.prepkit.tree.DecisionTreeClassifierModel;
import io.github.prepkit.tree.DecisionTreeRegressor;
import io.github.prepkit.tree.DecisionTreeRegressorModel;
import io.github.prepkit.tree.MaxFeatures;
import java.util.List;

/** The codecs of {@code io.github.prepkit.tree} and {@code io.github.prepkit.ensemble}. */
final class TreeCodecs {

    static final List<Codec<?>> ALL = List.of(
            // node version 2 added classWeight; version 1 had none
            Codec.parameters("DecisionTreeClassifier", 2, DecisionTreeClassifier.class,
                    (tree, p) -> StateParts.writeClassWeight(p.choice("criterion", tree.criterion())
                            .optional("maxDepth", tree.maxDepth()).integer("minSamplesSplit", tree.minSamplesSplit())
                            .integer("minSamplesLeaf", tree.minSamplesLeaf())
                            .object("maxFeatures", m -> maxFeatures(m, tree.maxFeatures())).integer("seed", tree.seed()),
                            tree.classWeight()),
                    p -> new DecisionTreeClassifier(p.choice("criterion", Criterion.values()), p.optionalInt("maxDepth"),
                            p.intValue("minSamplesSplit"), p.intValue("minSamplesLeaf"), maxFeatures(p),
                            p.integer("seed"), StateParts.readClassWeight(p, 2))),
            Codec.model("DecisionTreeClassifierModel", DecisionTreeClassifierModel.class, DecisionTreeClassifier.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        StateParts.writeTrees(s, "tree", List.of(model.tree()));
                    },
                    (tree, schema, s) -> DecisionTreeClassifierModel.of(tree, schema, StateParts.readClasses(s),
                            single(StateParts.readTrees(s, "tree"), s))),
            Codec.parameters("DecisionTreeRegressor", DecisionTreeRegressor.class,
                    (tree, p) -> p.optional("maxDepth", tree.maxDepth()).integer("minSamplesSplit", tree.minSamplesSplit())
                            .integer("minSamplesLeaf", tree.minSamplesLeaf())
                            .object("maxFeatures", m -> maxFeatures(m, tree.maxFeatures())).integer("seed", tree.seed()),
                    p -> new DecisionTreeRegressor(p.optionalInt("maxDepth"), p.intValue("minSamplesSplit"),
                            p.intValue("minSamplesLeaf"), maxFeatures(p), p.integer("seed"))),
            Codec.model("DecisionTreeRegressorModel", DecisionTreeRegressorModel.class, DecisionTreeRegressor.class,
                    (model, s) -> StateParts.writeTrees(s.string("target", model.target()), "tree", List.of(model.tree())),
                    (tree, schema, s) -> DecisionTreeRegressorModel.of(tree, schema, s.string("target"),
                            single(StateParts.readTrees(s, "tree"), s))),
            // node version 2 added classWeight; version 1 had none
            Codec.parameters("RandomForestClassifier", 2, RandomForestClassifier.class,
                    (forest, p) -> StateParts.writeClassWeight(p.integer("nEstimators", forest.nEstimators())
                            .choice("criterion", forest.criterion()).optional("maxDepth", forest.maxDepth())
                            .integer("minSamplesSplit", forest.minSamplesSplit())
                            .integer("minSamplesLeaf", forest.minSamplesLeaf())
                            .object("maxFeatures", m -> maxFeatures(m, forest.maxFeatures()))
                            .bool("bootstrap", forest.bootstrap()).bool("oobScore", forest.oobScore())
                            .integer("nJobs", forest.nJobs()).integer("seed", forest.seed()), forest.classWeight()),
                    p -> new RandomForestClassifier(p.intValue("nEstimators"), p.choice("criterion", Criterion.values()),
                            p.optionalInt("maxDepth"), p.intValue("minSamplesSplit"), p.intValue("minSamplesLeaf"),
                            maxFeatures(p), p.bool("bootstrap"), p.bool("oobScore"), p.intValue("nJobs"),
                            p.integer("seed"), StateParts.readClassWeight(p, 2))),
            Codec.model("RandomForestClassifierModel", RandomForestClassifierModel.class, RandomForestClassifier.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        StateParts.writeTrees(s.optional("oobScore", model.oobScore()), "trees", model.trees());
                    },
                    (forest, schema, s) -> RandomForestClassifierModel.of(forest, schema, StateParts.readClasses(s),
                            StateParts.readTrees(s, "trees"), s.optionalNumber("oobScore"))),
            Codec.parameters("BalancedRandomForestClassifier", BalancedRandomForestClassifier.class,
                    (forest, p) -> ResampleCodecs.strategy(p.integer("nEstimators", forest.nEstimators())
                            .choice("criterion", forest.criterion()).optional("maxDepth", forest.maxDepth())
                            .integer("minSamplesSplit", forest.minSamplesSplit())
                            .integer("minSamplesLeaf", forest.minSamplesLeaf())
                            .object("maxFeatures", m -> maxFeatures(m, forest.maxFeatures()))
                            .bool("bootstrap", forest.bootstrap()), forest.samplingStrategy())
                            .bool("replacement", forest.replacement()).integer("nJobs", forest.nJobs())
                            .integer("seed", forest.seed()),
                    p -> new BalancedRandomForestClassifier(p.intValue("nEstimators"),
                            p.choice("criterion", Criterion.values()), p.optionalInt("maxDepth"),
                            p.intValue("minSamplesSplit"), p.intValue("minSamplesLeaf"), maxFeatures(p),
                            p.bool("bootstrap"), ResampleCodecs.strategy(p), p.bool("replacement"),
                            p.intValue("nJobs"), p.integer("seed"))),
            Codec.model("BalancedRandomForestClassifierModel", BalancedRandomForestClassifierModel.class,
                    BalancedRandomForestClassifier.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        StateParts.writeTrees(s, "trees", model.trees());
                    },
                    (forest, schema, s) -> BalancedRandomForestClassifierModel.of(forest, schema,
                            StateParts.readClasses(s), StateParts.readTrees(s, "trees"))),
            Codec.parameters("RandomForestRegressor", RandomForestRegressor.class,
                    (forest, p) -> p.integer("nEstimators", forest.nEstimators()).optional("maxDepth", forest.maxDepth())
                            .integer("minSamplesSplit", forest.minSamplesSplit())
                            .integer("minSamplesLeaf", forest.minSamplesLeaf())
                            .object("maxFeatures", m -> maxFeatures(m, forest.maxFeatures()))
                            .bool("bootstrap", forest.bootstrap()).bool("oobScore", forest.oobScore())
                            .integer("nJobs", forest.nJobs()).integer("seed", forest.seed()),
                    p -> new RandomForestRegressor(p.intValue("nEstimators"), p.optionalInt("maxDepth"),
                            p.intValue("minSamplesSplit"), p.intValue("minSamplesLeaf"), maxFeatures(p),
                            p.bool("bootstrap"), p.bool("oobScore"), p.intValue("nJobs"), p.integer("seed"))),
            Codec.model("RandomForestRegressorModel", RandomForestRegressorModel.class, RandomForestRegressor.class,
                    (model, s) -> StateParts.writeTrees(s.string("target", model.target())
                            .optional("oobScore", model.oobScore()), "trees", model.trees()),
                    (forest, schema, s) -> RandomForestRegressorModel.of(forest, schema, s.string("target"),
                            StateParts.readTrees(s, "trees"), s.optionalNumber("oobScore"))),
            // node version 2 added classWeight; version 1 had none
            Codec.parameters("GradientBoostingClassifier", 2, GradientBoostingClassifier.class,
                    (boosting, p) -> StateParts.writeClassWeight(p.integer("nEstimators", boosting.nEstimators())
                            .number("learningRate", boosting.learningRate()).optional("maxDepth", boosting.maxDepth())
                            .number("subsample", boosting.subsample()).integer("seed", boosting.seed()),
                            boosting.classWeight()),
                    p -> new GradientBoostingClassifier(p.intValue("nEstimators"), p.number("learningRate"),
                            p.optionalInt("maxDepth"), p.number("subsample"), p.integer("seed"),
                            StateParts.readClassWeight(p, 2))),
            Codec.model("GradientBoostingClassifierModel", GradientBoostingClassifierModel.class,
                    GradientBoostingClassifier.class,
                    (model, s) -> {
                        StateParts.writeClasses(s, model.targetClasses());
                        StateParts.writeStages(s.doubles("initialScores", model.initialScores()), "trees", model.trees());
                    },
                    (boosting, schema, s) -> GradientBoostingClassifierModel.of(boosting, schema,
                            StateParts.readClasses(s), s.doubles("initialScores"), StateParts.readStages(s, "trees"))),
            Codec.parameters("GradientBoostingRegressor", GradientBoostingRegressor.class,
                    (boosting, p) -> p.integer("nEstimators", boosting.nEstimators())
                            .number("learningRate", boosting.learningRate()).optional("maxDepth", boosting.maxDepth())
                            .number("subsample", boosting.subsample()).integer("seed", boosting.seed()),
                    p -> new GradientBoostingRegressor(p.intValue("nEstimators"), p.number("learningRate"),
                            p.optionalInt("maxDepth"), p.number("subsample"), p.integer("seed"))),
            Codec.model("GradientBoostingRegressorModel", GradientBoostingRegressorModel.class,
                    GradientBoostingRegressor.class,
                    (model, s) -> StateParts.writeStages(s.string("target", model.target())
                            .number("initialPrediction", model.initialPrediction()), "trees", model.trees()),
                    (boosting, schema, s) -> GradientBoostingRegressorModel.of(boosting, schema, s.string("target"),
                            s.number("initialPrediction"), StateParts.readStages(s, "trees"))));

    private TreeCodecs() {
    }

    private static NodeWriter maxFeatures(NodeWriter node, MaxFeatures maxFeatures) {
        return node.choice("rule", maxFeatures.rule()).number("amount", maxFeatures.amount());
    }

    private static MaxFeatures maxFeatures(NodeReader params) {
        NodeReader node = params.object("maxFeatures");
        return new MaxFeatures(node.choice("rule", MaxFeatures.Rule.values()), node.number("amount"));
    }

    private static <T> T single(List<T> trees, NodeReader state) {
        if (trees.size() != 1) {
            throw new ModelFileException(Archive.MODEL + " at " + state.path() + "/tree: expected one tree, found "
                    + trees.size());
        }
        return trees.get(0);
    }
}
