package io.github.prepkit.neighbors;

import io.github.prepkit.base.Model;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import tech.tablesaw.api.Table;

/** A fitted {@link NearestNeighbors}: the rows it searches. */
public final class NearestNeighborsModel implements Model {

    private static final String STEP = "NearestNeighborsModel";

    private final NearestNeighbors estimator;
    private final FittedNeighbors fitted;

    private NearestNeighborsModel(NearestNeighbors estimator, FittedNeighbors fitted) {
        this.estimator = estimator;
        this.fitted = fitted;
    }

    /**
     * The model {@code estimator} fits on {@code trainingRows} (row-major, one value per column of {@code schema},
     * every column a feature); the search over them is built again, as at fit, and the array is not kept.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the feature columns seen at fit, every one numeric
     * @param trainingRows the training rows, row-major: one value per schema column
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, a value is not
     *                                  finite, or the values are not a whole number of rows at least nNeighbors
     */
    public static NearestNeighborsModel of(NearestNeighbors estimator, Schema schema, double[] trainingRows) {
        Checks.notNull(estimator, STEP + ": estimator");
        return new NearestNeighborsModel(estimator, FittedNeighbors.of(estimator.parameters(), schema, trainingRows,
                STEP));
    }

    /** The estimator this model was fitted with. */
    public NearestNeighbors estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return fitted.schema();
    }

    /** The fitted rows, row-major: row i, feature j at {@code i * schema().size() + j}; a copy. */
    public double[] trainingRows() {
        return fitted.trainingRows();
    }

    /**
     * The {@code nNeighbors} nearest fitted rows of every row of {@code queries}, nearest first (a query that is
     * itself a fitted row finds itself first, at distance 0, unless an identical row comes before it).
     *
     * @param queries a table with exactly the fitted columns; it is not modified
     * @return per query row, the indexes of its neighbours among the fitted rows and their distances
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a value is missing or infinite
     */
    public Result kNeighbors(Table queries) {
        return result(fitted.kNeighbors(queries, STEP + ".kNeighbors"));
    }

    /**
     * The {@code nNeighbors} nearest fitted rows of every fitted row, nearest first: what {@link #kNeighbors(Table)}
     * gives for a table of the fitted rows themselves (each row its own nearest, at distance 0, unless an identical row
     * comes before it), bit for bit, for any nJobs. With more than 5 features it computes each pair's distance once
     * rather than twice, so it takes about half the time: the search that cleaning and over-sampling steps make.
     *
     * @return per fitted row, the indexes of its neighbours among the fitted rows and their distances
     */
    public Result kNeighborsOfFittedRows() {
        return result(fitted.kNeighborsOfTrainingRows());
    }

    private static Result result(Neighbors found) {
        int k = found.k();
        int count = found.indices().length / k;
        int[][] indices = new int[count][];
        double[][] distances = new double[count][];
        for (int q = 0; q < count; q++) {
            indices[q] = Arrays.copyOfRange(found.indices(), q * k, q * k + k);
            distances[q] = Arrays.copyOfRange(found.distances(), q * k, q * k + k);
        }
        return new Result(indices, distances);
    }

    /** {@code NearestNeighborsModel on [features]: n training rows, k k}. */
    @Override
    public String toString() {
        return fitted.describe(STEP);
    }

    /**
     * The neighbours of each query row, as scikit-learn's {@code kneighbors} returns them.
     *
     * @param indices   for each query, the fitted row indexes of its neighbours, nearest first
     * @param distances the matching distances
     */
    public record Result(int[][] indices, double[][] distances) {
    }
}
