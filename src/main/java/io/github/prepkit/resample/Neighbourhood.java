package io.github.prepkit.resample;

import io.github.prepkit.neighbors.Metric;
import io.github.prepkit.neighbors.NearestNeighbors;
import io.github.prepkit.neighbors.NearestNeighborsModel;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Some rows of a table (the bases) and, for each, its k nearest among other rows of the table (the candidates), by
 * Euclidean distance: the table of neighbours SMOTE draws from. Found by {@link NearestNeighbors}, so exact, with
 * equal distances going to the earlier row, and the same for any number of threads.
 *
 * @param bases      table row indexes
 * @param neighbours {@code neighbours[i]}: the table row indexes of the k nearest candidates of {@code bases[i]},
 *                   nearest first
 */
record Neighbourhood(int[] bases, int[][] neighbours) {

    /**
     * The {@code k} nearest candidates of each base, a base never being its own neighbour.
     *
     * @param matrix     the table's points, row-major, {@code width} values a row
     * @param candidates table row indexes, at least {@code k} of them besides any base
     * @param self       whether the bases are among the candidates: then k + 1 are searched and each base's own row
     *                   is taken out of its list, or the farthest of the k + 1 if more than k identical rows come
     *                   before it. imbalanced-learn drops the first of the k + 1 instead: the same point, since only
     *                   an identical row can come before the base itself
     * @param nJobs      threads for the search, or -1 for every core
     */
    static Neighbourhood of(double[] matrix, int width, int[] bases, int[] candidates, int k, boolean self, int nJobs) {
        int[][] found = search(matrix, width, candidates, bases, self ? k + 1 : k, nJobs).indices();
        int[][] neighbours = new int[bases.length][k];
        for (int i = 0; i < bases.length; i++) {
            int skipped = self ? skipped(found[i], candidates, bases[i]) : k;
            for (int j = 0, filled = 0; j < found[i].length; j++) {
                if (j != skipped) {
                    neighbours[i][filled++] = candidates[found[i][j]];
                }
            }
        }
        return new Neighbourhood(bases, neighbours);
    }

    /**
     * The {@code k} nearest candidates of each base and their Euclidean distances, nearest first, equal distances
     * going to the earlier candidate; a base among the candidates is its own nearest.
     *
     * @param matrix     the table's points, row-major, {@code width} values a row
     * @param candidates table row indexes, at least {@code k} of them
     * @param bases      table row indexes
     * @param nJobs      threads for the search, or -1 for every core
     * @return per base, the positions in {@code candidates} of its neighbours and their distances
     */
    static NearestNeighborsModel.Result search(double[] matrix, int width, int[] candidates, int[] bases, int k,
            int nJobs) {
        Table fitted = points(matrix, width, candidates);
        NearestNeighborsModel model = new NearestNeighbors(k, Metric.EUCLIDEAN, 2, nJobs).fit(fitted);
        int[] positions = positions(candidates, bases);
        if (positions == null || 2L * bases.length <= candidates.length) {
            return model.kNeighbors(bases == candidates ? fitted : points(matrix, width, bases));
        }
        NearestNeighborsModel.Result all = model.kNeighborsOfFittedRows();
        int[][] indices = new int[bases.length][];
        double[][] distances = new double[bases.length][];
        for (int i = 0; i < bases.length; i++) {
            indices[i] = all.indices()[positions[i]];
            distances[i] = all.distances()[positions[i]];
        }
        return new NearestNeighborsModel.Result(indices, distances);
    }

    /**
     * The position of each base among the candidates, or null if a base is not a candidate. When more than half the
     * candidates are bases, searching the candidates' own neighbours (each pair once) and keeping the bases' costs
     * less than searching the bases'.
     */
    private static int[] positions(int[] candidates, int[] bases) {
        int rows = 0;
        for (int row : candidates) {
            rows = Math.max(rows, row + 1);
        }
        int[] position = new int[rows];
        Arrays.fill(position, -1);
        for (int i = 0; i < candidates.length; i++) {
            position[candidates[i]] = i;
        }
        int[] positions = new int[bases.length];
        for (int i = 0; i < bases.length; i++) {
            positions[i] = bases[i] < rows ? position[bases[i]] : -1;
            if (positions[i] < 0) {
                return null;
            }
        }
        return positions;
    }

    /** The place of row {@code base} among the {@code found} candidate positions, or the last place if absent. */
    private static int skipped(int[] found, int[] candidates, int base) {
        for (int j = 0; j < found.length; j++) {
            if (candidates[found[j]] == base) {
                return j;
            }
        }
        return found.length - 1;
    }

    /** The neighbours per base. */
    int k() {
        return neighbours.length == 0 ? 0 : neighbours[0].length;
    }

    /** Rows {@code rows} of the row-major {@code matrix} as a table of double columns. */
    private static Table points(double[] matrix, int width, int[] rows) {
        Table table = Table.create("points");
        for (int j = 0; j < width; j++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = matrix[rows[i] * width + j];
            }
            table.addColumns(DoubleColumn.create("x" + j, column));
        }
        return table;
    }
}
