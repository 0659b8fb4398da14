package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores {@code nIter} candidates drawn at random from the axes' distributions by cross-validation and keeps the
 * best, as scikit-learn's {@code RandomizedSearchCV}:
 * <pre>{@code
 * RandomSearch.of(new LogisticRegression())
 *         .axis("C", Distribution.logUniform(1e-3, 1e3), LogisticRegression::c)
 *         .nIter(20).seed(7)
 *         .fit(features, target);
 * }</pre>
 * As scikit-learn's {@code ParameterSampler}: when every axis is a list, the candidates are drawn from the grid
 * without replacement (all of it, in random order, if {@code nIter} exceeds its size); otherwise each candidate
 * draws each axis in turn, with replacement. The draws come from the seed alone, before any fit, so the same seed
 * gives the same candidates and results for any {@code nJobs} (the numbers drawn differ from scikit-learn's numpy
 * generator). Other defaults, fluent methods and costs as {@link GridSearch}.
 *
 * @param <E> the estimator searched
 * @param <M> its fitted model
 */
public final class RandomSearch<E extends Predictor<M>, M extends PredictorModel>
        extends Search<E, M, RandomSearch<E, M>> {

    private static final String STEP = "RandomSearch";

    private final int nIter;
    private final long seed;

    private RandomSearch(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings, int nIter, long seed) {
        super(axes, factory, settings);
        if (nIter < 1) {
            throw new IllegalArgumentException(STEP + ": nIter must be at least 1, found " + nIter);
        }
        this.nIter = nIter;
        this.seed = seed;
    }

    /**
     * A search around {@code estimator}, with no axis yet, 10 candidates, seed 0: add axes with {@link #axis}.
     *
     * @param estimator the estimator each candidate starts from, its other hyperparameters kept
     * @param <E>       the estimator's type
     * @param <M>       its fitted model's type
     */
    public static <E extends Predictor<M>, M extends PredictorModel> RandomSearch<E, M> of(E estimator) {
        Checks.notNull(estimator, "estimator");
        return new RandomSearch<>(List.of(), candidate -> estimator, SearchSettings.defaults(STEP), 10, 0);
    }

    /**
     * A search over {@code axes} whose estimator {@code factory} builds from a candidate's values, read with
     * {@link Candidate#get(Axis)}; 10 candidates, seed 0.
     *
     * @param axes    the hyperparameters and their values
     * @param factory builds the estimator of a candidate
     * @param <E>     the estimator's type
     * @param <M>     its fitted model's type
     * @throws IllegalArgumentException if two axes share a name
     */
    public static <E extends Predictor<M>, M extends PredictorModel> RandomSearch<E, M> of(List<Axis<?>> axes,
            Function<Candidate, E> factory) {
        return new RandomSearch<>(axes, factory, SearchSettings.defaults(STEP), 10, 0);
    }

    /**
     * A copy with one more axis drawn from {@code distribution}, set on the estimator by {@code apply}.
     *
     * @param name         the hyperparameter's name in the results, such as {@code "C"}
     * @param distribution where the values are drawn from
     * @param apply        returns the estimator with a value set
     * @param <V>          the type of the values
     * @return a new search
     * @throws IllegalArgumentException if the name is used already
     */
    public <V> RandomSearch<E, M> axis(String name, Distribution<V> distribution, BiFunction<E, V, E> apply) {
        return plus(Axis.of(name, distribution), apply);
    }

    /**
     * A copy with one more axis drawn from {@code values}, each equally likely, set on the estimator by {@code apply}.
     *
     * @param name   the hyperparameter's name in the results
     * @param values the values to draw from
     * @param apply  returns the estimator with a value set
     * @param <V>    the type of the values
     * @return a new search
     * @throws IllegalArgumentException if the name is used already, or the values are empty
     */
    public <V> RandomSearch<E, M> axis(String name, List<V> values, BiFunction<E, V, E> apply) {
        return plus(Axis.of(name, values), apply);
    }

    /** The number of candidates drawn. */
    public int nIter() {
        return nIter;
    }

    /** A copy drawing {@code nIter} candidates (default 10, as scikit-learn). */
    public RandomSearch<E, M> nIter(int nIter) {
        return new RandomSearch<>(axes, factory, settings, nIter, seed);
    }

    /** The seed of the draws. */
    public long seed() {
        return seed;
    }

    /** A copy drawing with another seed (scikit-learn's {@code random_state}). */
    public RandomSearch<E, M> seed(long seed) {
        return new RandomSearch<>(axes, factory, settings, nIter, seed);
    }

    @Override
    RandomSearch<E, M> with(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings) {
        return new RandomSearch<>(axes, factory, settings, nIter, seed);
    }

    @Override
    SearchResult<E, M> evaluate(Table features, Column<?> target, int refit) {
        return crossValidate(candidates(), features, target, refit);
    }

    /** The {@code nIter} candidates the seed draws, in the order of the results table. */
    List<Candidate> candidates() {
        return draw(axes, nIter, seed);
    }

    /**
     * {@code count} candidates drawn from {@code axes} with {@code seed}, as scikit-learn's {@code ParameterSampler}:
     * from the grid without replacement when every axis is a list (all of it, in random order, if {@code count}
     * exceeds its size), else each axis in turn with replacement.
     */
    static List<Candidate> draw(List<Axis<?>> axes, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean allLists = axes.stream().allMatch(axis -> axis.distribution().values().isPresent());
        if (allLists) {
            List<Candidate> shuffled = new ArrayList<>(GridSearch.grid(axes));
            int draws = Math.min(count, shuffled.size());
            for (int i = 0; i < draws; i++) {
                int j = random.nextInt(i, shuffled.size());
                shuffled.set(j, shuffled.set(i, shuffled.get(j)));
            }
            return List.copyOf(shuffled.subList(0, draws));
        }
        List<Candidate> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Object> values = new ArrayList<>(axes.size());
            for (Axis<?> axis : axes) {
                values.add(axis.distribution().sample(random));
            }
            drawn.add(new Candidate(axes, values));
        }
        return drawn;
    }
}
