package io.github.prepkit.neighbors;

import io.github.prepkit.data.Checks;
import io.github.prepkit.data.FeatureMatrix;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.Tables;
import io.github.prepkit.data.TrainingData;
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

    private FittedNeighbors(NeighborsParameters parameters, Schema schema, List<String> names, NeighborSearch search) {
        this.parameters = parameters;
        this.schema = schema;
        this.names = names;
        this.search = search;
    }

    /**
     * Remembers {@code features} (all numeric, present and finite) for a target of as many rows.
     *
     * @throws IllegalArgumentException if there are no rows or no feature columns, the target's size differs,
     *                                  nNeighbors exceeds the rows, or a feature is not numeric, missing or infinite
     */
    static FittedNeighbors fit(NeighborsParameters parameters, Table features, Column<?> target) {
        return searching(parameters, features, TrainingData.fitFeatures(features, target, parameters.step()));
    }

    /**
     * Remembers {@code features} (all numeric, present and finite), with no target.
     *
     * @throws IllegalArgumentException if there are no rows or no feature columns, nNeighbors exceeds the rows, or a
     *                                  feature is not numeric, missing or infinite
     */
    static FittedNeighbors fit(NeighborsParameters parameters, Table features) {
        String step = parameters.step();
        Checks.notNull(features, "features");
        if (features.columnCount() == 0) {
            throw new IllegalArgumentException(step + ": needs at least one feature column");
        }
        Tables.requireRows(features, step);
        return searching(parameters, features, FeatureMatrix.of(features, step));
    }

    private static FittedNeighbors searching(NeighborsParameters parameters, Table features, FeatureMatrix matrix) {
        if (parameters.nNeighbors() > matrix.rows()) {
            throw new IllegalArgumentException(parameters.step() + ": nNeighbors = " + parameters.nNeighbors()
                    + " is more than the " + matrix.rows() + " training rows");
        }
        NeighborSearch search = new NeighborSearch(matrix.values(), matrix.rows(), matrix.columns(),
                parameters.metric(), parameters.p());
        return new FittedNeighbors(parameters, Schema.of(features), matrix.names(), search);
    }

    /** The columns seen at fit. */
    Schema schema() {
        return schema;
    }

    /** The parameters fitted with. */
    NeighborsParameters parameters() {
        return parameters;
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
}
