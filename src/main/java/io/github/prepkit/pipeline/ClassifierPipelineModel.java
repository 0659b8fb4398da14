package io.github.prepkit.pipeline;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.TargetClasses;
import java.util.List;
import tech.tablesaw.api.Table;

/** A fitted {@link ClassifierPipeline}: it also gives the probability of every class. */
public final class ClassifierPipelineModel extends PipelineModel implements ClassifierModel {

    private final ClassifierPipeline estimator;
    private final ClassifierModel classifier;

    private ClassifierPipelineModel(ClassifierPipeline estimator, List<TransformerModel> transformers,
            ClassifierModel classifier) {
        super(transformers, classifier);
        this.estimator = estimator;
        this.classifier = classifier;
    }

    /**
     * The fitted pipeline of {@code estimator} made of {@code transformers} (one per transformer step, in order) and
     * the fitted {@code classifier}.
     *
     * @param estimator    the pipeline that was fitted
     * @param transformers the fitted transformer steps, in order (samplers have none)
     * @param classifier   the fitted final model
     * @throws IllegalArgumentException if a part is null or the number of transformers differs from the steps
     */
    public static ClassifierPipelineModel of(ClassifierPipeline estimator, List<TransformerModel> transformers,
            ClassifierModel classifier) {
        return new ClassifierPipelineModel(estimator, checked(estimator, transformers, classifier), classifier);
    }

    @Override
    public ClassifierPipeline estimator() {
        return estimator;
    }

    @Override
    public ClassifierModel finalModel() {
        return classifier;
    }

    /** The classes of the final model, sorted as scikit-learn's {@code classes_}. */
    @Override
    public TargetClasses targetClasses() {
        return classifier.targetClasses();
    }

    /**
     * The final model's class probabilities for {@code features} after the transformers: one column per class,
     * named as {@link #classes()}.
     *
     * @throws IllegalArgumentException if the columns differ from the ones seen at fit, naming the column
     */
    @Override
    public Table predictProba(Table features) {
        return classifier.predictProba(transform(features));
    }
}
