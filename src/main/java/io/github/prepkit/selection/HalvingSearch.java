package io.github.prepkit.selection;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.base.Shuffle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What {@link HalvingGridSearch} and {@link HalvingRandomSearch} share: successive halving, as scikit-learn's
 * {@code HalvingGridSearchCV} / {@code HalvingRandomSearchCV} with {@code resource="n_samples"}. Every candidate is
 * first scored on a small subsample of the rows; each round keeps the best {@code ceil(n / factor)} candidates (by
 * the refit scoring) and gives them {@code factor} times more rows, up to {@code maxResources}. The schedule (rounds,
 * rows and candidates per round, {@link HalvingSchedule}) is scikit-learn 1.2.1's exactly. The folds are cut once on
 * all the rows; in a round using {@code r} of the {@code n} rows, each fold's training and test rows are subsampled
 * to {@code int(r / n * size)} rows each, as scikit-learn's {@code _SubsampleMetaSplitter}. The subsamples come from
 * {@code seed} through our own stream (not numpy's, so the rows differ from scikit-learn's) and are nested: a later
 * round's rows include an earlier round's. Ties between equal mean scores are kept in candidate order (a stable
 * sort, where numpy's quicksort is stable only up to 16 candidates). Unlike scikit-learn, several scorings are
 * allowed, the refit one deciding which candidates go on.
 *
 * @param <E> the estimator searched
 * @param <M> its fitted model
 * @param <S> the search's own type, which the fluent methods return
 */
public abstract sealed class HalvingSearch<E extends Predictor<M>, M extends PredictorModel,
        S extends HalvingSearch<E, M, S>> extends Search<E, M, S> permits HalvingGridSearch, HalvingRandomSearch {

    /** For {@link #minResources(int)}: start as large as lets the last round use most rows (scikit-learn's "exhaust"). */
    public static final int EXHAUST = -1;

    /**
     * For {@link #minResources(int)}: start from {@code 2 x folds} rows, times the number of classes for a
     * classifier (scikit-learn's "smallest").
     */
    public static final int SMALLEST = -2;

    /** For {@link #maxResources(int)}: every row (scikit-learn's "auto"). */
    public static final int ALL_ROWS = -3;

    final HalvingSettings halving;

    HalvingSearch(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings,
            HalvingSettings halving) {
        super(axes, factory, settings);
        this.halving = halving;
    }

    /** A search of this kind with other halving settings. */
    abstract S with(HalvingSettings halving);

    /** The candidates of the first round; {@code exhaustCount} is how many "exhaust" stands for. */
    abstract List<Candidate> candidates(int exhaustCount);

    /** The factor by which each round divides the candidates and multiplies the rows. */
    public double factor() {
        return halving.factor();
    }

    /**
     * A copy dividing the candidates and multiplying the rows by {@code factor} each round (default 3, as
     * scikit-learn; need not be whole).
     *
     * @throws IllegalArgumentException unless {@code factor} is finite and greater than 1
     */
    public S factor(double factor) {
        return with(halving.factor(factor));
    }

    /** The rows of the first round: a count, {@link #EXHAUST} or {@link #SMALLEST}. */
    public int minResources() {
        return halving.minResources();
    }

    /**
     * A copy whose first round uses {@code minResources} rows, or {@link #EXHAUST} (the grid's default) or
     * {@link #SMALLEST} (the random search's default), as scikit-learn's {@code min_resources}.
     *
     * @throws IllegalArgumentException unless a positive count, EXHAUST or SMALLEST; a count greater than the rows
     *                                  or {@code maxResources} fails at fit
     */
    public S minResources(int minResources) {
        return with(halving.minResources(minResources));
    }

    /** The most rows a round may use: a count or {@link #ALL_ROWS} (default). */
    public int maxResources() {
        return halving.maxResources();
    }

    /**
     * A copy whose rounds use at most {@code maxResources} rows, or {@link #ALL_ROWS} (default, scikit-learn's
     * "auto").
     *
     * @throws IllegalArgumentException unless a positive count or ALL_ROWS; a count greater than the rows fails at
     *                                  fit
     */
    public S maxResources(int maxResources) {
        return with(halving.maxResources(maxResources));
    }

    /** Whether the first rounds repeat the smallest row count until few enough candidates are left. */
    public boolean aggressiveElimination() {
        return halving.aggressiveElimination();
    }

    /**
     * A copy that does or does not (default) eliminate aggressively: when the rows do not allow enough rounds to
     * leave fewer than {@code factor} candidates, the first rounds repeat the smallest row count, as scikit-learn's
     * {@code aggressive_elimination}.
     */
    public S aggressiveElimination(boolean aggressiveElimination) {
        return with(halving.aggressiveElimination(aggressiveElimination));
    }

    /** The seed of the row subsamples (and, for the random search, of the draws). */
    public long seed() {
        return halving.seed();
    }

    /** A copy subsampling (and drawing) with another seed (default 0; scikit-learn's {@code random_state}). */
    public S seed(long seed) {
        return with(halving.seed(seed));
    }

    @Override
    final SearchResult<E, M> evaluate(Table features, Column<?> target, int refit) {
        E first = estimators(candidates(1).subList(0, 1)).get(0);
        List<Fold> folds = CrossValidation.folds(settings.cv(), first, features, target, step());
        int rows = features.rowCount();
        int max = resolveMax(rows);
        int min = resolveMin(folds.size(), first, target, max);
        List<Candidate> candidates = candidates(max / min);
        HalvingSchedule schedule = HalvingSchedule.plan(candidates.size(), halving.factor(), min, max,
                halving.minResources() == EXHAUST, halving.aggressiveElimination());
        Subsamples subsamples = new Subsamples(folds, halving.seed());
        List<Candidate> rowsCandidates = new ArrayList<>();
        List<E> rowsEstimators = new ArrayList<>();
        List<FoldScore> scores = new ArrayList<>();
        for (int round = 0; round < schedule.nIterations(); round++) {
            List<E> estimators = estimators(candidates);
            FoldScore[] roundScores = score(estimators, subsamples.of((double) schedule.nResources().get(round) / rows),
                    features, target);
            rowsCandidates.addAll(candidates);
            rowsEstimators.addAll(estimators);
            scores.addAll(Arrays.asList(roundScores));
            candidates = best(candidates, roundScores, folds.size(), refit,
                    (int) Math.ceil(candidates.size() / halving.factor()));
        }
        return new SearchResult<>(axes, rowsCandidates, rowsEstimators, folds.size(),
                scores.toArray(FoldScore[]::new), names(), refit, schedule, null);
    }

    /** {@code maxResources} resolved against the rows. */
    private int resolveMax(int rows) {
        int max = halving.maxResources() == ALL_ROWS ? rows : halving.maxResources();
        if (max > rows) {
            throw new IllegalArgumentException(step() + ": maxResources " + max + " exceeds the " + rows + " rows");
        }
        return max;
    }

    /**
     * {@code minResources} resolved as scikit-learn's {@code min_resources_} before "exhaust" raises it:
     * {@code 2 x folds}, times the classes of the target for a classifier, unless a count was given.
     */
    private int resolveMin(int folds, E first, Column<?> target, int max) {
        int min = halving.minResources();
        if (min == EXHAUST || min == SMALLEST) {
            min = 2 * folds * (first instanceof Classifier<?> ? target.unique().removeMissing().size() : 1);
        }
        if (min > max) {
            throw new IllegalArgumentException(step() + ": minResources resolves to " + min + " rows, more than "
                    + "maxResources " + max + (halving.minResources() < 0 ? " (2 x folds x classes for a classifier)"
                    : ""));
        }
        return min;
    }

    /**
     * The {@code keep} candidates with the greatest mean scores by scoring {@code refit}, as scikit-learn's
     * {@code _top_k}: ascending, NaN means first, so the best comes last; a stable sort keeps ties in order.
     */
    private static List<Candidate> best(List<Candidate> candidates, FoldScore[] scores, int folds, int refit,
            int keep) {
        double[] means = new double[candidates.size()];
        for (int c = 0; c < means.length; c++) {
            int candidate = c;
            means[c] = SearchResult.mean(IntStream.range(0, folds)
                    .mapToDouble(f -> scores[candidate * folds + f].scores()[refit]).toArray());
        }
        Comparator<Integer> ascending = Comparator.comparing((Integer c) -> !Double.isNaN(means[c]))
                .thenComparingDouble(c -> Double.isNaN(means[c]) ? 0 : means[c]);
        List<Integer> order = new ArrayList<>(IntStream.range(0, means.length).boxed().toList());
        order.sort(ascending);
        return order.subList(order.size() - keep, order.size()).stream().map(candidates::get).toList();
    }

    /** Each fold's training and test rows in a seeded order, so a round takes a prefix of each, nested. */
    private static final class Subsamples {

        private final List<Fold> folds;
        private final int[][] trainOrders;
        private final int[][] testOrders;

        Subsamples(List<Fold> folds, long seed) {
            this.folds = folds;
            SplittableRandom random = new SplittableRandom(seed);
            trainOrders = new int[folds.size()][];
            testOrders = new int[folds.size()][];
            for (int f = 0; f < folds.size(); f++) {
                trainOrders[f] = Shuffle.permutation(folds.get(f).train().length, random.split());
                testOrders[f] = Shuffle.permutation(folds.get(f).test().length, random.split());
            }
        }

        /** Each fold with {@code int(fraction x size)} of its training and of its test rows, ascending. */
        List<Fold> of(double fraction) {
            List<Fold> sampled = new ArrayList<>(folds.size());
            for (int f = 0; f < folds.size(); f++) {
                sampled.add(new Fold(prefix(folds.get(f).train(), trainOrders[f], fraction),
                        prefix(folds.get(f).test(), testOrders[f], fraction)));
            }
            return sampled;
        }

        private static int[] prefix(int[] rows, int[] order, double fraction) {
            int[] chosen = new int[(int) (fraction * rows.length)];
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = rows[order[i]];
            }
            Arrays.sort(chosen);
            return chosen;
        }
    }
}
