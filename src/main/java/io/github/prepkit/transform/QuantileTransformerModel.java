package io.github.prepkit.transform;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link QuantileTransformer}: each column's {@link #quantiles()} at the {@link #references()} probabilities
 * (scikit-learn's {@code quantiles_}, transposed, and {@code references_}). {@link #transform} and {@link
 * #inverseTransform} follow scikit-learn 1.2.1's {@code _transform_col}: forward, the mean of numpy's {@code interp}
 * taken upward and downward (so a value equal to a run of repeated quantiles maps to the run's middle); values at the
 * fitted ends (for the normal output, within 1e-7 of them) map to the bounds; the normal output
 * is the normal quantile of the uniform one, clipped to the quantiles of 1e-7 and 1 - 1e-7 (less one machine epsilon).
 * Transformed columns come out as double columns in their original place, missing values stay missing, other columns
 * are copied.
 */
public final class QuantileTransformerModel implements TransformerModel {

    private static final String STEP = "QuantileTransformerModel";
    /** scikit-learn's {@code BOUNDS_THRESHOLD}. */
    private static final double BOUNDS_THRESHOLD = 1e-7;
    private static final double CLIP_MIN = NormalScores.quantile(BOUNDS_THRESHOLD - Math.ulp(1.0));
    private static final double CLIP_MAX = NormalScores.quantile(1 - (BOUNDS_THRESHOLD - Math.ulp(1.0)));

    private final QuantileTransformer estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[][] quantiles;
    private final double[] references;
    /** Per column, its quantiles reversed and negated, for the downward interpolation. */
    private final double[][] negatedQuantiles;
    private final double[] negatedReferences;
    /** Per column, numpy's interp slopes upward (quantiles to references) and downward (negated, reversed). */
    private final double[][] upSlopes;
    private final double[][] downSlopes;

    private QuantileTransformerModel(QuantileTransformer estimator, Schema schema, List<String> columns,
            double[][] quantiles) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.quantiles = quantiles;
        this.references = Quantiles.references(quantiles.length == 0 ? 1 : quantiles[0].length);
        this.negatedReferences = Quantiles.negatedReverse(references);
        this.negatedQuantiles = new double[quantiles.length][];
        this.upSlopes = new double[quantiles.length][];
        this.downSlopes = new double[quantiles.length][];
        for (int j = 0; j < quantiles.length; j++) {
            negatedQuantiles[j] = Quantiles.negatedReverse(quantiles[j]);
            upSlopes[j] = Quantiles.slopes(quantiles[j], references);
            downSlopes[j] = Quantiles.slopes(negatedQuantiles[j], negatedReferences);
        }
    }

    /**
     * The model {@code estimator} fits when it finds {@code quantiles} for {@code columns} of a table with
     * {@code schema}; the arrays are copied.
     *
     * @param estimator the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema    the columns of the training table, by name and type
     * @param columns   the transformed columns, as the estimator selects them on the schema
     * @param quantiles per column, its quantiles at min(nQuantiles, rows) evenly spaced probabilities from 0 to 1:
     *                  finite and non-decreasing, or all NaN for a column without values at fit; as many for every
     *                  column, at least 1 and at most the estimator's {@code nQuantiles}
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  or the quantiles are not as described, naming the column
     */
    public static QuantileTransformerModel of(QuantileTransformer estimator, Schema schema, List<String> columns,
            double[][] quantiles) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.notNull(quantiles, STEP + ": quantiles");
        if (quantiles.length != checked.size()) {
            throw new IllegalArgumentException(STEP + ": quantiles must hold one array per column, " + checked.size()
                    + ", found " + quantiles.length);
        }
        double[][] copy = new double[quantiles.length][];
        for (int j = 0; j < quantiles.length; j++) {
            copy[j] = checkedQuantiles(quantiles[j], quantiles[0], estimator.nQuantiles(), checked.get(j));
        }
        return new QuantileTransformerModel(estimator, schema, checked, copy);
    }

    private static double[] checkedQuantiles(double[] quantiles, double[] first, int most, String column) {
        String what = STEP + ": the quantiles of column '" + column + "'";
        Checks.notNull(quantiles, what);
        if (quantiles.length < 1 || quantiles.length > most || quantiles.length != first.length) {
            throw new IllegalArgumentException(what + " must number between 1 and nQuantiles (" + most + "), as many"
                    + " as every column's (" + first.length + "), found " + quantiles.length);
        }
        boolean absent = Double.isNaN(quantiles[0]);
        for (int k = 0; k < quantiles.length; k++) {
            boolean ordered = absent ? Double.isNaN(quantiles[k])
                    : Double.isFinite(quantiles[k]) && (k == 0 || quantiles[k] >= quantiles[k - 1]);
            if (!ordered) {
                throw new IllegalArgumentException(what + " must be finite and non-decreasing, or all NaN, found "
                        + quantiles[k] + " at " + k);
            }
        }
        return quantiles.clone();
    }

    /** The estimator this model was fitted with. */
    public QuantileTransformer estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The transformed columns, in the order of the arrays this model returns. */
    public List<String> columns() {
        return columns;
    }

    /** Per column, its quantiles at {@link #references()} (NaN for a column without values at fit); a copy. */
    public double[][] quantiles() {
        double[][] copy = new double[quantiles.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = quantiles[j].clone();
        }
        return copy;
    }

    /** The probabilities the quantiles are at: numpy's {@code linspace(0, 1, n)} ({0} for a model of no column); a copy. */
    public double[] references() {
        return references.clone();
    }

    /**
     * A new table with every transformed column mapped to the output distribution.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if a
     *                                  value is infinite; or if a column without values at fit has one; naming the
     *                                  column and row
     */
    @Override
    public Table transform(Table table) {
        boolean normal = estimator.outputDistribution() == QuantileTransformer.OutputDistribution.NORMAL;
        String step = STEP + ".transform";
        return TransformedColumns.map(table, schema, columns, step, (j, values) -> {
            requireFitted(j, values, step);
            double[] q = quantiles[j];
            double[] negated = negatedQuantiles[j];
            double[] up = upSlopes[j];
            double[] down = downSlopes[j];
            double low = q[0];
            double high = q[q.length - 1];
            for (int i = 0; i < values.length; i++) {
                double x = values[i];
                if (Double.isNaN(x)) {
                    continue;
                }
                boolean lower = normal ? x - BOUNDS_THRESHOLD < low : x == low;
                boolean upper = normal ? x + BOUNDS_THRESHOLD > high : x == high;
                double y = lower || x < low ? 0 : upper || x > high ? 1
                        : Quantiles.forward(x, q, references, negated, negatedReferences, up, down);
                values[i] = normal ? Math.min(CLIP_MAX, Math.max(CLIP_MIN, NormalScores.quantile(y))) : y;
            }
        });
    }

    /**
     * A new table with every transformed column mapped back to its original units, as scikit-learn's
     * {@code inverse_transform}: the normal output through the normal distribution function first, then numpy's
     * {@code interp} from the references to the quantiles; values at the ends (within 1e-7 for
     * the normal output) map to the first and last quantile.
     *
     * @param table a table with exactly the fitted columns, the transformed ones in output units; it is not modified
     * @return the table in original units, a new one
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column; if a
     *                                  value is infinite; or if a column without values at fit has one; naming the
     *                                  column and row
     */
    public Table inverseTransform(Table table) {
        boolean normal = estimator.outputDistribution() == QuantileTransformer.OutputDistribution.NORMAL;
        String step = STEP + ".inverseTransform";
        return TransformedColumns.map(table, schema, columns, step, (j, values) -> {
            requireFitted(j, values, step);
            double[] q = quantiles[j];
            for (int i = 0; i < values.length; i++) {
                double x = values[i];
                if (Double.isNaN(x)) {
                    continue;
                }
                double p = normal ? NormalScores.cdf(x) : x;
                boolean lower = normal ? p - BOUNDS_THRESHOLD < 0 : p == 0;
                boolean upper = normal ? p + BOUNDS_THRESHOLD > 1 : p == 1;
                values[i] = lower ? q[0] : upper ? q[q.length - 1] : Quantiles.interp(p, references, q);
            }
        });
    }

    /**
     * Checks that column j had values at fit, or that {@code values} has none.
     *
     * @throws IllegalArgumentException naming the step, the column and the row of the first present value otherwise
     */
    private void requireFitted(int j, double[] values, String step) {
        if (!Double.isNaN(quantiles[j][0])) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                throw new IllegalArgumentException(step + ": column '" + columns.get(j) + "' had no value at fit, so"
                        + " its value in row " + i + ", " + values[i] + ", cannot be mapped");
            }
        }
    }

    /** {@code QuantileTransformerModel on [columns]: n quantiles, from [...] to [...]}. */
    @Override
    public String toString() {
        double[] first = new double[quantiles.length];
        double[] last = new double[quantiles.length];
        for (int j = 0; j < quantiles.length; j++) {
            first[j] = quantiles[j][0];
            last[j] = quantiles[j][quantiles[j].length - 1];
        }
        return STEP + " on " + Summary.names(columns) + ": " + references.length + " quantiles, from "
                + Summary.numbers(first) + " to " + Summary.numbers(last);
    }
}
