package io.github.prepkit.featureselection;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link VarianceThreshold}: each considered column's variance (scikit-learn's {@code variances_}) and which
 * of them exceed the threshold. {@link #transform} drops the others; kept columns are copied unchanged, missing values
 * included.
 */
public final class VarianceThresholdModel implements TransformerModel {

    private static final String STEP = "VarianceThresholdModel";

    private final VarianceThreshold estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[] variances;
    private final boolean[] support;

    private VarianceThresholdModel(VarianceThreshold estimator, Schema schema, List<String> columns,
            double[] variances) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.variances = variances;
        this.support = new boolean[variances.length];
        for (int j = 0; j < support.length; j++) {
            support[j] = variances[j] > estimator.threshold();
        }
    }

    /**
     * The model {@code estimator} fits when it finds {@code variances} for {@code columns} of a table with
     * {@code schema}; the array is copied.
     *
     * @param variances per column, its variance at fit: at least 0, +Infinity (beyond the double range: kept, as
     *                  scikit-learn) or NaN (no present value: dropped)
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema,
     *                                  the array's length differs, a variance is negative or -Infinity, or no variance
     *                                  exceeds the threshold (as scikit-learn's fit, which raises "No feature in X
     *                                  meets the variance threshold")
     */
    public static VarianceThresholdModel of(VarianceThreshold estimator, Schema schema, List<String> columns,
            double[] variances) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.length(variances, checked.size(), STEP + ": variances");
        for (int j = 0; j < variances.length; j++) {
            if (variances[j] < 0) {
                throw new IllegalArgumentException(STEP + ": column '" + checked.get(j) + "' has variance "
                        + variances[j] + "; a variance is at least 0 (or NaN for a column without values)");
            }
        }
        VarianceThresholdModel model = new VarianceThresholdModel(estimator, schema, checked, variances.clone());
        if (!checked.isEmpty() && model.selected().isEmpty()) {
            throw new IllegalArgumentException(STEP + ": no column of " + Summary.names(checked)
                    + " has a variance above the threshold " + estimator.threshold() + " (variances "
                    + Summary.numbers(variances) + "); lower the threshold");
        }
        return model;
    }

    /** The estimator this model was fitted with. */
    @Override
    public VarianceThreshold estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The considered columns, in the order of {@link #variances()} and {@link #support()}. */
    public List<String> columns() {
        return columns;
    }

    /** Each considered column's variance at fit (NaN where no value was present); a copy. */
    public double[] variances() {
        return variances.clone();
    }

    /** Whether each considered column is kept (its variance exceeds the threshold); a copy. */
    public boolean[] support() {
        return support.clone();
    }

    /** The kept columns among the considered ones, in table order (non-numeric and unconsidered columns pass too). */
    public List<String> selected() {
        return KeptColumns.selected(columns, support);
    }

    /**
     * A new table without the considered columns whose variance does not exceed the threshold.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or if a
     *                                  considered column has an infinite value, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        return KeptColumns.keep(table, schema, columns, support, STEP + ".transform", true);
    }

    /** {@code VarianceThresholdModel on [columns]: variances [...], selected [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": variances " + Summary.numbers(variances) + ", selected "
                + Summary.names(selected());
    }
}
