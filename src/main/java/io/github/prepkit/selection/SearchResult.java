package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Moments;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The outcome of a {@link GridSearch} or {@link RandomSearch}: every candidate's fold scores and times, the best
 * candidate and, with refit, the best estimator fitted on all the rows, as scikit-learn's {@code best_params_},
 * {@code best_score_}, {@code best_estimator_} and {@code cv_results_}. Candidates rank by mean test score, greater
 * first; equal means share the smaller rank and a candidate with a failed fold (a NaN mean) ranks last, as
 * scikit-learn; the best is the first candidate of rank 1.
 *
 * @param <E> the estimator searched
 * @param <M> its fitted model
 */
public final class SearchResult<E extends Predictor<M>, M extends PredictorModel> {

    private final List<Axis<?>> axes;
    private final List<Candidate> candidates;
    private final List<E> estimators;
    private final int folds;
    private final FoldScore[] scores;
    private final String scoring;
    private final double[] means;
    private final int[] ranks;
    private final int best;
    private final M bestModel;

    SearchResult(List<Axis<?>> axes, List<Candidate> candidates, List<E> estimators, int folds, FoldScore[] scores,
            String scoring, M bestModel) {
        this.axes = List.copyOf(axes);
        this.candidates = List.copyOf(candidates);
        this.estimators = List.copyOf(estimators);
        this.folds = folds;
        this.scores = scores.clone();
        this.scoring = scoring;
        this.means = IntStream.range(0, candidates.size()).mapToDouble(c -> Moments.mean(testScores(c))).toArray();
        this.ranks = ranks(means);
        this.best = IntStream.range(0, ranks.length).filter(c -> ranks[c] == 1).findFirst().orElse(0);
        this.bestModel = bestModel;
    }

    /** This result with the best estimator fitted on all the rows. */
    SearchResult<E, M> withBestModel(M model) {
        return new SearchResult<>(axes, candidates, estimators, folds, scores, scoring, model);
    }

    /** The candidates in the order they were scored (the rows of {@link #cvResults()}). */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** The index of the best candidate. */
    public int bestIndex() {
        return best;
    }

    /** The best candidate's values, as scikit-learn's {@code best_params_}. */
    public Candidate bestParams() {
        return candidates.get(best);
    }

    /** The best candidate's mean test score, as scikit-learn's {@code best_score_}. */
    public double bestScore() {
        return means[best];
    }

    /** The best candidate's estimator, unfitted. */
    public E bestEstimator() {
        return estimators.get(best);
    }

    /**
     * The best estimator fitted on all the rows, as scikit-learn's {@code best_estimator_}.
     *
     * @throws IllegalStateException if the search ran with {@code refit(false)}
     */
    public M bestModel() {
        if (bestModel == null) {
            throw new IllegalStateException("the search ran with refit(false), so there is no best model: fit "
                    + "bestEstimator() yourself");
        }
        return bestModel;
    }

    /** Each candidate's mean test score, in candidate order. */
    public double[] meanTestScores() {
        return means.clone();
    }

    /**
     * One row per candidate, as scikit-learn's {@code cv_results_}: {@code mean_fit_time}, {@code std_fit_time},
     * {@code mean_score_time}, {@code std_score_time} (seconds), one {@code param_<axis>} column per axis (int
     * values as an int column, other numbers as doubles, anything else as text), {@code split<i>_test_score} per
     * fold, {@code mean_test_score}, {@code std_test_score} and {@code rank_test_score}. A new table on each call.
     */
    public Table cvResults() {
        int n = candidates.size();
        Table table = Table.create("cv results (" + scoring + ")");
        double[][] fitTimes = new double[n][];
        double[][] scoreTimes = new double[n][];
        for (int c = 0; c < n; c++) {
            fitTimes[c] = slice(c, FoldScore::fitTime);
            scoreTimes[c] = slice(c, FoldScore::scoreTime);
        }
        addMoments(table, "fit_time", fitTimes);
        addMoments(table, "score_time", scoreTimes);
        for (Axis<?> axis : axes) {
            table.addColumns(parameterColumn(axis));
        }
        for (int f = 0; f < folds; f++) {
            int fold = f;
            table.addColumns(DoubleColumn.create("split" + f + "_test_score",
                    IntStream.range(0, n).mapToDouble(c -> scores[c * folds + fold].score())));
        }
        double[][] testScores = IntStream.range(0, n).mapToObj(this::testScores).toArray(double[][]::new);
        addMoments(table, "test_score", testScores);
        table.addColumns(IntColumn.create("rank_test_score", ranks));
        return table;
    }

    private double[] testScores(int candidate) {
        return slice(candidate, FoldScore::score);
    }

    private double[] slice(int candidate, ToDoubleFunction<FoldScore> value) {
        return IntStream.range(0, folds).mapToDouble(f -> value.applyAsDouble(scores[candidate * folds + f])).toArray();
    }

    private static void addMoments(Table table, String name, double[][] values) {
        table.addColumns(DoubleColumn.create("mean_" + name, Arrays.stream(values).mapToDouble(Moments::mean)),
                DoubleColumn.create("std_" + name, Arrays.stream(values).mapToDouble(Moments::std)));
    }

    private Column<?> parameterColumn(Axis<?> axis) {
        List<Object> values = candidates.stream().map(c -> (Object) c.get(axis)).toList();
        String name = "param_" + axis.name();
        if (values.stream().allMatch(v -> v instanceof Integer)) {
            return IntColumn.create(name, values.stream().mapToInt(v -> (Integer) v).toArray());
        }
        if (values.stream().allMatch(v -> v instanceof Number)) {
            return DoubleColumn.create(name, values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
        }
        return StringColumn.create(name, values.stream().map(String::valueOf).toList());
    }

    /** scipy's {@code rankdata(-means, method="min")} with NaN means tied last, as scikit-learn ranks. */
    static int[] ranks(double[] means) {
        int[] ranks = new int[means.length];
        for (int c = 0; c < means.length; c++) {
            int better = 0;
            for (double other : means) {
                better += beats(other, means[c]) ? 1 : 0;
            }
            ranks[c] = better + 1;
        }
        return ranks;
    }

    private static boolean beats(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a > b);
    }
}
