package io.github.prepkit.neighbors;

import io.github.prepkit.base.Model;
import io.github.prepkit.data.Schema;
import java.util.Arrays;
import tech.tablesaw.api.Table;

/** A fitted {@link NearestNeighbors}: the rows it searches. */
public final class NearestNeighborsModel implements Model {

    private final FittedNeighbors fitted;

    NearestNeighborsModel(FittedNeighbors fitted) {
        this.fitted = fitted;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return fitted.schema();
    }

    /**
     * The {@code nNeighbors} nearest fitted rows of every row of {@code queries}, nearest first (a query that is
     * itself a fitted row finds itself first, at distance 0, unless an identical row comes before it).
     *
     * @throws IllegalArgumentException if the columns differ from the fitted ones or a value is missing or infinite
     */
    public Result kNeighbors(Table queries) {
        Neighbors found = fitted.kNeighbors(queries, "NearestNeighborsModel.kNeighbors");
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

    /**
     * The neighbours of each query row, as scikit-learn's {@code kneighbors} returns them.
     *
     * @param indices   for each query, the fitted row indexes of its neighbours, nearest first
     * @param distances the matching distances
     */
    public record Result(int[][] indices, double[][] distances) {
    }
}
