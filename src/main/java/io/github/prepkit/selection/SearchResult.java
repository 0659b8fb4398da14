package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.NumpySum;
import io.github.prepkit.internal.data.Moments;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The outcome of a search ({@link GridSearch}, {@link RandomSearch}, {@link HalvingGridSearch},
 * {@link HalvingRandomSearch}): every candidate's fold scores by every scoring and times, the best candidate and,
 * with refit, the best estimator fitted on all the rows, as scikit-learn's {@code best_params_},
 * {@code best_score_}, {@code best_estimator_} and {@code cv_results_}. For each scoring, candidates rank by mean test
 * score, greater first; equal means share the smaller rank and a candidate with a failed fold (a NaN mean) ranks
 * last, as scikit-learn 1.2.1, which compares the exact means (rounding none). The best is the first candidate of rank 1 by the
 * refit scoring; after successive halving, the first best of the last round, as scikit-learn.
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
    private final List<String> scorings;
    private final int refit;
    private final HalvingSchedule schedule;
    private final double[][] means;
    private final int[][] ranks;
    private final int best;
    private final M bestModel;

    /**
     * A result over {@code candidates} (one row each; after halving, one per candidate and round, round by round as
     * {@code schedule} says, else {@code schedule} is null), with slot {@code c * folds + f} of {@code scores} holding
     * row {@code c} on fold {@code f}, scored by each of {@code scorings}; scoring {@code refit} picks the best.
     */
    SearchResult(List<Axis<?>> axes, List<Candidate> candidates, List<E> estimators, int folds, FoldScore[] scores,
            List<String> scorings, int refit, HalvingSchedule schedule, M bestModel) {
        this.axes = List.copyOf(axes);
        this.candidates = List.copyOf(candidates);
        this.estimators = List.copyOf(estimators);
        this.folds = folds;
        this.scores = scores.clone();
        this.scorings = List.copyOf(scorings);
        this.refit = refit;
        this.schedule = schedule;
        this.means = new double[scorings.size()][];
        this.ranks = new int[scorings.size()][];
        for (int s = 0; s < means.length; s++) {
            int scoring = s;
            means[s] = IntStream.range(0, candidates.size()).mapToDouble(c -> mean(testScores(c, scoring)))
                    .toArray();
            ranks[s] = ranks(means[s]);
        }
        this.best = schedule == null
                ? IntStream.range(0, candidates.size()).filter(c -> ranks[refit][c] == 1).findFirst().orElse(0)
                : bestOfLastRound(means[refit], candidates.size() - schedule.nCandidates().get(
                        schedule.nIterations() - 1));
        this.bestModel = bestModel;
    }

    /** This result with the best estimator fitted on all the rows. */
    SearchResult<E, M> withBestModel(M model) {
        return new SearchResult<>(axes, candidates, estimators, folds, scores, scorings, refit, schedule, model);
    }

    /** numpy's {@code nanargmax} over the rows from {@code first} on (the first of them if all are NaN). */
    private static int bestOfLastRound(double[] means, int first) {
        int best = first;
        for (int c = first; c < means.length; c++) {
            if (!Double.isNaN(means[c]) && (Double.isNaN(means[best]) || means[c] > means[best])) {
                best = c;
            }
        }
        return best;
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
        return means[refit][best];
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

    /** Each candidate's mean test score by the refit scoring, in candidate order. */
    public double[] meanTestScores() {
        return means[refit].clone();
    }

    /**
     * Each candidate's mean test score by the scoring named {@code scoring}, in candidate order.
     *
     * @throws IllegalArgumentException if no scoring has that name
     */
    public double[] meanTestScores(String scoring) {
        int index = scorings.indexOf(scoring);
        if (index < 0) {
            throw new IllegalArgumentException("SearchResult: no scoring named '" + scoring + "'; the scorings are "
                    + scorings);
        }
        return means[index].clone();
    }

    /** The names of the scorings, in the order of the results' columns. */
    public List<String> scorings() {
        return scorings;
    }

    /** The name of the scoring that picked the best candidate. */
    public String refitScoring() {
        return scorings.get(refit);
    }

    /** After successive halving, its rounds (resources and candidates per round); empty for the other searches. */
    public Optional<HalvingSchedule> schedule() {
        return Optional.ofNullable(schedule);
    }

    /**
     * One row per candidate, as scikit-learn's {@code cv_results_}: after successive halving first {@code iter} (the
     * round) and {@code n_resources} (its rows); then {@code mean_fit_time}, {@code std_fit_time},
     * {@code mean_score_time}, {@code std_score_time} (seconds; a fit's scoring time covers all scorings), one
     * {@code param_<axis>} column per axis (int values as an int column, other numbers as doubles, anything else as
     * text), and per scoring {@code split<i>_test_<name>} per fold, {@code mean_test_<name>},
     * {@code std_test_<name>} and {@code rank_test_<name>}, where {@code <name>} is {@code score} for a single
     * scoring and the scoring's name among several. A new table on each call.
     */
    public Table cvResults() {
        int n = candidates.size();
        Table table = Table.create("cv results (" + String.join(", ", scorings) + ")");
        if (schedule != null) {
            table.addColumns(IntColumn.create("iter", schedule.rounds()), IntColumn.create("n_resources",
                    Arrays.stream(schedule.rounds()).map(round -> schedule.nResources().get(round)).toArray()));
        }
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
        for (int s = 0; s < scorings.size(); s++) {
            addTestScores(table, s);
        }
        return table;
    }

    /** The {@code split<i>_test_<key>}, mean, std and rank columns of scoring {@code s}. */
    private void addTestScores(Table table, int s) {
        String key = Scorings.key(scorings, s);
        int n = candidates.size();
        for (int f = 0; f < folds; f++) {
            int fold = f;
            table.addColumns(DoubleColumn.create("split" + f + "_test_" + key,
                    IntStream.range(0, n).mapToDouble(c -> scores[c * folds + fold].scores()[s])));
        }
        double[][] testScores = IntStream.range(0, n).mapToObj(c -> testScores(c, s)).toArray(double[][]::new);
        addMoments(table, "test_" + key, testScores);
        table.addColumns(IntColumn.create("rank_test_" + key, ranks[s]));
    }

    private double[] testScores(int candidate, int scoring) {
        return slice(candidate, fit -> fit.scores()[scoring]);
    }

    private double[] slice(int candidate, ToDoubleFunction<FoldScore> value) {
        return IntStream.range(0, folds).mapToDouble(f -> value.applyAsDouble(scores[candidate * folds + f])).toArray();
    }

    private static void addMoments(Table table, String name, double[][] values) {
        table.addColumns(DoubleColumn.create("mean_" + name, Arrays.stream(values).mapToDouble(SearchResult::mean)),
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

    /**
     * scipy's {@code rankdata(-means, method="min")} with NaN means tied last, as scikit-learn 1.2.1 ranks: on the
     * exact means, so two means that differ only in their last bits (the same scores summed in another order) do not
     * tie, there as here.
     */
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

    /**
     * The mean of a candidate's fold scores as numpy's {@code np.average} takes it (its pairwise sum, then one
     * division), bit for bit, so that means which numpy finds equal, and only those, tie in the ranks.
     */
    static double mean(double[] scores) {
        return NumpySum.of(scores) / scores.length;
    }

    private static boolean beats(double a, double b) {
        return !Double.isNaN(a) && (Double.isNaN(b) || a > b);
    }
}
