package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.Tables;
import io.github.prepkit.stats.LinearFit;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link IterativeImputer}: the initial fill of each column and every regression of every round, in
 * order. {@link #transform} applies them to any table of the fitted schema as scikit-learn's {@code transform}
 * does: the initial fill, then each regression in turn re-predicts the gaps of its column (without refitting),
 * so the training table comes out exactly as the fit left it. Imputed columns come out as {@code DoubleColumn}s
 * in their place; known values and other columns are unchanged.
 */
public final class IterativeImputerModel implements TransformerModel {

    private static final String STEP = "IterativeImputerModel.transform";

    /**
     * One regression of the round robin: the column it imputes and its linear function of the other imputed
     * columns, whose coefficients follow {@link #columns()} without {@code column}.
     */
    public record ImputationStep(String column, LinearFit fit) {
    }

    private final Schema schema;
    private final List<String> columns;
    private final double[] fill;
    private final List<RoundRobin.Step> steps;
    private final int iterations;

    IterativeImputerModel(Schema schema, List<String> columns, double[] fill, List<RoundRobin.Step> steps,
            int iterations) {
        this.schema = schema;
        this.columns = List.copyOf(columns);
        this.fill = fill.clone();
        this.steps = List.copyOf(steps);
        this.iterations = iterations;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    /** The imputed columns, which are also the regressions' features. */
    public List<String> columns() {
        return columns;
    }

    /** The number of rounds run at fit (scikit-learn's {@code n_iter_}); 0 if only the initial fill is applied. */
    public int iterations() {
        return iterations;
    }

    /** The initial fill of each column, in the order of {@link #columns()}; a copy. */
    public double[] initialStatistics() {
        return fill.clone();
    }

    /**
     * Every regression of every round, in the order they are applied (scikit-learn's {@code imputation_sequence_}):
     * {@link #iterations()} rounds of one regression per column.
     */
    public List<ImputationStep> imputationSequence() {
        return steps.stream().map(step -> new ImputationStep(columns.get(step.target()), step.fit())).toList();
    }

    /**
     * A new table with the gaps of every imputed column filled.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP);
        ImputationMatrix matrix = new ImputationMatrix(table, columns, fill);
        for (RoundRobin.Step step : steps) {
            matrix.impute(step.target(), step.intercept(), step.weights());
        }
        return Tables.replaceColumns(table, matrix.toColumns(columns));
    }
}
