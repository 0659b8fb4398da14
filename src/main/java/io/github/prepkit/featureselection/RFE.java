package io.github.prepkit.featureselection;

import io.github.prepkit.base.FeatureWeights;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.SupervisedTransformer;
import io.github.prepkit.data.Schema;
import io.github.prepkit.ensemble.DrawSize;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.NumpyQuicksort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Recursive feature elimination, as scikit-learn's {@code RFE}: it fits {@code estimator} on the numeric columns and
 * the target, drops the {@code step} columns its model weighs least, and fits again on the rest, until
 * {@code nFeaturesToSelect} are left; a last fit on those gives the final model. A column dropped in the last round
 * ranks 2, in the round before 3, and so on; the kept ones rank 1. Non-numeric columns, and numeric ones outside
 * {@link #columns(String...)}, pass through.
 * <p>
 * The weights are scikit-learn's for RFE ({@code transform_func="square"}): the squared coefficients (with one vector
 * per class, their sum over the classes) or the squared importances of the model's
 * {@link FeatureWeights#featureWeightRows()}. They are ordered by numpy's default {@code argsort}, a quicksort that is
 * not stable beyond 16 columns: of equal weights (tree importances of 0, most often) the same columns are dropped as
 * in scikit-learn ({@link NumpyQuicksort}); up to 16 columns, the earlier column of a tie goes first. Randomness is
 * the estimator's own: every fit uses its seed, as scikit-learn clones the estimator with its {@code random_state}.
 *
 * @param estimator         fitted on the remaining columns each round; its model must have coefficients or importances
 * @param nFeaturesToSelect how many columns to keep: a count, or a fraction of the columns (truncated, at least 1
 *                          column); default half ({@code DrawSize.fraction(0.5)}, scikit-learn's {@code None}:
 *                          {@code n // 2})
 * @param step              how many columns each round drops: a whole count of at least 1 (default 1), or a fraction
 *                          in (0, 1) of the columns at the start (truncated, at least 1), as scikit-learn's
 *                          {@code step}; the last round drops only what exceeds nFeaturesToSelect
 * @param columns           the columns ranked; empty means every numeric column
 */
public record RFE(Predictor<?> estimator, DrawSize nFeaturesToSelect, double step, List<String> columns)
        implements SupervisedTransformer<RFEModel> {

    private static final String STEP = "RFE";

    /** Validates the parameters and freezes the column list. */
    public RFE {
        Checks.notNull(estimator, STEP + ": estimator");
        Checks.notNull(nFeaturesToSelect, STEP + ": nFeaturesToSelect");
        if (!(step > 0 && step < 1 || step >= 1 && step == Math.rint(step) && step <= Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(STEP + ": step must be a whole count of at least 1 or a fraction in"
                    + " (0, 1), found " + step);
        }
        columns = Checks.columnNames(columns, STEP);
    }

    /** scikit-learn's defaults around {@code estimator}: keep half the columns, one dropped a round, every numeric one. */
    public RFE(Predictor<?> estimator) {
        this(estimator, DrawSize.fraction(0.5), 1, List.of());
    }

    /** A copy fitting {@code estimator}. */
    public RFE estimator(Predictor<?> estimator) {
        return new RFE(estimator, nFeaturesToSelect, step, columns);
    }

    /** A copy keeping {@code count} columns (all of them if there are no more), at least 1. */
    public RFE nFeaturesToSelect(int count) {
        return new RFE(estimator, size(() -> DrawSize.count(count)), step, columns);
    }

    /** A copy keeping {@code (int) (fraction x columns)} columns, a fraction in (0, 1]. */
    public RFE nFeaturesToSelect(double fraction) {
        return new RFE(estimator, size(() -> DrawSize.fraction(fraction)), step, columns);
    }

    /** A copy dropping {@code step} columns a round: a whole count of at least 1, or a fraction in (0, 1). */
    public RFE step(double step) {
        return new RFE(estimator, nFeaturesToSelect, step, columns);
    }

    /** A copy that ranks only the named columns; with no name, every numeric column. */
    public RFE columns(String... columns) {
        return new RFE(estimator, nFeaturesToSelect, step, Checks.asList("columns", columns));
    }

    private static DrawSize size(Supplier<DrawSize> size) {
        try {
            return size.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STEP + ": nFeaturesToSelect: " + e.getMessage(), e);
        }
    }

    /** How many of {@code n} columns are kept: the count, or the fraction of them truncated. */
    int kept(int n) {
        return nFeaturesToSelect.fraction() ? (int) (nFeaturesToSelect.value() * n) : (int) nFeaturesToSelect.value();
    }

    /**
     * Eliminates columns round by round until {@code nFeaturesToSelect} are left, and fits the estimator on them.
     *
     * @throws IllegalArgumentException if there are no rows or fewer than 2 numeric columns to rank (as scikit-learn),
     *                                  a ranked column has a missing or infinite value (naming it), a fraction keeps
     *                                  no column, the estimator cannot be fitted (its own message) or its model has no
     *                                  weights
     */
    @Override
    public RFEModel fit(Table features, Column<?> target) {
        List<String> ranked = FitColumns.select(features, target, columns, STEP);
        int n = ranked.size();
        if (n < 2) {
            throw new IllegalArgumentException(STEP + ": needs at least 2 numeric columns to rank, found " + ranked);
        }
        FitColumns.values(features, ranked, STEP);
        int keep = kept(n);
        if (keep == 0) {
            throw new IllegalArgumentException(STEP + ": nFeaturesToSelect " + nFeaturesToSelect + " of " + n
                    + " columns keeps none; keep at least 1");
        }
        int[] ranking = ranking(features, target, ranked, keep);
        List<String> kept = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (ranking[j] == 1) {
                kept.add(ranked.get(j));
            }
        }
        return RFEModel.of(this, Schema.of(features), ranking, FitColumns.fit(estimator, features, kept, target, STEP));
    }

    /**
     * Each of the {@code ranked} columns' rank once the rounds have left {@code keep} of them: scikit-learn's loop,
     * which refits the estimator on the columns left and drops the lightest {@code step} (or what exceeds {@code keep}).
     */
    private int[] ranking(Table features, Column<?> target, List<String> ranked, int keep) {
        int n = ranked.size();
        int perRound = step < 1 ? (int) Math.max(1, step * n) : (int) step;
        boolean[] support = new boolean[n];
        Arrays.fill(support, true);
        int[] ranking = new int[n];
        Arrays.fill(ranking, 1);
        for (int left = n; left > keep; ) {
            List<Integer> remaining = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (support[j]) {
                    remaining.add(j);
                }
            }
            PredictorModel model = FitColumns.fit(estimator, features, remaining.stream().map(ranked::get).toList(),
                    target, STEP);
            int[] order = NumpyQuicksort.argsort(squares(FitColumns.weights(model, STEP).featureWeightRows()));
            int dropped = Math.min(perRound, left - keep);
            for (int r = 0; r < dropped; r++) {
                support[remaining.get(order[r])] = false;
            }
            left -= dropped;
            for (int j = 0; j < n; j++) {
                if (!support[j]) {
                    ranking[j]++;
                }
            }
        }
        return ranking;
    }

    /** scikit-learn's {@code safe_sqr(coef_).sum(axis=0)}: each column's squares added row after row. */
    private static double[] squares(double[][] rows) {
        double[] sums = new double[rows[0].length];
        for (double[] row : rows) {
            for (int j = 0; j < sums.length; j++) {
                sums[j] += row[j] * row[j];
            }
        }
        return sums;
    }
}
