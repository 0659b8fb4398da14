package io.github.prepkit.pipeline;

import io.github.prepkit.base.Model;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link Pipeline}: its fitted transformers in order and its fitted model. Prediction applies the
 * transformers and then the model; samplers took part in fitting only, so the fitted pipeline holds none (its
 * {@link #estimator()} still lists them, so it can be fitted again).
 */
public abstract sealed class PipelineModel implements PredictorModel permits ClassifierPipelineModel, RegressorPipelineModel {

    private final List<TransformerModel> transformers;
    private final PredictorModel model;

    PipelineModel(List<TransformerModel> transformers, PredictorModel model) {
        this.transformers = transformers;
        this.model = model;
    }

    /** Checks what every fitted pipeline must hold: one fitted transformer per transformer step, and a final model. */
    static List<TransformerModel> checked(Pipeline<?> estimator, List<TransformerModel> transformers, PredictorModel model) {
        Checks.notNull(estimator, "pipeline");
        Checks.notNull(transformers, "fitted transformers");
        Checks.notNull(model, "fitted model of step '" + estimator.modelName() + "'");
        List<String> names = estimator.transformerNames();
        if (transformers.size() != names.size()) {
            throw new IllegalArgumentException("PipelineModel: the pipeline has " + names.size() + " transformer steps "
                    + names + " but " + transformers.size() + " fitted transformers were given");
        }
        for (int i = 0; i < transformers.size(); i++) {
            Checks.notNull(transformers.get(i), "fitted transformer of step '" + names.get(i) + "'");
        }
        return List.copyOf(transformers);
    }

    /** The pipeline this model was fitted from, samplers included. */
    public abstract Pipeline<?> estimator();

    /** The columns the pipeline was fitted on: those of its first transformer, or of its model if it has none. */
    @Override
    public Schema schema() {
        return transformers.isEmpty() ? model.schema() : transformers.get(0).schema();
    }

    /** The names of the transformer steps, in order (the samplers' and the model's are left out). */
    public List<String> transformerNames() {
        return estimator().transformerNames();
    }

    /** The fitted transformers, in the order of {@link #transformerNames()}. */
    public List<TransformerModel> transformers() {
        return transformers;
    }

    /**
     * The fitted steps by name, in order: the transformers, then the final model, as scikit-learn's
     * {@code named_steps} after fit (samplers act at fit only, so they have no fitted step). Unmodifiable.
     */
    public Map<String, Model> steps() {
        Map<String, Model> steps = new LinkedHashMap<>();
        List<String> names = transformerNames();
        for (int i = 0; i < names.size(); i++) {
            steps.put(names.get(i), transformers.get(i));
        }
        steps.put(estimator().modelName(), model);
        return Collections.unmodifiableMap(steps);
    }

    /**
     * The fitted step named {@code name}.
     *
     * @param name the step's name, as given to the pipeline
     * @throws IllegalArgumentException if there is no fitted step of that name (a sampler's has none), naming the steps
     */
    public Model step(String name) {
        Model step = steps().get(name);
        if (step == null) {
            throw new IllegalArgumentException("PipelineModel: no fitted step '" + name + "'; the fitted steps are "
                    + steps().keySet() + (estimator().names().contains(name) ? " ('" + name + "' is a sampler, which"
                    + " acts at fit only)" : ""));
        }
        return step;
    }

    /**
     * The fitted step named {@code name}, as a {@code type}: {@code model.step("impute", SimpleImputerModel.class)}.
     *
     * @param name the step's name, as given to the pipeline
     * @param type the class the fitted step must have or extend
     * @param <T>  the fitted step's type
     * @throws IllegalArgumentException if there is no such step, or it is not a {@code type}
     */
    public <T extends Model> T step(String name, Class<T> type) {
        Model step = step(name);
        if (!type.isInstance(step)) {
            throw new IllegalArgumentException("PipelineModel: step '" + name + "' is a "
                    + step.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(step);
    }

    /** The fitted final model. */
    public PredictorModel finalModel() {
        return model;
    }

    /**
     * {@code features} after every fitted transformer, as the final model sees them (scikit-learn's
     * {@code pipeline[:-1].transform}); the table is not modified.
     *
     * @param features a table with exactly the feature columns seen at fit
     * @return the transformed table, a new one
     * @throws IllegalArgumentException if the columns differ from the ones seen at fit, naming the column
     */
    public Table transform(Table features) {
        Table current = Checks.notNull(features, "features");
        for (TransformerModel transformer : transformers) {
            current = transformer.transform(current);
        }
        return current;
    }

    /**
     * The final model's predictions for {@code features} after the transformers: a column of the target's type,
     * named like the target.
     *
     * @throws IllegalArgumentException if the columns differ from the ones seen at fit, naming the column
     */
    @Override
    public Column<?> predict(Table features) {
        return model.predict(transform(features));
    }

    /** The class name and each fitted step on a line of its own, indented. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + " on " + Summary.names(schema().names()) + steps().entrySet().stream()
                .map(step -> "\n  " + step.getKey() + ": " + step.getValue().toString().replace("\n", "\n    "))
                .collect(Collectors.joining());
    }
}
