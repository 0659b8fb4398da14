package io.github.prepkit.outliers;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.stats.Quantiles;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Tukey's fences: flags the rows where some column lies outside [q1 - k IQR, q3 + k IQR], with the quartiles
 * q1 and q3 by linear interpolation (numpy's and pandas' default, see {@link Quantiles#quantiles}), IQR = q3 - q1
 * and k the {@code threshold}. A row's score is how far it lies beyond the fences, in IQRs: the largest over
 * its columns of (q1 - k IQR - x) / IQR below or (x - q3 - k IQR) / IQR above, 0 inside, so a row is an outlier
 * exactly when its score is above 0. A column with IQR 0 has fences [q1, q3]: any other value is an outlier,
 * scored +Infinity. By default every numeric column is examined; {@link #columns(String...)} narrows it.
 * Missing or infinite values are rejected, naming the column and row: impute or drop them first.
 *
 * @param threshold k, the fences' distance from the quartiles in IQRs (default 1.5, finite and at least 0)
 * @param columns   the columns to examine; empty means every numeric column
 */
public record IqrDetector(double threshold, List<String> columns) implements OutlierDetector<IqrDetectorModel> {

    private static final String STEP = "IqrDetector";

    /** Validates the threshold and freezes the column list. */
    public IqrDetector {
        DetectorInput.requireThreshold(threshold, STEP);
        columns = Checks.columnNames(columns, STEP);
    }

    /** Tukey's rule: fences 1.5 IQR beyond the quartiles, on every numeric column. */
    public IqrDetector() {
        this(1.5, List.of());
    }

    /** A copy with another k (finite, at least 0). */
    public IqrDetector threshold(double threshold) {
        return new IqrDetector(threshold, columns);
    }

    /** A copy that examines only the named columns; with no name, every numeric column. */
    public IqrDetector columns(String... columns) {
        return new IqrDetector(threshold, Checks.asList("columns", columns));
    }

    /**
     * Learns each column's quartiles.
     *
     * @throws IllegalArgumentException if the table is empty, has no numeric column to examine, a named column
     *                                  is missing or not numeric, or a value is missing or infinite
     */
    @Override
    public IqrDetectorModel fit(Table table) {
        DetectorInput input = DetectorInput.of(table, columns, STEP);
        double[] q1 = new double[input.columns().size()];
        double[] q3 = new double[q1.length];
        for (int j = 0; j < q1.length; j++) {
            double[] quartiles = Quantiles.quantiles(input.column(j), 0.25, 0.75);
            q1[j] = quartiles[0];
            q3[j] = quartiles[1];
        }
        return IqrDetectorModel.of(this, Schema.of(table), input.columns(), q1, q3);
    }
}
