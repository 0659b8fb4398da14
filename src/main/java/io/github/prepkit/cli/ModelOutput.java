package io.github.prepkit.cli;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;

/**
 * What {@code predict} writes for a table of input rows, as a table: a predictor's prediction column (named like the
 * target), a classifier's probability columns (one per class, named as its classes) with {@code --proba}, or a
 * transformer's transformed table.
 */
final class ModelOutput {

    private final UnaryOperator<Table> output;

    private ModelOutput(UnaryOperator<Table> output) {
        this.output = output;
    }

    /**
     * The output of {@code model}, its probabilities if {@code proba}.
     *
     * @param modelFile names the model file in messages
     * @throws IllegalArgumentException if {@code proba} is asked of a model that is not a classifier, or the model
     *                                  neither predicts nor transforms
     */
    static ModelOutput of(Model model, boolean proba, String modelFile) {
        String kind = model.getClass().getSimpleName();
        if (proba) {
            if (model instanceof ClassifierModel classifier) {
                return new ModelOutput(classifier::predictProba);
            }
            throw new IllegalArgumentException("--proba needs a classifier, but " + modelFile + " holds a " + kind
                    + ", which has no class probabilities");
        }
        if (model instanceof PredictorModel predictor) {
            return new ModelOutput(rows -> Table.create(rows.name(), predictor.predict(rows)));
        }
        if (model instanceof TransformerModel transformer) {
            return new ModelOutput(transformer::transform);
        }
        throw new IllegalArgumentException(modelFile + " holds a " + kind + ", which neither predicts nor transforms;"
                + " predict needs a predictor, a classifier or a transformer");
    }

    /**
     * The output for {@code rows}.
     *
     * @throws IllegalArgumentException (or {@link IllegalStateException}) as the model's method does
     */
    Table apply(Table rows) {
        return output.apply(rows);
    }
}
