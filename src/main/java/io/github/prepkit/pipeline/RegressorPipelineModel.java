package io.github.prepkit.pipeline;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import java.util.List;

/** A fitted {@link RegressorPipeline}. */
public final class RegressorPipelineModel extends PipelineModel {

    private final RegressorPipeline estimator;

    private RegressorPipelineModel(RegressorPipeline estimator, List<TransformerModel> transformers,
            PredictorModel regressor) {
        super(transformers, regressor);
        this.estimator = estimator;
    }

    /**
     * The fitted pipeline of {@code estimator} made of {@code transformers} (one per transformer step, in order) and
     * the fitted {@code regressor}.
     *
     * @param estimator    the pipeline that was fitted
     * @param transformers the fitted transformer steps, in order (samplers have none)
     * @param regressor    the fitted final model
     * @throws IllegalArgumentException if a part is null or the number of transformers differs from the steps
     */
    public static RegressorPipelineModel of(RegressorPipeline estimator, List<TransformerModel> transformers,
            PredictorModel regressor) {
        return new RegressorPipelineModel(estimator, checked(estimator, transformers, regressor), regressor);
    }

    @Override
    public RegressorPipeline estimator() {
        return estimator;
    }
}
