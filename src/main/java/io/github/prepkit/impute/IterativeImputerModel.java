package io.github.prepkit.impute;

import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.IterativeImputer.ImputationOrder;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.stats.LinearFit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * A fitted {@link IterativeImputer}: the initial fill of each column and every regression of every round, in
 * order. {@link #transform} applies them to any table of the fitted schema as scikit-learn's {@code transform}
 * does: the initial fill, then each regression in turn re-predicts the gaps of its column (without refitting),
 * so the training table comes out exactly as the fit left it. Imputed columns come out as {@code DoubleColumn}s
 * in their place; known values and other columns are unchanged.
 */
public final class IterativeImputerModel implements TransformerModel {

    private static final String STEP = "IterativeImputerModel";

    /**
     * One regression of the round robin: the column it imputes and its linear function of the other imputed
     * columns, whose coefficients follow {@link #columns()} without {@code column}.
     */
    public record ImputationStep(String column, LinearFit fit) {
    }

    private final IterativeImputer estimator;
    private final Schema schema;
    private final List<String> columns;
    private final double[] fill;
    private final List<RoundRobin.Step> steps;

    private IterativeImputerModel(IterativeImputer estimator, Schema schema, List<String> columns, double[] fill,
            List<RoundRobin.Step> steps) {
        this.estimator = estimator;
        this.schema = schema;
        this.columns = columns;
        this.fill = fill;
        this.steps = steps;
    }

    /**
     * The model {@code estimator} fits when it starts {@code columns} of a table with {@code schema} from
     * {@code initialStatistics} and then runs the regressions of {@code imputationSequence}, in order; the array is
     * copied.
     *
     * @param estimator          the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema             the columns of the training table, by name and type
     * @param columns            the imputed columns, as the estimator selects them on the schema
     * @param initialStatistics  per column, its initial fill
     * @param imputationSequence every regression of every round, in the order fit ran them
     * @throws IllegalArgumentException if the columns are not the numeric ones the estimator selects on the schema;
     *                                  the initial statistics are not one finite value per column (0 with a
     *                                  {@link SimpleImputer.Strategy#CONSTANT} initial strategy); or the sequence is
     *                                  not whole rounds (none with fewer than two columns, at most {@code maxIter}),
     *                                  each regressing every column once in the estimator's imputation order, with a
     *                                  finite fit of one coefficient per other column
     */
    public static IterativeImputerModel of(IterativeImputer estimator, Schema schema, List<String> columns,
            double[] initialStatistics, List<ImputationStep> imputationSequence) {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(schema, STEP + ": schema");
        List<String> checked = schema.requireSelected(estimator.columns(), columns, ColumnKind.NUMERIC, STEP);
        Checks.finite(initialStatistics, checked.size(), false, STEP + ": initialStatistics");
        boolean zeros = estimator.initialStrategy() == SimpleImputer.Strategy.CONSTANT;
        for (int j = 0; j < checked.size(); j++) {
            if (zeros && Double.compare(initialStatistics[j], 0) != 0) {
                throw new IllegalArgumentException(STEP + ": the initial statistic of column '" + checked.get(j)
                        + "' must be 0 with initial strategy CONSTANT, found " + initialStatistics[j]);
            }
        }
        List<RoundRobin.Step> steps = steps(estimator, checked, Checks.notNull(imputationSequence,
                STEP + ": imputationSequence"));
        return new IterativeImputerModel(estimator, schema, checked, initialStatistics.clone(), steps);
    }

    /** The regressions of {@code sequence}, checked round by round as {@link #of} documents. */
    private static List<RoundRobin.Step> steps(IterativeImputer estimator, List<String> columns,
            List<ImputationStep> sequence) {
        int width = columns.size();
        if (width < 2 ? !sequence.isEmpty()
                : sequence.size() % width != 0 || sequence.size() / width > estimator.maxIter()) {
            throw new IllegalArgumentException(STEP + ": imputationSequence must hold " + (width < 2
                    ? "no regression with fewer than 2 columns" : "whole rounds of " + width
                    + " regressions, at most maxIter = " + estimator.maxIter()) + ", found " + sequence.size());
        }
        ImputationOrder order = estimator.imputationOrder();
        boolean byGapCounts = order == ImputationOrder.ASCENDING || order == ImputationOrder.DESCENDING;
        SplittableRandom random = new SplittableRandom(estimator.seed());
        List<RoundRobin.Step> steps = new ArrayList<>(sequence.size());
        int[] first = null;
        for (int start = 0; start < sequence.size(); start += width) {
            int[] targets = new int[width];
            for (int k = 0; k < width; k++) {
                RoundRobin.Step step = step(columns, sequence.get(start + k), start + k);
                targets[k] = step.target();
                steps.add(step);
            }
            int[] expected = byGapCounts ? first : order.order(new int[width], random);
            boolean once = IntStream.of(targets).distinct().count() == width;
            if (!once || expected != null && !Arrays.equals(expected, targets)) {
                throw new IllegalArgumentException(STEP + ": imputationSequence round " + (start / width + 1)
                        + " regresses " + names(columns, targets) + ", but imputation order " + order + " regresses "
                        + (expected == null ? "each column once" : names(columns, expected))
                        + (byGapCounts ? ", the same in every round" : ""));
            }
            first = targets;
        }
        return steps;
    }

    /** Regression {@code index} of the sequence, checked: one of {@code columns}, a finite fit of the others. */
    private static RoundRobin.Step step(List<String> columns, ImputationStep step, int index) {
        String what = STEP + ": imputationSequence regression " + index;
        Checks.notNull(step, what);
        int target = step.column() == null ? -1 : columns.indexOf(step.column());
        if (target < 0) {
            throw new IllegalArgumentException(what + " imputes column '" + step.column() + "', not one of " + columns);
        }
        LinearFit fit = Checks.notNull(step.fit(), what + " fit");
        double[] coefficients = Checks.length(fit.coefficients(), columns.size() - 1, what + " coefficients");
        Checks.finite(coefficients, false, what + " coefficients");
        if (!Double.isFinite(fit.intercept())) {
            throw new IllegalArgumentException(what + " intercept must be finite, found " + fit.intercept());
        }
        return RoundRobin.Step.of(target, fit);
    }

    private static List<String> names(List<String> columns, int[] indexes) {
        return IntStream.of(indexes).mapToObj(columns::get).toList();
    }

    /** The estimator this model was fitted with. */
    public IterativeImputer estimator() {
        return estimator;
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
        return steps.isEmpty() ? 0 : steps.size() / columns.size();
    }

    /** The initial fill of each column, in the order of {@link #columns()}; a copy. */
    public double[] initialStatistics() {
        return fill.clone();
    }

    /**
     * Every regression of every round, in the order they are applied (scikit-learn's {@code imputation_sequence_}):
     * {@link #iterations()} rounds of one regression per column; unmodifiable.
     */
    public List<ImputationStep> imputationSequence() {
        return sequence(columns, steps);
    }

    /** {@code steps} of {@code columns} as the public description {@link #of} takes. */
    static List<ImputationStep> sequence(List<String> columns, List<RoundRobin.Step> steps) {
        return steps.stream().map(step -> new ImputationStep(columns.get(step.target()), step.fit())).toList();
    }

    /**
     * A new table with the gaps of every imputed column filled.
     *
     * @throws IllegalArgumentException if the table's columns differ from the fitted ones, naming the column, or an
     *                                  imputed column has an infinite value, naming the column and row
     */
    @Override
    public Table transform(Table table) {
        schema.check(table, STEP + ".transform");
        ImputationMatrix matrix = new ImputationMatrix(Columns.rowMajor(table, columns, STEP + ".transform"),
                table.rowCount(), columns.size(), fill);
        for (RoundRobin.Step step : steps) {
            matrix.impute(step.target(), matrix.scale.apply(step.intercept()), step.weights());
        }
        return Tables.replaceColumns(table, matrix.toColumns(columns));
    }

    /** {@code IterativeImputerModel on [columns]: initialStatistics [...], iterations n}. */
    @Override
    public String toString() {
        return STEP + " on " + Summary.names(columns) + ": initialStatistics " + Summary.numbers(fill) + ", iterations "
                + iterations();
    }
}
