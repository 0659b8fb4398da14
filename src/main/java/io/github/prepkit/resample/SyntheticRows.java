package io.github.prepkit.resample;

import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The rows a SMOTE variant adds, batch by batch, and the table they make after the original rows. A numeric feature
 * column becomes a double column: the original values, then the interpolated ones. Every other column (the target,
 * SMOTENC's categorical columns) keeps its type: each new row takes the value of a table row the sampler names.
 */
final class SyntheticRows {

    private final Table data;
    private final FeatureMatrix features;
    private final List<String> copied;
    private final List<Draws> batches = new ArrayList<>();
    private final List<int[][]> sources = new ArrayList<>();

    /**
     * No new row yet.
     *
     * @param data     the original table
     * @param features its numeric feature columns, which new rows interpolate
     * @param copied   its other columns, whose values new rows copy from rows of the table
     */
    SyntheticRows(Table data, FeatureMatrix features, List<String> copied) {
        this.data = data;
        this.features = features;
        this.copied = copied;
    }

    /**
     * Adds the rows {@code draws} places, whose value in column {@code copied.get(c)} is the value of table row
     * {@code sources[c][i]} (for new row i).
     */
    void add(Draws draws, int[]... sources) {
        batches.add(draws);
        this.sources.add(sources);
    }

    /** The original rows, then every batch's new rows in the order they were added, in the columns of the data. */
    Table table() {
        int originals = data.rowCount();
        int total = originals + batches.stream().mapToInt(Draws::count).sum();
        double[][] interpolated = interpolated(total);
        Table table = Table.create(data.name());
        for (Column<?> column : data.columns()) {
            int j = features.names().indexOf(column.name());
            table.addColumns(j >= 0 ? DoubleColumn.create(column.name(), interpolated[j])
                    : column.subset(copiedRows(copied.indexOf(column.name()), total)));
        }
        return table;
    }

    /** Each feature's values, original then new, one array per feature. */
    private double[][] interpolated(int total) {
        double[] matrix = features.values();
        double[][] columns = new double[features.columns()][total];
        int at = data.rowCount();
        for (int i = 0, cell = 0; i < at; i++) {
            for (double[] column : columns) {
                column[i] = matrix[cell++];
            }
        }
        for (Draws draws : batches) {
            draws.interpolate(matrix, columns, at);
            at += draws.count();
        }
        return columns;
    }

    private int[] copiedRows(int c, int total) {
        int[] rows = new int[total];
        int at = data.rowCount();
        for (int i = 0; i < at; i++) {
            rows[i] = i;
        }
        for (int[][] batch : sources) {
            System.arraycopy(batch[c], 0, rows, at, batch[c].length);
            at += batch[c].length;
        }
        return rows;
    }
}
