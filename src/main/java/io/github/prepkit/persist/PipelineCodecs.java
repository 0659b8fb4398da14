package io.github.prepkit.persist;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Regressor;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.pipeline.ClassifierPipeline;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import io.github.prepkit.pipeline.ColumnSelector;
import io.github.prepkit.pipeline.ColumnTransformer;
import io.github.prepkit.pipeline.ColumnTransformerModel;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.pipeline.RegressorPipeline;
import io.github.prepkit.pipeline.RegressorPipelineModel;
import io.github.prepkit.pipeline.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The codecs of {@code io.github.prepkit.pipeline}. A pipeline's estimator keeps every step with its parameters,
 * samplers included, so the file says how to fit it again; the fitted pipeline keeps its fitted transformers and
 * final model, each a typed node of its own.
 */
final class PipelineCodecs {

    static final List<Codec<?>> ALL = List.of(
            Codec.parameters("ClassifierPipeline", ClassifierPipeline.class, PipelineCodecs::writeSteps,
                    p -> readSteps(p).classifier(p.string("modelName"), p.typed("model", Classifier.class))),
            Codec.parameters("RegressorPipeline", RegressorPipeline.class, PipelineCodecs::writeSteps,
                    p -> readSteps(p).regressor(p.string("modelName"), p.typed("model", Regressor.class))),
            Codec.model("ClassifierPipelineModel", ClassifierPipelineModel.class, ClassifierPipeline.class,
                    (model, s) -> s.typedList("transformers", model.transformers()).typed("model", model.finalModel()),
                    (pipeline, schema, s) -> ClassifierPipelineModel.of(pipeline, transformers(pipeline, s),
                            fittedBy(s.typed("model", ClassifierModel.class), pipeline.model(), s.path() + "/model"))),
            Codec.model("RegressorPipelineModel", RegressorPipelineModel.class, RegressorPipeline.class,
                    (model, s) -> s.typedList("transformers", model.transformers()).typed("model", model.finalModel()),
                    (pipeline, schema, s) -> RegressorPipelineModel.of(pipeline, transformers(pipeline, s),
                            fittedBy(s.typed("model", PredictorModel.class), pipeline.model(), s.path() + "/model"))),
            Codec.parameters("ColumnTransformer", ColumnTransformer.class,
                    (transformer, p) -> p.objects("groups", transformer.groups(), (group, g) -> selector(g
                            .string("name", group.name()).strings("columns", group.columns()), group.selector())
                            .typedList("transformers", group.transformers()))
                            .choice("remainder", transformer.remainder())
                            .bool("verboseFeatureNamesOut", transformer.verboseFeatureNamesOut()),
                    p -> new ColumnTransformer(p.objects("groups").stream().map(g -> new ColumnTransformer.Group(
                            g.string("name"), g.strings("columns"), selector(g), g.typedList("transformers",
                            Transformer.class).stream().<Transformer<?>>map(transformer -> transformer).toList()))
                            .toList(),
                            p.choice("remainder", ColumnTransformer.Remainder.values()),
                            // files written before the option existed lack it: they kept the names unprefixed
                            p.has("verboseFeatureNamesOut") && p.bool("verboseFeatureNamesOut"))),
            Codec.model("ColumnTransformerModel", ColumnTransformerModel.class, ColumnTransformer.class,
                    (model, s) -> s.objects("chains", model.groups(), (group, g) -> g.string("group", group.name())
                            .strings("columns", group.columns()).typedList("chain", group.chain())),
                    (transformer, schema, s) -> {
                        List<List<String>> columns = new ArrayList<>();
                        List<List<TransformerModel>> chains = chains(transformer, s, columns);
                        return ColumnTransformerModel.of(transformer, schema, columns, chains);
                    }));

    private PipelineCodecs() {
    }

    /** Writes a column transformer group's selector, if it has one, under {@code selector}. */
    private static NodeWriter selector(NodeWriter group, Optional<ColumnSelector> selector) {
        return selector.isEmpty() ? group : group.object("selector", s -> s.string("pattern", selector.get().pattern())
                .strings("include", selector.get().include().stream().map(Enum::name).toList())
                .strings("exclude", selector.get().exclude().stream().map(Enum::name).toList()));
    }

    /** The selector {@link #selector(NodeWriter, Optional)} wrote, or empty. */
    private static Optional<ColumnSelector> selector(NodeReader group) {
        if (!group.has("selector")) {
            return Optional.empty();
        }
        NodeReader selector = group.object("selector");
        return Optional.of(new ColumnSelector(selector.string("pattern"), dataTypes(selector, "include"),
                dataTypes(selector, "exclude")));
    }

    private static List<ColumnSelector.DataType> dataTypes(NodeReader selector, String key) {
        return selector.strings(key).stream().map(name -> Arrays.stream(ColumnSelector.DataType.values())
                .filter(type -> type.name().equals(name)).findFirst().orElseThrow(() -> new ModelFileException(
                        Archive.MODEL + " at " + selector.path() + "/" + key + ": no column type '" + name + "'")))
                .toList();
    }

    /**
     * The fitted chains of a column transformer's groups, each under its group's name, which must be the estimator's;
     * each group's columns are added to {@code columns}.
     */
    private static List<List<TransformerModel>> chains(ColumnTransformer transformer, NodeReader state,
            List<List<String>> columns) {
        List<NodeReader> chains = state.objects("chains");
        List<List<TransformerModel>> fitted = new ArrayList<>();
        for (int g = 0; g < chains.size(); g++) {
            // a file written before selectors existed holds the columns only in the estimator's groups, which named them
            columns.add(chains.get(g).has("columns") ? chains.get(g).strings("columns")
                    : g < transformer.groups().size() ? transformer.groups().get(g).columns() : List.of());
            String group = chains.get(g).string("group");
            if (g < transformer.groups().size() && !group.equals(transformer.groups().get(g).name())) {
                throw new ModelFileException(Archive.MODEL + " at " + chains.get(g).path() + "/group: chain " + g
                        + " is of group '" + group + "', but the column transformer's group " + g + " is '"
                        + transformer.groups().get(g).name() + "'");
            }
            List<TransformerModel> chain = chains.get(g).typedList("chain", TransformerModel.class);
            for (int t = 0; t < chain.size() && g < transformer.groups().size(); t++) {
                List<Transformer<?>> steps = transformer.groups().get(g).transformers();
                fittedBy(chain.get(t), t < steps.size() ? steps.get(t) : null, chains.get(g).path() + "/chain/" + t);
            }
            fitted.add(chain);
        }
        return fitted;
    }

    /** A pipeline's fitted transformers, each of which must have been fitted by its transformer step. */
    private static List<TransformerModel> transformers(Pipeline<?> pipeline, NodeReader state) {
        List<TransformerModel> fitted = state.typedList("transformers", TransformerModel.class);
        List<Object> steps = pipeline.stepsBeforeModel().stream().filter(step -> !(step instanceof Step.Resample))
                .map(PipelineCodecs::transformer).toList();
        for (int i = 0; i < fitted.size(); i++) {
            fittedBy(fitted.get(i), i < steps.size() ? steps.get(i) : null, state.path() + "/transformers/" + i);
        }
        return fitted;
    }

    /**
     * Returns {@code model}, or fails unless it was fitted by {@code estimator}, as in every file prepkit writes: a file
     * cannot pair a step with another step's model.
     */
    private static <M extends Model> M fittedBy(M model, Object estimator, String path) {
        if (!model.estimator().equals(estimator)) {
            throw new ModelFileException(Archive.MODEL + " at " + path + ": a " + model.getClass().getSimpleName()
                    + " fitted by " + model.estimator() + ", where the estimator holds " + estimator);
        }
        return model;
    }

    /** The steps before the model, each a transformer or a sampler under its name, then the model under its name. */
    private static void writeSteps(Pipeline<?> pipeline, NodeWriter params) {
        params.objects("steps", pipeline.stepsBeforeModel(), (step, s) -> {
            s.string("name", step.name());
            try {
                if (step instanceof Step.Resample resample) {
                    s.typed("sampler", resample.sampler());
                } else {
                    s.typed("transformer", transformer(step));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pipeline step '" + step.name() + "': " + e.getMessage(), e);
            }
        });
        params.string("modelName", pipeline.modelName());
        try {
            params.typed("model", pipeline.model());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pipeline step '" + pipeline.modelName() + "': " + e.getMessage(), e);
        }
    }

    private static Pipeline.Steps readSteps(NodeReader params) {
        Pipeline.Steps steps = Pipeline.steps();
        for (NodeReader step : params.objects("steps")) {
            String name = step.string("name");
            if (!step.has("transformer")) {
                steps = steps.resample(name, step.typed("sampler", Sampler.class));
            } else {
                Object transformer = step.typed("transformer", Object.class);
                if (transformer instanceof SupervisedTransformer<?> supervised) {
                    steps = steps.transform(name, supervised);
                } else if (transformer instanceof Transformer<?> unsupervised) {
                    steps = steps.transform(name, unsupervised);
                } else {
                    throw new ModelFileException(Archive.MODEL + " at " + step.path() + "/transformer: expected a"
                            + " Transformer or a SupervisedTransformer, found a " + transformer.getClass().getSimpleName());
                }
            }
        }
        return steps;
    }

    /** The transformer of a transformer step, which may learn from the target or not. */
    private static Object transformer(Step step) {
        return step instanceof Step.SupervisedTransform supervised ? supervised.transformer()
                : ((Step.Transform) step).transformer();
    }
}
