package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Searches every combination of the axes' values by successive halving, as scikit-learn's
 * {@code HalvingGridSearchCV}: all candidates are scored on few rows, the best third (by default) go on with three
 * times more rows, and so on; the best candidate of the last round wins and, with refit, is fitted on all the rows.
 * <pre>{@code
 * SearchResult<KNeighborsClassifier, KNeighborsClassifierModel> result =
 *         HalvingGridSearch.of(new KNeighborsClassifier().nJobs(1))
 *                 .axis("n_neighbors", List.of(1, 3, 5, 7, 9, 11, 13, 15, 17), KNeighborsClassifier::nNeighbors)
 *                 .factor(3).seed(7)
 *                 .fit(features, target);
 * result.schedule().orElseThrow().nResources();   // rows per round
 * }</pre>
 * The candidates are those of {@link GridSearch}. The defaults are scikit-learn's: {@code factor} 3,
 * {@code minResources} {@link #EXHAUST}, {@code maxResources} {@link #ALL_ROWS}, no aggressive elimination, 5
 * unshuffled folds (stratified for a classifier), the estimator's score, refit; how the rounds and subsamples go is
 * told at {@link HalvingSearch}. Cost: about {@code folds x candidates x (rounds)} fits, each on a fraction of the
 * rows.
 *
 * @param <E> the estimator searched
 * @param <M> its fitted model
 */
public final class HalvingGridSearch<E extends Predictor<M>, M extends PredictorModel>
        extends HalvingSearch<E, M, HalvingGridSearch<E, M>> {

    private static final String STEP = "HalvingGridSearch";

    private HalvingGridSearch(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings,
            HalvingSettings halving) {
        super(axes, factory, settings, halving);
        GridSearch.requireLists(STEP, this.axes);
    }

    private static HalvingSettings defaults() {
        return new HalvingSettings(STEP, 3, EXHAUST, ALL_ROWS, false, 0);
    }

    /**
     * A search around {@code estimator}, with no axis yet: add them with {@link #axis}.
     *
     * @param estimator the estimator each candidate starts from, its other hyperparameters kept
     * @param <E>       the estimator's type
     * @param <M>       its fitted model's type
     */
    public static <E extends Predictor<M>, M extends PredictorModel> HalvingGridSearch<E, M> of(E estimator) {
        Checks.notNull(estimator, "estimator");
        return new HalvingGridSearch<>(List.of(), candidate -> estimator, SearchSettings.defaults(STEP), defaults());
    }

    /**
     * A search over {@code axes} (each a list of values) whose estimator {@code factory} builds from a candidate's
     * values, read with {@link Candidate#get(Axis)}.
     *
     * @param axes    the hyperparameters and their values, each a list
     * @param factory builds the estimator of a candidate
     * @param <E>     the estimator's type
     * @param <M>     its fitted model's type
     * @throws IllegalArgumentException if an axis is not a list of values or two axes share a name
     */
    public static <E extends Predictor<M>, M extends PredictorModel> HalvingGridSearch<E, M> of(List<Axis<?>> axes,
            Function<Candidate, E> factory) {
        return new HalvingGridSearch<>(axes, factory, SearchSettings.defaults(STEP), defaults());
    }

    /**
     * A copy with one more axis: hyperparameter {@code name} takes each of {@code values}, set by {@code apply}.
     *
     * @param name   the hyperparameter's name in the results, such as {@code "n_neighbors"}
     * @param values the values to try, in order
     * @param apply  returns the estimator with a value set
     * @param <V>    the type of the values
     * @return a new search
     * @throws IllegalArgumentException if the name is used already, or the values are empty
     */
    public <V> HalvingGridSearch<E, M> axis(String name, List<V> values, BiFunction<E, V, E> apply) {
        return plus(Axis.of(name, values), apply);
    }

    @Override
    HalvingGridSearch<E, M> with(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings) {
        return new HalvingGridSearch<>(axes, factory, settings, halving);
    }

    @Override
    HalvingGridSearch<E, M> with(HalvingSettings halving) {
        return new HalvingGridSearch<>(axes, factory, settings, halving);
    }

    @Override
    List<Candidate> candidates(int exhaustCount) {
        return GridSearch.grid(axes);
    }
}
