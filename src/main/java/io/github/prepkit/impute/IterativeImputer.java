package io.github.prepkit.impute;

import io.github.prepkit.base.Transformer;
import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.Tables;
import io.github.prepkit.internal.linalg.BayesianRidge;
import io.github.prepkit.internal.linalg.CrossProducts;
import io.github.prepkit.internal.linalg.LeastSquares;
import io.github.prepkit.stats.LinearFit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.exception.MathIllegalStateException;
import tech.tablesaw.api.Table;

/**
 * Fills missing values by modelling each numeric column from all the others, as scikit-learn 1.2's
 * {@code IterativeImputer} (MICE-style chained regressions, without posterior sampling). Fit starts from a
 * {@link SimpleImputer} fill ({@code initialStrategy}), then runs rounds: in each, every column in the
 * {@code imputationOrder} is regressed on all the other columns over the rows where it is known, and its gaps
 * are replaced by the regression's predictions. Rounds stop after {@code maxIter}, or earlier once the largest
 * change of any row in a round (Σ over the row's columns of |x_t - x_{t-1}|, numpy's matrix ∞-norm, as
 * scikit-learn computes it) is below {@code tol} times the largest absolute known value; a warning is logged
 * (scikit-learn's {@code ConvergenceWarning}) if that never happens. The fitted model records every round's
 * regressions and replays them on new tables, as scikit-learn's {@code transform}.
 *
 * <p>As scikit-learn by default ({@code skip_complete=False}), every column gets a regression in every round,
 * also those without gaps at fit, so gaps a later table has there are imputed from the other columns too.
 * Predictions are not clipped (scikit-learn's default bounds are infinite). Imputed columns come out as
 * {@code DoubleColumn}s in their place; other columns pass through. With one column only, or {@code maxIter}
 * 0, the result is the initial fill and {@code iterations()} is 0. A column with no value present at fit fails
 * (scikit-learn drops it from the output, or with a constant initial fill crashes while fitting it).
 *
 * @param estimator       the regression of each round-robin step (default {@link Estimator#BAYESIAN_RIDGE})
 * @param maxIter         the largest number of rounds (default 10), at least 0
 * @param tol             the stopping tolerance, relative to the largest absolute known value (default 1e-3),
 *                        at least 0
 * @param initialStrategy the initial fill, as {@link SimpleImputer} (default {@link Strategy#MEAN}); CONSTANT
 *                        fills 0, as scikit-learn 1.2
 * @param imputationOrder the order of the columns within a round (default {@link ImputationOrder#ASCENDING})
 * @param seed            the seed of the {@link ImputationOrder#RANDOM} order (default 0; scikit-learn's default
 *                        is unseeded, and its numpy stream gives other random orders than this)
 * @param columns         the numeric columns to impute and to regress on; empty means every numeric column
 */
public record IterativeImputer(Estimator estimator, int maxIter, double tol, Strategy initialStrategy,
        ImputationOrder imputationOrder, long seed, List<String> columns)
        implements Transformer<IterativeImputerModel> {

    private static final String STEP = "IterativeImputer";
    private static final System.Logger LOGGER = System.getLogger(IterativeImputer.class.getName());

    /** The regression used at each step of the round robin. */
    public enum Estimator {
        /** {@link BayesianRidge} with scikit-learn's defaults, scikit-learn's default estimator here. */
        BAYESIAN_RIDGE,
        /** Ordinary least squares with intercept ({@link LeastSquares}), as scikit-learn's {@code LinearRegression}. */
        LINEAR_REGRESSION;

        LinearFit fit(CrossProducts data) {
            return switch (this) {
                case BAYESIAN_RIDGE -> new BayesianRidge().fit(data).model();
                case LINEAR_REGRESSION -> LeastSquares.fit(data);
            };
        }
    }

    /** The order in which the columns are regressed within a round. */
    public enum ImputationOrder {
        /** From the column with the fewest gaps at fit to the one with the most; ties by column position. */
        ASCENDING,
        /** The reverse of ASCENDING: the most gaps first, ties from the last column. */
        DESCENDING,
        /** Left to right. */
        ROMAN,
        /** Right to left. */
        ARABIC,
        /** A new random order in every round, drawn from the seed. */
        RANDOM;

        /** This round's order of the columns, given each column's gap count. */
        int[] order(int[] missingCounts, SplittableRandom random) {
            int width = missingCounts.length;
            int[] ascending = IntStream.range(0, width).boxed()
                    .sorted(Comparator.comparingInt(j -> missingCounts[j])).mapToInt(Integer::intValue).toArray();
            return switch (this) {
                case ASCENDING -> ascending;
                case DESCENDING -> reversed(ascending);
                case ROMAN -> IntStream.range(0, width).toArray();
                case ARABIC -> reversed(IntStream.range(0, width).toArray());
                case RANDOM -> shuffled(IntStream.range(0, width).toArray(), random);
            };
        }

        private static int[] reversed(int[] order) {
            return IntStream.range(0, order.length).map(k -> order[order.length - 1 - k]).toArray();
        }

        private static int[] shuffled(int[] order, SplittableRandom random) {
            for (int k = order.length - 1; k > 0; k--) {
                int other = random.nextInt(k + 1);
                int t = order[k];
                order[k] = order[other];
                order[other] = t;
            }
            return order;
        }
    }

    /** Validates every parameter, naming the one that is wrong. */
    public IterativeImputer {
        Checks.notNull(estimator, STEP + " estimator");
        if (maxIter < 0) {
            throw new IllegalArgumentException(STEP + ": maxIter must be >= 0, found " + maxIter);
        }
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException(STEP + ": tol must be a finite number >= 0, found " + tol);
        }
        Checks.notNull(initialStrategy, STEP + " initialStrategy");
        Checks.notNull(imputationOrder, STEP + " imputationOrder");
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults: Bayesian ridge, 10 rounds at most, tol 1e-3, mean fill, ascending order, seed 0. */
    public IterativeImputer() {
        this(Estimator.BAYESIAN_RIDGE, 10, 1e-3, Strategy.MEAN, ImputationOrder.ASCENDING, 0, List.of());
    }

    /** A copy that regresses with {@code estimator}. */
    public IterativeImputer estimator(Estimator estimator) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed, columns);
    }

    /** A copy that runs at most {@code maxIter} rounds. */
    public IterativeImputer maxIter(int maxIter) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed, columns);
    }

    /** A copy with stopping tolerance {@code tol}. */
    public IterativeImputer tol(double tol) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed, columns);
    }

    /** A copy whose initial fill uses {@code initialStrategy}. */
    public IterativeImputer initialStrategy(Strategy initialStrategy) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed, columns);
    }

    /** A copy that visits the columns in {@code imputationOrder}. */
    public IterativeImputer imputationOrder(ImputationOrder imputationOrder) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed, columns);
    }

    /** A copy whose random order is drawn from {@code seed}. */
    public IterativeImputer seed(long seed) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed, columns);
    }

    /** A copy that imputes, and regresses on, only the named columns; with no name, every numeric column. */
    public IterativeImputer columns(String... columns) {
        return new IterativeImputer(estimator, maxIter, tol, initialStrategy, imputationOrder, seed,
                Checks.asList("columns", columns));
    }

    /**
     * Fills the gaps initially, then runs the rounds of regressions until they converge or {@code maxIter} is
     * reached, recording every regression.
     *
     * @throws IllegalArgumentException if the table is empty, a named column is missing or not numeric, a column
     *         has no value present, or a value is infinite (naming the column and row; scikit-learn refuses it too)
     */
    @Override
    public IterativeImputerModel fit(Table table) {
        Tables.requireRows(table, STEP);
        List<String> selected = Columns.select(table, columns, ColumnKind.NUMERIC, STEP);
        List<String> empty = selected.stream()
                .filter(name -> Columns.column(table, name).countMissing() == table.rowCount()).toList();
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException(STEP + ": column(s) " + empty + " have no value present, so there is"
                    + " nothing to regress them on; leave them out with columns(...) or drop them");
        }
        double[] known = Columns.rowMajor(table, selected, STEP);
        double[] fill = initialFill(table, selected);
        List<RoundRobin.Step> steps = new ArrayList<>();
        int rounds = 0;
        if (maxIter > 0 && selected.size() > 1) {
            ImputationMatrix matrix = new ImputationMatrix(known, table.rowCount(), selected.size(), fill);
            int[] missingCounts = Arrays.stream(matrix.missingRows).mapToInt(rows -> rows.length).toArray();
            double threshold = tol * matrix.largestKnownMagnitude();
            RoundRobin roundRobin = new RoundRobin(matrix, estimator::fit);
            SplittableRandom random = new SplittableRandom(seed);
            boolean converged = false;
            while (rounds < maxIter && !converged) {
                double[] previous = matrix.values.clone();
                try {
                    roundRobin.round(imputationOrder.order(missingCounts, random))
                            .forEach(step -> steps.add(step.unscaled(matrix.scale)));
                } catch (MathIllegalStateException e) {
                    throw new IllegalStateException(STEP + ": a " + estimator + " regression of round " + (rounds + 1)
                            + " failed (" + e.getMessage() + "); the columns " + selected + " may span too many orders"
                            + " of magnitude to regress on each other: scale them first, or use LINEAR_REGRESSION", e);
                }
                rounds++;
                converged = matrix.largestRowChange(previous) < threshold;
            }
            if (!converged) {
                LOGGER.log(System.Logger.Level.WARNING, STEP + ": the early stopping criterion was not reached in "
                        + maxIter + " rounds");
            }
        }
        return IterativeImputerModel.of(this, Schema.of(table), selected, fill,
                IterativeImputerModel.sequence(selected, steps));
    }

    private double[] initialFill(Table table, List<String> selected) {
        if (selected.isEmpty()) {
            return new double[0];
        }
        SimpleImputerModel initial = new SimpleImputer().strategy(initialStrategy)
                .columns(selected.toArray(String[]::new)).fit(table);
        return initial.statistics().stream().mapToDouble(statistic -> (Double) statistic).toArray();
    }
}
