package io.github.prepkit.neighbors;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.ClassLabels;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link KNeighborsClassifier}: the training rows and their classes. Prediction finds each row's exact
 * nearest neighbours, in parallel over groups of queries: for at most 5 features with a k-d tree (about
 * O(log rows) per query), otherwise by brute force, O(queries x rows x features), where the Euclidean distances
 * come from a blocked matrix product checked against exact distances.
 */
public final class KNeighborsClassifierModel implements ClassifierModel {

    private final FittedNeighbors neighbors;
    private final TargetClasses classes;
    private final int[] codes;

    KNeighborsClassifierModel(FittedNeighbors neighbors, ClassLabels labels) {
        this.neighbors = neighbors;
        this.classes = labels.classes();
        this.codes = labels.codes();
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return neighbors.schema();
    }

    /** The classes seen at fit, sorted as scikit-learn's {@code classes_}. */
    @Override
    public TargetClasses targetClasses() {
        return classes;
    }

    /**
     * The class with the largest (weighted) vote among each row's neighbours; a tie goes to the smallest class,
     * as scikit-learn. The column has the target's type and name.
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a feature is missing or infinite
     */
    @Override
    public Column<?> predict(Table features) {
        int count = classes.count();
        double[] votes = votes(features, "KNeighborsClassifierModel.predict");
        int[] predicted = new int[votes.length / count];
        for (int i = 0; i < predicted.length; i++) {
            int best = 0;
            for (int c = 1; c < count; c++) {
                if (votes[i * count + c] > votes[i * count + best]) {
                    best = c;
                }
            }
            predicted[i] = best;
        }
        return classes.decode(predicted);
    }

    /**
     * Each class's share of the (weighted) vote among each row's neighbours, one double column per class named as
     * {@link #classes()}, as scikit-learn's {@code predict_proba}.
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a feature is missing or infinite
     */
    @Override
    public Table predictProba(Table features) {
        int count = classes.count();
        double[] votes = votes(features, "KNeighborsClassifierModel.predictProba");
        int rows = votes.length / count;
        for (int i = 0; i < rows; i++) {
            double total = 0;
            for (int c = 0; c < count; c++) {
                total += votes[i * count + c];
            }
            for (int c = 0; c < count; c++) {
                votes[i * count + c] /= total == 0 ? 1 : total;
            }
        }
        Table probabilities = Table.create("probabilities");
        for (int c = 0; c < count; c++) {
            double[] column = new double[rows];
            for (int i = 0; i < rows; i++) {
                column[i] = votes[i * count + c];
            }
            probabilities.addColumns(DoubleColumn.create(classes.names().get(c), column));
        }
        return probabilities;
    }

    /** Row-major rows x classes: the sum of the weights of each row's neighbours in each class, nearest first. */
    private double[] votes(Table features, String step) {
        Neighbors found = neighbors.kNeighbors(features, step);
        double[] weights = found.weights(neighbors.parameters().weights());
        int k = found.k();
        int count = classes.count();
        int[] indices = found.indices();
        double[] votes = new double[indices.length / k * count];
        for (int slot = 0; slot < indices.length; slot++) {
            votes[slot / k * count + codes[indices[slot]]] += weights[slot];
        }
        return votes;
    }
}
