package io.github.prepkit.neighbors;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
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

    private static final String STEP = "KNeighborsClassifierModel";

    private final KNeighborsClassifier estimator;
    private final FittedNeighbors neighbors;
    private final TargetClasses classes;
    private final int[] codes;

    private KNeighborsClassifierModel(KNeighborsClassifier estimator, FittedNeighbors neighbors,
            TargetClasses classes, int[] codes) {
        this.estimator = estimator;
        this.neighbors = neighbors;
        this.classes = classes;
        this.codes = codes;
    }

    /**
     * The model {@code estimator} fits on {@code trainingRows} (row-major, one value per column of {@code schema},
     * every column a feature) whose targets are the {@code classes} at index {@code codes}, one per row; the arrays
     * are copied and the search over the rows is built again, as at fit.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the feature columns seen at fit, every one numeric
     * @param classes      the target's name, type and classes, sorted
     * @param trainingRows the training rows, row-major: one value per schema column
     * @param codes        per training row, the index of its class
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, a training value is
     *                                  not finite, the values are not a whole number of rows at least nNeighbors,
     *                                  there are fewer than two classes, or the codes are not one per row, each the
     *                                  index of a class, every class with a row
     */
    public static KNeighborsClassifierModel of(KNeighborsClassifier estimator, Schema schema, TargetClasses classes,
            double[] trainingRows, int[] codes) {
        Checks.notNull(estimator, STEP + ": estimator");
        FittedNeighbors neighbors = FittedNeighbors.of(estimator.parameters(), schema, trainingRows, STEP);
        Checks.notNull(classes, STEP + ": classes");
        if (classes.count() < 2) {
            throw new IllegalArgumentException(STEP + ": needs at least two classes, found " + classes);
        }
        Checks.indexes(Checks.length(codes, neighbors.rows(), STEP + ": codes"), classes.count(), STEP + ": codes");
        boolean[] seen = new boolean[classes.count()];
        for (int code : codes) {
            seen[code] = true;
        }
        for (int c = 0; c < seen.length; c++) {
            if (!seen[c]) {
                throw new IllegalArgumentException(STEP + ": class '" + classes.names().get(c)
                        + "' has no training row; fit learns only the classes its target holds");
            }
        }
        return new KNeighborsClassifierModel(estimator, neighbors, classes, codes.clone());
    }

    /** The estimator this model was fitted with. */
    public KNeighborsClassifier estimator() {
        return estimator;
    }

    /** The training rows, row-major: row i, feature j at {@code i * schema().size() + j}; a copy. */
    public double[] trainingRows() {
        return neighbors.trainingRows();
    }

    /** Each training row's class, as an index into {@link #classes()}; a copy. */
    public int[] codes() {
        return codes.clone();
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
        double[] votes = votes(features, STEP + ".predict");
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
        double[] votes = votes(features, STEP + ".predictProba");
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

    /** {@code KNeighborsClassifierModel on [features]: n training rows, k k, classes [...]}. */
    @Override
    public String toString() {
        return neighbors.describe(STEP) + ", classes " + Summary.names(classes());
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
