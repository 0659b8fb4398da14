package io.github.prepkit.pipeline;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import java.util.List;
import tech.tablesaw.api.Table;

/** A fitted {@link Pipeline} whose final model is a classifier: it also gives the probability of every class. */
public final class ClassifierPipelineModel extends PipelineModel implements ClassifierModel {

    private final ClassifierModel classifier;

    ClassifierPipelineModel(List<String> transformerNames, List<TransformerModel> transformers, PredictorModel model) {
        super(transformerNames, transformers, model);
        this.classifier = (ClassifierModel) model;
    }

    /** The classes of the final model, sorted as scikit-learn's {@code classes_}. */
    @Override
    public List<String> classes() {
        return classifier.classes();
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
