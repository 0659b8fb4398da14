package io.github.prepkit.impute;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.ColumnRanges;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The numeric columns an {@link IterativeImputer} works on, as one row-major {@code double[]} (row i, column j at
 * {@code i * width + j}) with the rows where each column had a gap; the gaps start with the initial fill and are
 * then overwritten by the regressions' predictions. Known values are never touched.
 *
 * <p>Columns of extreme spread, whose centred squares summed in the regressions' cross products (and squared again
 * by Bayesian ridge) would overflow or underflow, are worked on scaled by one power of two, {@link #scale} (see
 * {@link ColumnRanges}): the regressions' intercepts and the predictions are then in scaled units, and
 * {@link #toColumns} scales the predictions back. Ordinary values are not scaled.
 */
final class ImputationMatrix {

    final int rows;
    final int width;
    /** The working values: the known values and the gaps' current predictions, times the scale. */
    final double[] values;
    /** {@code missingRows[j]}: the rows where column j had a gap, ascending. */
    final int[][] missingRows;
    /** The power of two the values are multiplied by: {@link BinaryScale#ONE} unless they are extreme. */
    final BinaryScale scale;
    /** The known values as given, NaN in the gaps; the same array as {@link #values} when the scale is one. */
    private final double[] known;

    /**
     * The {@code rows x width} row-major {@code known} values (NaN where missing; the array is kept and, when no
     * scaling is needed, filled in place), gaps filled with {@code fill[j]} in column j.
     */
    ImputationMatrix(double[] known, int rows, int width, double[] fill) {
        this.rows = rows;
        this.width = width;
        this.known = known;
        this.scale = ColumnRanges.of(known, width).differenceScale(4);
        this.values = scale.isOne() ? known : scale.apply(known);
        missingRows = new int[width][];
        int[] count = new int[width];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                count[i % width]++;
            }
        }
        for (int j = 0; j < width; j++) {
            missingRows[j] = new int[count[j]];
            count[j] = 0;
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                if (Double.isNaN(values[i * width + j])) {
                    missingRows[j][count[j]++] = i;
                    values[i * width + j] = scale.apply(fill[j]);
                }
            }
        }
    }

    /** The largest absolute known value (0 if none): scikit-learn scales its stopping tolerance by it. */
    double largestKnownMagnitude() {
        double largest = 0;
        for (int j = 0; j < width; j++) {
            int next = 0;
            int[] missing = missingRows[j];
            for (int i = 0; i < rows; i++) {
                if (next < missing.length && missing[next] == i) {
                    next++;
                } else {
                    largest = Math.max(largest, Math.abs(values[i * width + j]));
                }
            }
        }
        return largest;
    }

    /** The largest change of a row since {@code previous} (a copy of {@link #values}): max over rows of Σ |Δx|. */
    double largestRowChange(double[] previous) {
        double largest = 0;
        for (int i = 0; i < rows; i++) {
            double change = 0;
            for (int k = i * width; k < (i + 1) * width; k++) {
                change += Math.abs(values[k] - previous[k]);
            }
            largest = Math.max(largest, change);
        }
        return largest;
    }

    /**
     * Overwrites the gaps of column {@code target} with intercept + Σ weights[k] · x[k] of their row
     * ({@code weights[target]} is 0, so the value being replaced plays no part), the intercept in scaled units.
     */
    void impute(int target, double intercept, double[] weights) {
        for (int i : missingRows[target]) {
            int row = i * width;
            double prediction = intercept;
            for (int k = 0; k < width; k++) {
                prediction += weights[k] * values[row + k];
            }
            values[row + target] = prediction;
        }
    }

    /**
     * The columns as new {@code DoubleColumn}s named {@code names}, keyed by name (for {@code replaceColumns}): the
     * known values as given, the gaps' predictions scaled back.
     */
    Map<String, List<DoubleColumn>> toColumns(List<String> names) {
        Map<String, List<DoubleColumn>> columns = new HashMap<>();
        for (int j = 0; j < width; j++) {
            double[] column = new double[rows];
            for (int i = 0; i < rows; i++) {
                column[i] = known[i * width + j];
            }
            for (int i : missingRows[j]) {
                column[i] = scale.undo(values[i * width + j]);
            }
            columns.put(names.get(j), List.of(DoubleColumn.create(names.get(j), column)));
        }
        return columns;
    }
}
