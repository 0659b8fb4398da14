package io.github.prepkit.tree;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.FeatureMatrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * What every fitted tree-based regressor (a tree, a forest, boosting) does alike: check a table against the
 * fitted schema and predict its rows into a double column named like the target. Subclasses say how the
 * trees' leaves make a prediction. Immutable.
 */
public abstract class TreeRegressorModel extends TreeModel implements PredictorModel {

    private final String target;

    /**
     * @param schema the feature columns seen at fit
     * @param target the target column's name, given to the predictions
     * @param step   names the model in error messages
     */
    protected TreeRegressorModel(Schema schema, String target, String step) {
        super(schema, step);
        this.target = target;
    }

    /**
     * One prediction per row, a double column named like the target.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    @Override
    public final DoubleColumn predict(Table features) {
        FeatureMatrix matrix = matrix(features);
        return DoubleColumn.create(target, predictions(matrix.values(), matrix.columns()));
    }

    /** The target column's name, which the predictions carry. */
    public final String target() {
        return target;
    }

    /** The predictions for {@code rows} (row-major, {@code features} values each). */
    protected abstract double[] predictions(double[] rows, int features);
}
