package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.KNNImputer.Weights;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ColumnRanges;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link KNNImputer}: the fitted rows on the chosen columns, which are the neighbour candidates,
 * and each column's mean at fit, the fallback when no candidate has a distance. {@link #transform} fills
 * every missing value of the chosen columns; a column with no value at fit ({@link #emptyColumns()}) is
 * dropped from the output, as scikit-learn does; other columns are copied unchanged.
 */
public final class KNNImputerModel implements TransformerModel {

    private static final String STEP = "KNNImputerModel";

    private final KNNImputer estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[] fitted;
    private final int fittedRows;
    private final double[] means;
    private final int[] candidates;
    /** Per column, the power of two its values are averaged at, so that sums of values near 1e308 stay finite. */
    private final BinaryScale[] averagingScales;
    /** Each column's lowest and highest fitted value, for the scale distances are measured at. */
    private final ColumnRanges fittedRanges;

    /** Takes ownership of {@code fitted}, the row-major values of {@code columns} at fit. */
    private KNNImputerModel(KNNImputer estimator, Schema schema, List<String> columns, double[] fitted) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.fitted = fitted;
        this.fittedRows = columns.isEmpty() ? 0 : fitted.length / columns.size();
        this.means = new double[columns.size()];
        this.candidates = new int[columns.size()];
        this.averagingScales = new BinaryScale[columns.size()];
        this.fittedRanges = ColumnRanges.of(fitted, columns.size());
        learnMeans();
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema} whose {@code columns} hold
     * {@code fittedValues}, row-major (row i, column j at {@code i * columns.size() + j}), NaN where missing; the
     * array is copied and each column's mean derived from it.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the columns of the training table, by name and type
     * @param columns      the imputed columns, as the estimator selects them on the schema
     * @param fittedValues the training rows on those columns, row-major, NaN where missing
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  the values are not whole rows of them (at least one; none without a column),
     *                                  or a value is infinite
     */
    public static KNNImputerModel of(KNNImputer estimator, Schema schema, List<String> columns, double[] fittedValues) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.notNull(fittedValues, STEP + ": fittedValues");
        int width = checked.size();
        if (width == 0 ? fittedValues.length > 0 : fittedValues.length == 0 || fittedValues.length % width != 0) {
            throw new IllegalArgumentException(STEP + ": fittedValues must hold " + (width == 0
                    ? "no value without a column" : "one or more whole rows of " + width + " values") + ", found "
                    + fittedValues.length);
        }
        Checks.noInfinity(fittedValues, checked, STEP + ": fittedValues", "column");
        return new KNNImputerModel(estimator, schema, checked, fittedValues.clone());
    }

    private void learnMeans() {
        int width = columns.size();
        for (int j = 0; j < width; j++) {
            averagingScales[j] = BinaryScale.of(fittedRanges.magnitude(j), 1);
        }
        double[] sums = new double[width];
        for (int r = 0; r < fittedRows; r++) {
            for (int j = 0; j < width; j++) {
                double v = fitted[r * width + j];
                if (!Double.isNaN(v)) {
                    sums[j] += averagingScales[j].apply(v);
                    candidates[j]++;
                }
            }
        }
        for (int j = 0; j < width; j++) {
            means[j] = candidates[j] == 0 ? Double.NaN : averagingScales[j].undo(sums[j] / candidates[j]);
        }
    }

    /** The estimator this model was fitted with. */
    public KNNImputer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The columns imputed and measured, in the order of {@link #means()}; includes the {@link #emptyColumns()}. */
    public List<String> columns() {
        return columns;
    }

    /** The columns that had no value at fit, so cannot be imputed: {@link #transform} drops them, as scikit-learn. */
    public List<String> emptyColumns() {
        List<String> empty = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            if (candidates[j] == 0) {
                empty.add(columns.get(j));
            }
        }
        return empty;
    }

    /** Each column's mean over its present values at fit, the fallback value; NaN for an empty column. A copy. */
    public double[] means() {
        return means.clone();
    }

    /**
     * The fitted rows on {@link #columns()}, the neighbour candidates: row-major (row i, column j at
     * {@code i * columns().size() + j}), NaN where missing; a copy.
     */
    public double[] fittedValues() {
        return fitted.clone();
    }

    /** How many neighbours average into a value, the estimator's {@code nNeighbors}. */
    public int nNeighbors() {
        return estimator.nNeighbors();
    }

    /** How the neighbours are weighted, the estimator's {@code weights}. */
    public Weights weights() {
        return estimator.weights();
    }

    /**
     * A new table with every missing value of the chosen columns filled from its nearest fitted rows.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column,
     *                                  or a value is infinite
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP + ".transform");
        double[] rows = Columns.rowMajor(table, columns, STEP + ".transform");
        new Imputation(rows).run();
        return output(table, rows);
    }

    private Table output(Table table, double[] rows) {
        int width = columns.size();
        Map<String, List<DoubleColumn>> replaced = new HashMap<>();
        for (int j = 0; j < width; j++) {
            if (candidates[j] == 0) {
                replaced.put(columns.get(j), List.of());
                continue;
            }
            double[] values = new double[table.rowCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows[i * width + j];
            }
            replaced.put(columns.get(j), List.of(DoubleColumn.create(columns.get(j), values)));
        }
        return Tables.replaceColumns(table, replaced);
    }

    /**
     * One transform's working state: the rows being filled in place, and buffers reused from row to row. Distances
     * are measured between the rows and the fitted rows scaled by one common power of two when their squared
     * differences would overflow or underflow (see {@link ColumnRanges}), so the neighbours are those of the same
     * data at an ordinary magnitude; the neighbours' values are averaged at their column's scale.
     */
    private final class Imputation {

        private final double[] rows;
        private final double[] measuredRows;
        private final double[] measuredFitted;
        private final double[] distances = new double[fittedRows];
        private final double[] nearestDistance = new double[Math.min(nNeighbors(), fittedRows)];
        private final int[] nearestRow = new int[nearestDistance.length];

        Imputation(double[] rows) {
            this.rows = rows;
            BinaryScale scale = fittedRanges.union(ColumnRanges.of(rows, columns.size())).differenceScale(2);
            this.measuredRows = scale.apply(rows); // rows itself when unscaled: a row is measured before it is filled
            this.measuredFitted = scale.apply(fitted);
        }

        void run() {
            int width = columns.size();
            int count = width == 0 ? 0 : rows.length / width;
            for (int i = 0; i < count; i++) {
                if (!needsImputation(i)) {
                    continue;
                }
                for (int r = 0; r < fittedRows; r++) {
                    distances[r] = NanEuclidean.distance(measuredRows, i, measuredFitted, r, width);
                }
                for (int j = 0; j < width; j++) {
                    if (Double.isNaN(rows[i * width + j]) && candidates[j] > 0) {
                        rows[i * width + j] = impute(j);
                    }
                }
            }
        }

        private boolean needsImputation(int i) {
            int width = columns.size();
            for (int j = 0; j < width; j++) {
                if (Double.isNaN(rows[i * width + j]) && candidates[j] > 0) {
                    return true;
                }
            }
            return false;
        }

        /** The value for column {@code j} of the current row, whose distances to the fitted rows are set. */
        private double impute(int j) {
            int k = Math.min(nNeighbors(), candidates[j]);
            findNearest(j, k);
            if (Double.isNaN(nearestDistance[0])) {
                return means[j]; // no candidate shares a present column with this row
            }
            return weights() == Weights.UNIFORM ? uniformMean(j, k) : distanceWeightedMean(j, k);
        }

        /**
         * Fills nearestRow/nearestDistance[0..k) with the k fitted rows having column j that are nearest, in
         * order; NaN distances rank last; a tie keeps the earlier row, as rows are visited in order.
         */
        private void findNearest(int j, int k) {
            int width = columns.size();
            int found = 0;
            for (int r = 0; r < fittedRows; r++) {
                if (Double.isNaN(fitted[r * width + j])) {
                    continue;
                }
                double d = distances[r];
                if (found == k && Double.compare(d, nearestDistance[k - 1]) >= 0) {
                    continue;
                }
                int slot = found < k ? found++ : k - 1;
                while (slot > 0 && Double.compare(d, nearestDistance[slot - 1]) < 0) {
                    nearestDistance[slot] = nearestDistance[slot - 1];
                    nearestRow[slot] = nearestRow[slot - 1];
                    slot--;
                }
                nearestDistance[slot] = d;
                nearestRow[slot] = r;
            }
        }

        private double uniformMean(int j, int k) {
            BinaryScale scale = averagingScales[j];
            double sum = 0;
            for (int n = 0; n < k; n++) {
                sum += scale.apply(fitted[nearestRow[n] * columns.size() + j]);
            }
            return scale.undo(sum / k);
        }

        /** Weights 1 / distance, NaN distances 0; if a neighbour is at distance 0, those at 0 share the weight. */
        private double distanceWeightedMean(int j, int k) {
            boolean exact = nearestDistance[0] == 0;
            double sum = 0;
            double total = 0;
            for (int n = 0; n < k; n++) {
                double d = nearestDistance[n];
                double w = exact ? (d == 0 ? 1 : 0) : (Double.isNaN(d) ? 0 : 1 / d);
                sum += w * averagingScales[j].apply(fitted[nearestRow[n] * columns.size() + j]);
                total += w;
            }
            return averagingScales[j].undo(sum / total);
        }
    }

    /** {@code KNNImputerModel on [columns]: n fitted rows, means [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": " + fittedRows + " fitted rows, means "
                + Summary.numbers(means);
    }
}
