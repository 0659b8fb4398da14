package io.github.prepkit.featureselection;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link SelectFromModel}: the estimator's model fitted on the weighed columns (scikit-learn's
 * {@code estimator_}), each column's weight, the threshold they were held to ({@code threshold_}) and which columns
 * are kept. Everything but the estimator's model follows from it, so that is all a model file holds.
 * {@link #transform} drops the other weighed columns; kept columns are copied unchanged.
 */
public final class SelectFromModelModel implements TransformerModel {

    private static final String STEP = "SelectFromModelModel";

    private final SelectFromModel estimator;
    private final Schema schema;
    private final List<String> columns;
    private final PredictorModel estimatorModel;
    private final double[] weights;
    private final double threshold;
    private final boolean[] support;

    private SelectFromModelModel(SelectFromModel estimator, Schema schema, List<String> columns,
            PredictorModel estimatorModel, double[] weights) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.estimatorModel = estimatorModel;
        this.weights = weights;
        this.threshold = estimator.threshold().resolve(weights);
        this.support = new boolean[weights.length];
        int kept = estimator.maxFeatures().orElse(weights.length);
        // numpy's argsort(-weights, kind="mergesort"): the heaviest first, of equal weights the earlier column
        IntStream.range(0, weights.length).boxed()
                .sorted((a, b) -> weights[a] > weights[b] ? -1 : weights[a] < weights[b] ? 1 : 0)
                .limit(kept).forEach(j -> support[j] = true);
        for (int j = 0; j < weights.length; j++) {
            support[j] &= !(weights[j] < threshold);
        }
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema} when its estimator's fit on the weighed columns
     * gives {@code estimatorModel}.
     *
     * @throws IllegalArgumentException if the estimator's model was not fitted by the selector's estimator on the
     *                                  numeric columns it selects on the schema (in that order, of the same types),
     *                                  has no weights, or the estimator's maxFeatures exceeds the number of columns
     */
    public static SelectFromModelModel of(SelectFromModel estimator, Schema schema, PredictorModel estimatorModel) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(estimatorModel, STEP + ": estimatorModel");
        List<String> columns = schema.requireSelected(estimator.columns(), estimatorModel.schema().names(),
                ColumnKind.NUMERIC, STEP);
        FitColumns.requireFittedOn(estimatorModel, estimator.estimator(), schema, columns, STEP);
        double[] weights = FitColumns.weights(estimatorModel, STEP).featureWeights();
        int maxFeatures = estimator.maxFeatures().orElse(0);
        if (maxFeatures > columns.size()) {
            throw new IllegalArgumentException("SelectFromModel: maxFeatures must be at most the number of columns"
                    + " weighed, " + columns.size() + ", found " + maxFeatures);
        }
        return new SelectFromModelModel(estimator, schema, columns, estimatorModel, weights);
    }

    /** The estimator this model was fitted with. */
    @Override
    public SelectFromModel estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The weighed columns, in the order of {@link #weights()} and {@link #support()}. */
    public List<String> columns() {
        return columns;
    }

    /** The estimator's model, fitted on the weighed columns (scikit-learn's {@code estimator_}). */
    public PredictorModel estimatorModel() {
        return estimatorModel;
    }

    /** Each weighed column's weight, at least 0, as {@link io.github.prepkit.base.FeatureWeights#featureWeights()}; a copy. */
    public double[] weights() {
        return weights.clone();
    }

    /** The weight a column needed to be kept (scikit-learn's {@code threshold_}). */
    public double threshold() {
        return threshold;
    }

    /** Whether each weighed column is kept, in the order of {@link #columns()}; a copy. */
    public boolean[] support() {
        return support.clone();
    }

    /** The kept columns among the weighed ones, in table order (other columns pass too). */
    public List<String> selected() {
        return KeptColumns.selected(columns, support);
    }

    /**
     * A new table without the weighed columns that are not kept.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or if a
     *                                  weighed column has a missing or infinite value, naming the column and row (as
     *                                  scikit-learn's transform, which validates its input)
     */
    @Override
    public Table transform(Table table) {
        return KeptColumns.keep(table, schema, columns, support, STEP + ".transform", false);
    }

    /** {@code SelectFromModelModel on [columns]: weights [...], threshold t, selected [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": weights " + Summary.numbers(weights) + ", threshold "
                + Summary.number(threshold) + ", selected " + Summary.names(selected());
    }
}
