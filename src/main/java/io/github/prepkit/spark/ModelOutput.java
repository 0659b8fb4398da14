package io.github.prepkit.spark;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import tech.tablesaw.api.Table;

/** What {@link PrepkitSpark} asks of a fitted model for each batch, and whether the input columns stay beside it. */
enum ModelOutput {
    /** The transformer's output columns alone. */
    TRANSFORM(false) {
        @Override
        Table of(Model model, Table batch) {
            return ((TransformerModel) model).transform(batch);
        }
    },
    /** The input columns and one column {@value PrepkitSpark#PREDICTION} of the target's type. */
    PREDICTION(true) {
        @Override
        Table of(Model model, Table batch) {
            return Table.create(((PredictorModel) model).predict(batch).setName(PrepkitSpark.PREDICTION));
        }
    },
    /** The input columns and one probability column per class, named as the class. */
    PROBABILITIES(true) {
        @Override
        Table of(Model model, Table batch) {
            return ((ClassifierModel) model).predictProba(batch);
        }
    };

    private final boolean keepsInput;

    ModelOutput(boolean keepsInput) {
        this.keepsInput = keepsInput;
    }

    /** Whether the output rows start with the input row's columns. */
    boolean keepsInput() {
        return keepsInput;
    }

    /** The output columns for {@code batch}, a table of the model's fitted columns. */
    abstract Table of(Model model, Table batch);
}
