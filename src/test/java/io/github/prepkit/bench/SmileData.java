package io.github.prepkit.bench;

import java.util.Arrays;
import smile.data.DataFrame;
import smile.data.vector.IntVector;
import tech.tablesaw.api.Table;

/** A peer's CSV table as Smile takes it, as the peers' anchors build it: double features and an int target. */
final class SmileData {

    private SmileData() {
    }

    /** Every column but {@code target} as a double feature, {@code target} as an int column of the same name. */
    static DataFrame frame(Table table, String target) {
        Table features = table.copy().removeColumns(target);
        int[] y = Arrays.stream(table.numberColumn(target).asDoubleArray()).mapToInt(v -> (int) v).toArray();
        return DataFrame.of(rows(features), features.columnNames().toArray(String[]::new)).merge(IntVector.of(target, y));
    }

    /** The numeric table as Smile's row arrays. */
    static double[][] rows(Table table) {
        double[][] rows = new double[table.rowCount()][table.columnCount()];
        for (int j = 0; j < table.columnCount(); j++) {
            double[] column = table.numberColumn(j).asDoubleArray();
            for (int i = 0; i < rows.length; i++) {
                rows[i][j] = column[i];
            }
        }
        return rows;
    }
}
