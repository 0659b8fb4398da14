package io.github.prepkit.base;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A preprocessing step that learns from the target as well as the features, as scikit-learn's {@code fit(X, y)} of
 * {@code TargetEncoder} or {@code SelectKBest}: {@link #fit} returns a {@link TransformerModel} that transforms
 * feature tables only, so prediction needs no target. A pipeline fits it on the rows and target the previous steps
 * give.
 *
 * @param <M> the fitted model
 */
public interface SupervisedTransformer<M extends TransformerModel> {

    /**
     * Learns from {@code features} and {@code target}; neither is modified.
     *
     * @param features the feature columns; a later table must have the same ones to be transformed
     * @param target   the target value of each row of {@code features}
     * @return the fitted model, immutable
     * @throws IllegalArgumentException if they cannot be fitted (no rows, a missing or mistyped column, a target of
     *                                  another length or kind than needed...)
     */
    M fit(Table features, Column<?> target);

    /**
     * Fits on {@code data} with column {@code targetColumn} as the target and every other column as a feature.
     *
     * @param data         the training table, not modified
     * @param targetColumn the exact name of the target column
     * @return the fitted model, immutable; it transforms tables without the target column
     * @throws IllegalArgumentException if there is no such column, or as {@link #fit(Table, Column)}
     */
    default M fit(Table data, String targetColumn) {
        Column<?> target = Columns.column(data, targetColumn);
        return fit(Columns.without(data, targetColumn), target);
    }

    /**
     * What the next step is trained on: the training rows as {@code model}, which this transformer fitted on them,
     * gives them to the next step. {@code model.transform(features)}, unless the transformer says otherwise (a target
     * encoder cross-fits instead, so that a row's code never saw its own target, as scikit-learn's
     * {@code fit_transform}).
     *
     * @param model    the model {@link #fit} returned for {@code features} and {@code target}
     * @param features the training features, not modified
     * @param target   their target values, not modified
     * @return the transformed training rows, a new table
     * @throws IllegalArgumentException naming a null argument, or as {@link #fit}
     */
    default Table trainingOutput(M model, Table features, Column<?> target) {
        Checks.notNull(model, "model");
        Checks.notNull(target, "target");
        return model.transform(Checks.notNull(features, "features"));
    }

    /**
     * Fits on {@code features} and {@code target} and gives what the next step is trained on:
     * {@link #trainingOutput} of the fitted model.
     *
     * @param features the training features, not modified
     * @param target   their target values, not modified
     * @return the transformed training rows, a new table
     * @throws IllegalArgumentException as {@link #fit}
     */
    default Table fitTransform(Table features, Column<?> target) {
        return trainingOutput(fit(features, target), features, target);
    }
}
