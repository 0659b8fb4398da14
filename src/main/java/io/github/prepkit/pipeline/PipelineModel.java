package io.github.prepkit.pipeline;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link Pipeline}: its fitted transformers in order and its fitted model. Prediction applies the
 * transformers and then the model; samplers took part in fitting only.
 */
public class PipelineModel implements PredictorModel {

    private final List<String> transformerNames;
    private final List<TransformerModel> transformers;
    private final PredictorModel model;

    PipelineModel(List<String> transformerNames, List<TransformerModel> transformers, PredictorModel model) {
        this.transformerNames = List.copyOf(transformerNames);
        this.transformers = List.copyOf(transformers);
        this.model = model;
    }

    /** The names of the transformer steps, in order (the samplers' and the model's are left out). */
    public List<String> transformerNames() {
        return transformerNames;
    }

    /** The fitted final model. */
    public PredictorModel finalModel() {
        return model;
    }

    /**
     * {@code features} after every fitted transformer, as the final model sees them (scikit-learn's
     * {@code pipeline[:-1].transform}); the table is not modified.
     *
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
}
