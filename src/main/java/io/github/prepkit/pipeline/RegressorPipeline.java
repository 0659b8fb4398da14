package io.github.prepkit.pipeline;

import io.github.prepkit.base.Regressor;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A {@link Pipeline} ending in a regressor: itself a {@link Regressor}, so cross-validation cuts consecutive folds for
 * it, and it fits to a {@link RegressorPipelineModel}.
 */
public final class RegressorPipeline extends Pipeline<RegressorPipelineModel>
        implements Regressor<RegressorPipelineModel> {

    private final Regressor<?> model;

    RegressorPipeline(List<Step> steps, String modelName, Regressor<?> model) {
        super(steps, modelName);
        this.model = model;
    }

    @Override
    public Regressor<?> model() {
        return model;
    }

    /**
     * Fits the steps in order on {@code features} and {@code target}, then the regressor; neither argument is
     * modified.
     *
     * @throws IllegalArgumentException if the target's size differs from the rows, a sampler needs the target as a
     *                                  column but the features already have one of that name, or a step fails
     */
    @Override
    public RegressorPipelineModel fit(Table features, Column<?> target) {
        Prepared prepared = prepare(features, target);
        return RegressorPipelineModel.of(this, prepared.transformers(),
                model.fit(prepared.features(), prepared.target()));
    }
}
