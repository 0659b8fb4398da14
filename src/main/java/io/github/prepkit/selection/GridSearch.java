package io.github.prepkit.selection;

import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores every combination of the axes' values by cross-validation and keeps the best, as scikit-learn's
 * {@code GridSearchCV}. Typed: an axis names a hyperparameter, lists its values and says how to apply one,
 * <pre>{@code
 * GridSearch.of(new KNeighborsClassifier().nJobs(1))
 *         .axis("n_neighbors", List.of(1, 3, 5, 7, 9), KNeighborsClassifier::nNeighbors)
 *         .axis("weights", List.of(Weights.UNIFORM, Weights.DISTANCE), KNeighborsClassifier::weights)
 *         .fit(features, target);
 * }</pre>
 * or a factory builds the estimator (a {@link io.github.prepkit.pipeline.Pipeline}, say) from a candidate's values:
 * {@code GridSearch.of(List.of(k), candidate -> steps.classifier("knn", knn.nNeighbors(candidate.get(k))))}.
 * The candidates are the product of the axes in the order given, the last axis changing fastest (scikit-learn
 * sorts the parameter names first). The defaults are scikit-learn's: 5 unshuffled folds, stratified for a
 * classifier; the estimator's score; refit. Cost: candidates x folds fits, on {@code nJobs} threads.
 *
 * @param <E> the estimator searched
 * @param <M> its fitted model
 */
public final class GridSearch<E extends Predictor<M>, M extends PredictorModel>
        extends Search<E, M, GridSearch<E, M>> {

    private static final String STEP = "GridSearch";

    private GridSearch(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings) {
        super(axes, factory, settings);
        requireLists(STEP, this.axes);
    }

    /** Fails, naming {@code step}, unless every axis is a list of values. */
    static void requireLists(String step, List<Axis<?>> axes) {
        for (Axis<?> axis : axes) {
            if (axis.distribution().values().isEmpty()) {
                throw new IllegalArgumentException(step + ": axis '" + axis.name() + "' draws from "
                        + axis.distribution() + "; a grid needs a list of values (or use a random search)");
            }
        }
    }

    /**
     * A search around {@code estimator}, with no axis yet: add them with {@link #axis}.
     *
     * @param estimator the estimator each candidate starts from, its other hyperparameters kept
     * @param <E>       the estimator's type
     * @param <M>       its fitted model's type
     */
    public static <E extends Predictor<M>, M extends PredictorModel> GridSearch<E, M> of(E estimator) {
        Checks.notNull(estimator, "estimator");
        return new GridSearch<>(List.of(), candidate -> estimator, SearchSettings.defaults(STEP));
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
    public static <E extends Predictor<M>, M extends PredictorModel> GridSearch<E, M> of(List<Axis<?>> axes,
            Function<Candidate, E> factory) {
        return new GridSearch<>(axes, factory, SearchSettings.defaults(STEP));
    }

    /**
     * A copy with one more axis: hyperparameter {@code name} takes each of {@code values}, set by {@code apply}
     * (a fluent method such as {@code KNeighborsClassifier::nNeighbors}).
     *
     * @param name   the hyperparameter's name in the results, such as {@code "n_neighbors"}
     * @param values the values to try, in order
     * @param apply  returns the estimator with a value set
     * @param <V>    the type of the values
     * @return a new search
     * @throws IllegalArgumentException if the name is used already, or the values are empty
     */
    public <V> GridSearch<E, M> axis(String name, List<V> values, BiFunction<E, V, E> apply) {
        return plus(Axis.of(name, values), apply);
    }

    @Override
    GridSearch<E, M> with(List<Axis<?>> axes, Function<Candidate, E> factory, SearchSettings settings) {
        return new GridSearch<>(axes, factory, settings);
    }

    @Override
    SearchResult<E, M> evaluate(Table features, Column<?> target, int refit) {
        return crossValidate(grid(axes), features, target, refit);
    }

    /** Every combination of the values of {@code axes} (all lists), the last axis changing fastest. */
    static List<Candidate> grid(List<Axis<?>> axes) {
        List<List<Object>> combinations = List.of(List.of());
        for (Axis<?> axis : axes) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> prefix : combinations) {
                for (Object value : axis.distribution().values().orElseThrow()) {
                    List<Object> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    longer.add(combination);
                }
            }
            combinations = longer;
        }
        return combinations.stream().map(values -> new Candidate(axes, values)).toList();
    }
}
