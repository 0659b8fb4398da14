package io.github.prepkit.tree;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.FeatureMatrix;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.data.TrainingData;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What every fitted tree-based classifier (a tree, a forest, boosting) does alike: check a table against the
 * fitted schema, compute class probabilities on its rows, and turn them into the table of
 * {@link #predictProba} or the classes of {@link #predict}. Subclasses say how probabilities come from the
 * trees. Immutable.
 */
public abstract class TreeClassifierModel implements ClassifierModel {

    private final Schema schema;
    private final TargetClasses classes;
    private final String step;

    /**
     * @param schema the feature columns seen at fit
     * @param classes the target's classes
     * @param step   names the model in error messages
     */
    protected TreeClassifierModel(Schema schema, TargetClasses classes, String step) {
        this.schema = schema;
        this.classes = classes;
        this.step = step;
    }

    /**
     * The most probable class of each row (the lowest class on a tie, as numpy's argmax), a column of the
     * target's type and name.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    @Override
    public final Column<?> predict(Table features) {
        return classes.decode(ClassProbabilities.mostProbable(probabilities(features), classes.count()));
    }

    /**
     * Each row's class probabilities, one double column per class named as {@link #classes()}.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones, naming the column
     */
    @Override
    public final Table predictProba(Table features) {
        return ClassProbabilities.table(classes(), probabilities(features));
    }

    @Override
    public final TargetClasses targetClasses() {
        return classes;
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

    /**
     * The class probabilities of {@code rows} (row-major, {@code features} values each), row-major with one
     * value per class in the order of {@link #classes()}.
     */
    protected abstract double[] probabilities(double[] rows, int features);

    private double[] probabilities(Table features) {
        FeatureMatrix matrix = TrainingData.predictFeatures(schema, features, step);
        return probabilities(matrix.values(), matrix.columns());
    }
}
