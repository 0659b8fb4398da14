package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Searches candidates drawn at random from the axes' distributions by successive halving, as scikit-learn's
 * {@code HalvingRandomSearchCV}:
 * <pre>{@code
 * HalvingRandomSearch.of(new LogisticRegression())
 *         .axis("C", Distribution.logUniform(1e-3, 1e3), LogisticRegression::c)
 *         .scorings(List.of(Scoring.ROC_AUC, Scoring.ACCURACY)).refit("roc_auc")
 *         .seed(7)
 *         .fit(features, target);
 * }</pre>
 * The candidates are drawn as {@link RandomSearch} draws them, from {@code seed}. The defaults are scikit-learn's:
 * {@code nCandidates} {@link #EXHAUST} ({@code maxResources / minResources} candidates, so that the last round can
 * use about all the rows), {@code factor} 3, {@code minResources} {@link #SMALLEST} (where the grid's default is
 * EXHAUST), {@code maxResources} {@link #ALL_ROWS}, no aggressive elimination; how the rounds and subsamples go is
 * told at {@link HalvingSearch}.
 *
 * @param <E> the estimator searched
 * @param <M> its fitted model
 */
public final class HalvingRandomSearch<E extends Predictor<M>, M extends PredictorModel>
        extends HalvingSearch<E, M, HalvingRandomSearch<E, M>> {

    private static final String STEP = "HalvingRandomSearch";

    private final int nCandidates;

    private HalvingRandomSearch(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings,
            HalvingSettings halving, int nCandidates) {
        super(axes, factory, settings, halving);
        if (nCandidates < 1 && nCandidates != EXHAUST) {
            throw new IllegalArgumentException(STEP + ": nCandidates must be a positive count or EXHAUST, found "
                    + nCandidates);
        }
        this.nCandidates = nCandidates;
    }

    private static HalvingSettings defaults() {
        return new HalvingSettings(STEP, 3, SMALLEST, ALL_ROWS, false, 0);
    }

    /**
     * A search around {@code estimator}, with no axis yet: add axes with {@link #axis}.
     *
     * @param estimator the estimator each candidate starts from, its other hyperparameters kept
     * @param <E>       the estimator's type
     * @param <M>       its fitted model's type
     */
    public static <E extends Predictor<M>, M extends PredictorModel> HalvingRandomSearch<E, M> of(E estimator) {
        Checks.notNull(estimator, "estimator");
        return new HalvingRandomSearch<>(List.of(), candidate -> estimator, SearchSettings.defaults(STEP), defaults(),
                EXHAUST);
    }

    /**
     * A search over {@code axes} whose estimator {@code factory} builds from a candidate's values, read with
     * {@link Candidate#get(Axis)}.
     *
     * @param axes    the hyperparameters and their values
     * @param factory builds the estimator of a candidate
     * @param <E>     the estimator's type
     * @param <M>     its fitted model's type
     * @throws IllegalArgumentException if two axes share a name
     */
    public static <E extends Predictor<M>, M extends PredictorModel> HalvingRandomSearch<E, M> of(List<Axis<?>> axes,
            Function<Candidate, E> factory) {
        return new HalvingRandomSearch<>(axes, factory, SearchSettings.defaults(STEP), defaults(), EXHAUST);
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
    public <V> HalvingRandomSearch<E, M> axis(String name, Distribution<V> distribution, BiFunction<E, V, E> apply) {
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
    public <V> HalvingRandomSearch<E, M> axis(String name, List<V> values, BiFunction<E, V, E> apply) {
        return plus(Axis.of(name, values), apply);
    }

    /** The candidates of the first round: a count or {@link #EXHAUST}. */
    public int nCandidates() {
        return nCandidates;
    }

    /**
     * A copy drawing {@code nCandidates} candidates for the first round, or {@link #EXHAUST} (default:
     * {@code maxResources / minResources}, which needs a {@code minResources} other than EXHAUST), as
     * scikit-learn's {@code n_candidates}. When every axis is a list, at most the grid's size are drawn.
     *
     * @throws IllegalArgumentException unless a positive count or EXHAUST
     */
    public HalvingRandomSearch<E, M> nCandidates(int nCandidates) {
        return new HalvingRandomSearch<>(axes, factory, settings, halving, nCandidates);
    }

    @Override
    HalvingRandomSearch<E, M> with(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings) {
        return new HalvingRandomSearch<>(axes, factory, settings, halving, nCandidates);
    }

    @Override
    HalvingRandomSearch<E, M> with(HalvingSettings halving) {
        return new HalvingRandomSearch<>(axes, factory, settings, halving, nCandidates);
    }

    /**
     * The candidates the seed draws: {@code nCandidates}, or {@code exhaustCount} for EXHAUST.
     *
     * @throws IllegalArgumentException if both {@code nCandidates} and {@code minResources} are EXHAUST
     */
    @Override
    List<Candidate> candidates(int exhaustCount) {
        if (nCandidates == EXHAUST && halving.minResources() == EXHAUST) {
            throw new IllegalArgumentException(STEP + ": nCandidates and minResources cannot both be EXHAUST (each "
                    + "is computed from the other); give one of them a count, or minResources(SMALLEST)");
        }
        return RandomSearch.draw(axes, nCandidates == EXHAUST ? exhaustCount : nCandidates, halving.seed());
    }
}
