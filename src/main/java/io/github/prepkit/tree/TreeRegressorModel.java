package io.github.prepkit.tree;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.FeatureMatrix;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TrainingData;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * What every fitted tree-based regressor (a tree, a forest, boosting) does alike: check a table against the
 * fitted schema and predict its rows into a double column named like the target. Subclasses say how the
 * trees' leaves make a prediction. Immutable.
 */
public abstract class TreeRegressorModel implements PredictorModel {

    private final Schema schema;
    private final String targetName;
    private final String step;

    /**
     * @param schema     the feature columns seen at fit
     * @param targetName the target column's name, given to the predictions
     * @param step       names the model in error messages
     */
    protected TreeRegressorModel(Schema schema, String targetName, String step) {
        this.schema = schema;
        this.targetName = targetName;
        this.step = step;
    }

    /**
     * One prediction per row, a double column named like the target.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    @Override
    public final DoubleColumn predict(Table features) {
        FeatureMatrix matrix = TrainingData.predictFeatures(schema, features, step);
        return DoubleColumn.create(targetName, predictions(matrix.values(), matrix.columns()));
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public final Schema schema() {
        return schema;
    }

    /** The feature names, in the order of {@link #featureImportances()} and of {@link Tree#feature}. */
    public final List<String> featureNames() {
        return schema.names();
    }

    /** Each feature's importance, in the order of {@link #featureNames()}, summing to 1 unless all are 0. */
    public abstract double[] featureImportances();

    /** The predictions for {@code rows} (row-major, {@code features} values each). */
    protected abstract double[] predictions(double[] rows, int features);
}
