package io.github.prepkit.tree;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.tree.ClassProbabilities;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What every fitted tree-based classifier (a tree, a forest, boosting) does alike: check a table against the
 * fitted schema, compute class probabilities on its rows, and turn them into the table of
 * {@link #predictProba} or the classes of {@link #predict}. Subclasses say how probabilities come from the
 * trees. Immutable.
 */
public abstract class TreeClassifierModel extends TreeModel implements ClassifierModel {

    /** How far the class fractions of a node may sum from 1 by rounding. */
    private static final double FRACTION_SUM_TOLERANCE = 1e-9;

    private final TargetClasses classes;

    /**
     * @param schema the feature columns seen at fit
     * @param classes the target's classes
     * @param step   names the model in error messages
     */
    protected TreeClassifierModel(Schema schema, TargetClasses classes, String step) {
        super(schema, step);
        this.classes = classes;
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

    /** {@code XModel on [features]: <trees>, classes [...]}. */
    @Override
    public final String toString() {
        return super.toString() + ", classes " + Summary.names(classes());
    }

    /**
     * Fails unless there are at least 2 {@code classes}, as fit requires.
     *
     * @param step names the model in the message
     * @throws IllegalArgumentException if it is null or holds one class
     */
    protected static void checkClasses(TargetClasses classes, String step) {
        Checks.notNull(classes, step + ": classes");
        if (classes.count() < 2) {
            throw new IllegalArgumentException(step + ": a classifier needs at least 2 classes, found " + classes);
        }
    }

    /**
     * Fails unless every node of every tree holds class fractions, as fit makes them: each in [0, 1], summing to 1
     * but for rounding.
     *
     * @param step names the model in the message
     * @throws IllegalArgumentException naming the tree and the node
     */
    protected static void checkFractions(List<Tree> trees, String step) {
        for (int t = 0; t < trees.size(); t++) {
            Tree tree = trees.get(t);
            for (int node = 0; node < tree.nodeCount(); node++) {
                double sum = 0;
                for (double fraction : tree.value(node)) {
                    if (!(fraction >= 0 && fraction <= 1)) {
                        throw new IllegalArgumentException(step + ": tree " + t + ", node " + node
                                + " must hold class fractions in [0, 1], found " + fraction);
                    }
                    sum += fraction;
                }
                if (Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
                    throw new IllegalArgumentException(step + ": tree " + t + ", node " + node
                            + " must hold class fractions summing to 1, found a sum of " + sum);
                }
            }
        }
    }

    /**
     * The class probabilities of {@code rows} (row-major, {@code features} values each), row-major with one
     * value per class in the order of {@link #classes()}.
     */
    protected abstract double[] probabilities(double[] rows, int features);

    private double[] probabilities(Table features) {
        FeatureMatrix matrix = matrix(features);
        return probabilities(matrix.values(), matrix.columns());
    }
}
