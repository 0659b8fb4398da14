package io.github.prepkit.neighbors;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.data.TrainingData;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What a fitted neighbours model keeps, whether it classifies or regresses: its parameters, the schema and
 * feature names seen at fit, and the search over the training rows. Finds the neighbours of a new table's rows.
 */
final class FittedNeighbors {

    private final NeighborsParameters parameters;
    private final Schema schema;
    private final List<String> names;
    private final NeighborSearch search;
    private final int rows;

    private FittedNeighbors(NeighborsParameters parameters, Schema schema, List<String> names, NeighborSearch search,
            int rows) {
        this.parameters = parameters;
        this.schema = schema;
        this.names = names;
        this.search = search;
        this.rows = rows;
    }

    /**
     * The training rows of {@code features} (all numeric, present and finite) for a target of as many rows.
     *
     * @throws IllegalArgumentException if there are no rows or no feature columns, the target's size differs,
     *                                  nNeighbors exceeds the rows, or a feature is not numeric, missing or infinite
     */
    static FeatureMatrix training(NeighborsParameters parameters, Table features, Column<?> target) {
        return enoughRows(parameters, TrainingData.fitFeatures(features, target, parameters.step()));
    }

    /**
     * The training rows of {@code features} (all numeric, present and finite), with no target.
     *
     * @throws IllegalArgumentException if there are no rows or no feature columns, nNeighbors exceeds the rows, or a
     *                                  feature is not numeric, missing or infinite
     */
    static FeatureMatrix training(NeighborsParameters parameters, Table features) {
        String step = parameters.step();
        Checks.notNull(features, "features");
        if (features.columnCount() == 0) {
            throw new IllegalArgumentException(step + ": needs at least one feature column");
        }
        Tables.requireRows(features, step);
        return enoughRows(parameters, FeatureMatrix.of(features, step));
    }

    private static FeatureMatrix enoughRows(NeighborsParameters parameters, FeatureMatrix matrix) {
        if (parameters.nNeighbors() > matrix.rows()) {
            throw new IllegalArgumentException(parameters.step() + ": nNeighbors = " + parameters.nNeighbors()
                    + " is more than the " + matrix.rows() + " training rows");
        }
        return matrix;
    }

    /**
     * The search over {@code trainingRows} (row-major, one value per column of {@code schema}), checked as a model's
     * validating factory must; the values are not kept.
     *
     * @param step names the model in messages
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, or the values are
     *                                  null, not finite, or not a whole number of rows at least nNeighbors
     */
    static FittedNeighbors of(NeighborsParameters parameters, Schema schema, double[] trainingRows, String step) {
        List<String> names = Checks.numericFeatures(schema, step);
        Checks.finite(Checks.notNull(trainingRows, step + ": trainingRows"), false, step + ": trainingRows");
        int columns = names.size();
        int rows = trainingRows.length / columns;
        if (trainingRows.length % columns != 0 || rows < parameters.nNeighbors()) {
            throw new IllegalArgumentException(step + ": trainingRows must hold whole rows of " + columns
                    + " values, at least nNeighbors = " + parameters.nNeighbors() + " of them; found "
                    + trainingRows.length + " values");
        }
        NeighborSearch search = new NeighborSearch(trainingRows, rows, columns, parameters.metric(), parameters.p());
        return new FittedNeighbors(parameters, schema, names, search, rows);
    }

    /** The columns seen at fit. */
    Schema schema() {
        return schema;
    }

    /** The parameters fitted with. */
    NeighborsParameters parameters() {
        return parameters;
    }

    /** The number of training rows. */
    int rows() {
        return rows;
    }

    /** The training rows, row-major, one value per feature in schema order; a new array. */
    double[] trainingRows() {
        return search.training();
    }

    /**
     * The {@code nNeighbors} nearest training rows of every row of {@code table}.
     *
     * @param step names the model's method in messages
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a feature is not finite
     */
    Neighbors kNeighbors(Table table, String step) {
        schema.check(table, step);
        FeatureMatrix matrix = FeatureMatrix.of(table, names, step);
        return search.search(matrix.values(), matrix.rows(), parameters.nNeighbors(), parameters.nJobs());
    }

    /** The {@code nNeighbors} nearest training rows of every training row: {@link #kNeighbors} of the rows themselves. */
    Neighbors kNeighborsOfTrainingRows() {
        return search.searchSelf(parameters.nNeighbors(), parameters.nJobs());
    }

    /** {@code <model> on [features]: n training rows, k k}, the start of a neighbours model's text. */
    String describe(String model) {
        return model + " on " + Summary.names(names) + ": " + rows + " training rows, k " + parameters.nNeighbors();
    }
}
