package io.github.prepkit.pipeline;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.Regressor;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Named preprocessing steps and a final model, fitted and applied as one predictor, as scikit-learn's (and
 * imbalanced-learn's) {@code Pipeline}:
 * <pre>{@code
 * ClassifierPipeline pipeline = Pipeline.steps()
 *         .transform("impute", new SimpleImputer())
 *         .transform("scale", new StandardScaler())
 *         .resample("oversample", new RandomOverSampler())
 *         .classifier("knn", new KNeighborsClassifier());
 * }</pre>
 * {@link #fit} fits each transformer on the output of the steps before it; a sampler resamples the rows and the
 * target together at fit only, so a model never sees a copied or synthetic row at prediction and a
 * cross-validation of the pipeline never scores on rows derived from its training fold. Because every step is
 * learned on the training rows alone, cross-validating a pipeline has no leakage from the test fold. A pipeline
 * ending in a classifier is a {@link ClassifierPipeline} (itself a {@link Classifier}), one ending in a regressor a
 * {@link RegressorPipeline}.
 *
 * @param <M> the fitted pipeline
 */
public abstract sealed class Pipeline<M extends PipelineModel> implements Predictor<M>
        permits ClassifierPipeline, RegressorPipeline {

    private static final String STEP = "Pipeline";

    private final List<Step> steps;
    private final String modelName;

    Pipeline(List<Step> steps, String modelName) {
        this.steps = List.copyOf(steps);
        this.modelName = modelName;
    }

    /** An empty list of steps, to which transformers and samplers are added before the final model. */
    public static Steps steps() {
        return new Steps(List.of());
    }

    /** The names of the steps, the model's last. */
    public List<String> names() {
        return Stream.concat(steps.stream().map(Step::name), Stream.of(modelName)).toList();
    }

    /** The steps before the final model, in order: transformers and samplers. */
    public List<Step> stepsBeforeModel() {
        return steps;
    }

    /** The final model's step name. */
    public String modelName() {
        return modelName;
    }

    /** The final model's description. */
    public abstract Predictor<?> model();

    /** The names of the transformer steps, in order: the steps a fitted pipeline keeps besides its model. */
    List<String> transformerNames() {
        return steps.stream().filter(step -> !(step instanceof Step.Resample)).map(Step::name).toList();
    }

    /**
     * Fits the steps before the final model on {@code features} and {@code target}; neither is modified.
     *
     * @throws IllegalArgumentException if the target's size differs from the rows, a sampler needs the target as a
     *                                  column but the features already have one of that name, or a step fails
     */
    final Prepared prepare(Table features, Column<?> target) {
        TrainingData.requireTargetApart(features, target, STEP);
        TrainingData.requireSameRows(features, target, STEP);
        Table current = features;
        Column<?> y = target;
        List<TransformerModel> fitted = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Step.Transform transform) {
                TransformerModel transformer = transform.transformer().fit(current);
                fitted.add(transformer);
                current = transformer.transform(current);
            } else if (step instanceof Step.SupervisedTransform supervised) {
                Fitted fit = fitted(supervised.transformer(), current, y);
                fitted.add(fit.model());
                current = fit.output();
            } else {
                Sampler sampler = ((Step.Resample) step).sampler();
                Table resampled = sampler.fitResample(withTarget(current, y, step.name()), y.name());
                y = resampled.column(y.name());
                current = Columns.without(resampled, y.name());
            }
        }
        return new Prepared(fitted, current, y);
    }

    /** {@code transformer} fitted on {@code features} and {@code target}, and what it gives the next step. */
    private static <M extends TransformerModel> Fitted fitted(SupervisedTransformer<M> transformer, Table features,
            Column<?> target) {
        M model = transformer.fit(features, target);
        return new Fitted(model, transformer.trainingOutput(model, features, target));
    }

    private record Fitted(TransformerModel model, Table output) {
    }

    /**
     * What the final model is fitted on: the fitted transformers, and the training rows and target after every step.
     */
    record Prepared(List<TransformerModel> transformers, Table features, Column<?> target) {
    }

    /** The features with the target as one more column, for a sampler: a new table sharing the columns. */
    private static Table withTarget(Table features, Column<?> target, String stepName) {
        if (features.containsColumn(target.name())) {
            throw new IllegalArgumentException(STEP + ": sampler step '" + stepName + "' needs the target as a column"
                    + " named '" + target.name() + "', but the features already have a column of that name");
        }
        List<Column<?>> columns = new ArrayList<>(features.columns());
        columns.add(target);
        return Table.create(features.name(), columns);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pipeline<?> pipeline && getClass() == pipeline.getClass() && steps.equals(pipeline.steps)
                && modelName.equals(pipeline.modelName) && model().equals(pipeline.model());
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, modelName, model());
    }

    @Override
    public String toString() {
        return "Pipeline[" + Stream.concat(steps.stream().map(Step::toString), Stream.of(modelName + "=" + model()))
                .collect(Collectors.joining(", ")) + "]";
    }

    /**
     * The steps of a pipeline before its model, immutable: each method returns a new list. Names must be unique and
     * not blank.
     */
    public static final class Steps {

        private final List<Step> steps;

        private Steps(List<Step> steps) {
            this.steps = steps;
        }

        /**
         * These steps and then {@code transformer}, fitted on the previous step's output and applied at fit and at
         * prediction.
         *
         * @param name        the step's name, unique in the pipeline
         * @param transformer the transformer, fitted afresh with the pipeline
         * @return new steps; these are not modified
         * @throws IllegalArgumentException if the name is blank or already used, or the transformer is null
         */
        public Steps transform(String name, Transformer<?> transformer) {
            return add(new Step.Transform(checkName(name), Checks.notNull(transformer, "transformer")));
        }

        /**
         * These steps and then {@code transformer}, which learns from the target as well: fitted on the previous
         * step's output and the target, it gives the next step {@link SupervisedTransformer#trainingOutput} at fit
         * and transforms the features at prediction.
         *
         * @param name        the step's name, unique in the pipeline
         * @param transformer the transformer, fitted afresh with the pipeline
         * @return new steps; these are not modified
         * @throws IllegalArgumentException if the name is blank or already used, or the transformer is null
         */
        public Steps transform(String name, SupervisedTransformer<?> transformer) {
            return add(new Step.SupervisedTransform(checkName(name), Checks.notNull(transformer, "transformer")));
        }

        /**
         * These steps and then {@code sampler}, which resamples the rows with their target at fit only; prediction
         * skips it.
         *
         * @param name    the step's name, unique in the pipeline
         * @param sampler the sampler
         * @return new steps; these are not modified
         * @throws IllegalArgumentException if the name is blank or already used, or the sampler is null
         */
        public Steps resample(String name, Sampler sampler) {
            return add(new Step.Resample(checkName(name), Checks.notNull(sampler, "sampler")));
        }

        /**
         * A pipeline of these steps ending in the classifier {@code model}: it fits to a
         * {@link ClassifierPipelineModel}, which also predicts probabilities.
         *
         * @param name  the final step's name, unique in the pipeline
         * @param model the classifier
         * @throws IllegalArgumentException if the name is blank or already used, or the model is null
         */
        public ClassifierPipeline classifier(String name, Classifier<?> model) {
            return new ClassifierPipeline(steps, checkName(name), Checks.notNull(model, "model"));
        }

        /**
         * A pipeline of these steps ending in the regressor {@code model}: it fits to a {@link RegressorPipelineModel}.
         *
         * @param name  the final step's name, unique in the pipeline
         * @param model the regressor
         * @throws IllegalArgumentException if the name is blank or already used, or the model is null
         */
        public RegressorPipeline regressor(String name, Regressor<?> model) {
            return new RegressorPipeline(steps, checkName(name), Checks.notNull(model, "model"));
        }

        private Steps add(Step step) {
            List<Step> more = new ArrayList<>(steps);
            more.add(step);
            return new Steps(List.copyOf(more));
        }

        private String checkName(String name) {
            Checks.notNull(name, "step name");
            if (name.isBlank()) {
                throw new IllegalArgumentException(STEP + ": a step name must not be blank");
            }
            if (steps.stream().anyMatch(step -> step.name().equals(name))) {
                throw new IllegalArgumentException(STEP + ": step name '" + name + "' is used twice");
            }
            return name;
        }
    }
}
