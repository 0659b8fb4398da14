package io.github.prepkit.pipeline;

import io.github.prepkit.base.Classifier;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A {@link Pipeline} ending in a classifier: itself a {@link Classifier}, so searches and {@code cv(int)} treat it as
 * one (stratified folds), and it fits to a {@link ClassifierPipelineModel}, which gives class probabilities.
 */
public final class ClassifierPipeline extends Pipeline<ClassifierPipelineModel>
        implements Classifier<ClassifierPipelineModel> {

    private final Classifier<?> model;

    ClassifierPipeline(List<Step> steps, String modelName, Classifier<?> model) {
        super(steps, modelName);
        this.model = model;
    }

    @Override
    public Classifier<?> model() {
        return model;
    }

    /**
     * Fits the steps in order on {@code features} and {@code target}, then the classifier; neither argument is
     * modified.
     *
     * @throws IllegalArgumentException if the target's size differs from the rows, a sampler needs the target as a
     *                                  column but the features already have one of that name, or a step fails
     */
    @Override
    public ClassifierPipelineModel fit(Table features, Column<?> target) {
        Prepared prepared = prepare(features, target);
        return ClassifierPipelineModel.of(this, prepared.transformers(),
                model.fit(prepared.features(), prepared.target()));
    }
}
