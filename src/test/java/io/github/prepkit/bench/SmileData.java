package io.github.prepkit.bench;

import java.util.Arrays;
import smile.data.DataFrame;
import smile.data.vector.IntVector;
import tech.tablesaw.api.Table;

/** A peer's CSV table as Smile's DataFrame, as the peers' anchors build it: double features and an int target. */
final class SmileData {

    private SmileData() {
    }

    /** Every column but {@code target} as a double feature, {@code target} as an int column of the same name. */
    static DataFrame frame(Table table, String target) {
        String[] names = table.columnNames().stream().filter(name -> !name.equals(target)).toArray(String[]::new);
        double[][] rows = new double[table.rowCount()][names.length];
        for (int j = 0; j < names.length; j++) {
            double[] column = table.numberColumn(names[j]).asDoubleArray();
            for (int i = 0; i < rows.length; i++) {
                rows[i][j] = column[i];
            }
        }
        int[] y = Arrays.stream(table.numberColumn(target).asDoubleArray()).mapToInt(v -> (int) v).toArray();
        return DataFrame.of(rows, names).merge(IntVector.of(target, y));
    }
}
