package io.github.prepkit.resample;

import io.github.prepkit.data.FeatureMatrix;
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
        Table table = Table.create(data.name());
        for (Column<?> column : data.columns()) {
            int j = features.names().indexOf(column.name());
            table.addColumns(j >= 0 ? interpolated(j, total) : column.subset(copiedRows(copied.indexOf(column.name()), total)));
        }
        return table;
    }

    private DoubleColumn interpolated(int j, int total) {
        double[] values = new double[total];
        double[] matrix = features.values();
        int width = features.columns();
        int at = data.rowCount();
        for (int i = 0; i < at; i++) {
            values[i] = matrix[i * width + j];
        }
        for (Draws draws : batches) {
            draws.interpolate(matrix, width, j, values, at);
            at += draws.count();
        }
        return DoubleColumn.create(features.names().get(j), values);
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
