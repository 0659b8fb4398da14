package io.github.prepkit.featureselection;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link RFE}: each ranked column's rank (scikit-learn's {@code ranking_}: 1 for the kept columns, 2 for
 * those dropped last, and so on), which are kept ({@code support_}), and the estimator's model fitted on the kept ones
 * ({@code estimator_}). {@link #transform} drops the other ranked columns; kept columns are copied unchanged.
 */
public final class RFEModel implements TransformerModel {

    private static final String STEP = "RFEModel";

    private final RFE estimator;
    private final Schema schema;
    private final List<String> columns;
    private final int[] ranking;
    private final boolean[] support;
    private final PredictorModel estimatorModel;

    private RFEModel(RFE estimator, Schema schema, List<String> columns, int[] ranking, PredictorModel estimatorModel) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.ranking = ranking;
        this.estimatorModel = estimatorModel;
        this.support = new boolean[ranking.length];
        for (int j = 0; j < ranking.length; j++) {
            support[j] = ranking[j] == 1;
        }
    }

    /**
     * The model {@code estimator} fits on a table with {@code schema} when it ranks the columns it selects there
     * {@code ranking} and its estimator's fit on the kept ones (rank 1) gives {@code estimatorModel}; the array is
     * copied.
     *
     * @throws IllegalArgumentException if the ranking does not hold one rank from 1 to the number of ranked columns
     *                                  per column, does not keep as many columns as the estimator's nFeaturesToSelect
     *                                  says (all of them if it says more), or the estimator's model was not fitted by
     *                                  the selector's estimator on the kept columns or has no weights
     */
    public static RFEModel of(RFE estimator, Schema schema, int[] ranking, PredictorModel estimatorModel) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        Checks.notNull(estimatorModel, STEP + ": estimatorModel");
        List<String> columns = schema.select(estimator.columns(), ColumnKind.NUMERIC, STEP);
        Checks.length(Checks.notNull(ranking, STEP + ": ranking"), columns.size(), STEP + ": ranking");
        int n = columns.size();
        List<String> kept = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (ranking[j] < 1 || ranking[j] > n) {
                throw new IllegalArgumentException(STEP + ": column '" + columns.get(j) + "' has rank " + ranking[j]
                        + "; a rank is from 1 (kept) to the number of ranked columns, " + n);
            }
            if (ranking[j] == 1) {
                kept.add(columns.get(j));
            }
        }
        int expected = Math.min(n, estimator.kept(n));
        if (kept.size() != expected) {
            throw new IllegalArgumentException(STEP + ": the ranking keeps " + kept.size() + " of the " + n
                    + " columns (rank 1), but nFeaturesToSelect " + estimator.nFeaturesToSelect() + " keeps "
                    + expected);
        }
        FitColumns.requireFittedOn(estimatorModel, estimator.estimator(), schema, kept, STEP);
        FitColumns.weights(estimatorModel, STEP);
        return new RFEModel(estimator, schema, columns, ranking.clone(), estimatorModel);
    }

    /** The estimator this model was fitted with. */
    @Override
    public RFE estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The ranked columns, in the order of {@link #ranking()} and {@link #support()}. */
    public List<String> columns() {
        return columns;
    }

    /** Each ranked column's rank: 1 if kept, else 1 + the number of rounds after the one that dropped it; a copy. */
    public int[] ranking() {
        return ranking.clone();
    }

    /** Whether each ranked column is kept (its rank is 1); a copy. */
    public boolean[] support() {
        return support.clone();
    }

    /** The kept columns among the ranked ones, in table order (other columns pass too). */
    public List<String> selected() {
        return KeptColumns.selected(columns, support);
    }

    /** The estimator's model fitted on the kept columns (scikit-learn's {@code estimator_}). */
    public PredictorModel estimatorModel() {
        return estimatorModel;
    }

    /**
     * A new table without the ranked columns that are not kept.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or if a
     *                                  ranked column has a missing or infinite value, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        return KeptColumns.keep(table, schema, columns, support, STEP + ".transform", false);
    }

    /** {@code RFEModel on [columns]: ranking [...], selected [...]}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": ranking " + Summary.numbers(Arrays.stream(ranking)
                .asDoubleStream().toArray()) + ", selected " + Summary.names(selected());
    }
}
