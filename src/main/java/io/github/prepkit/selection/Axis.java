package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import java.util.List;

/**
 * One hyperparameter of a search: a name for the results table and the values to try (a {@link GridSearch}) or to
 * draw from (a {@link RandomSearch}). A search's factory reads a candidate's value with
 * {@link Candidate#get(Axis)}, typed: {@code Axis<Integer> k = Axis.of("n_neighbors", 1, 3, 5)} gives
 * {@code candidate.get(k)} as an Integer.
 *
 * @param name         the name, unique in its search; it serves the results table only
 * @param distribution the values
 * @param <V>          the type of the values
 */
public record Axis<V>(String name, Distribution<V> distribution) {

    /** Validates both parts. */
    public Axis {
        Checks.notNull(name, "axis name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an axis name must not be blank");
        }
        Checks.notNull(distribution, "axis '" + name + "' distribution");
    }

    /**
     * An axis of the given values, in order.
     *
     * @param name   the name in the results table, not blank
     * @param values the values, at least one, none null
     * @param <V>    the type of the values
     * @throws IllegalArgumentException if the name is blank or there is no value
     */
    public static <V> Axis<V> of(String name, List<V> values) {
        return new Axis<>(name, Distribution.choice(values));
    }

    /**
     * An axis of the given values, in order.
     *
     * @param name   the name in the results table, not blank
     * @param values the values, at least one, none null
     * @param <V>    the type of the values
     * @throws IllegalArgumentException if the name is blank or there is no value
     */
    @SafeVarargs
    public static <V> Axis<V> of(String name, V... values) {
        return of(name, Checks.asList("axis values", values));
    }

    /**
     * An axis drawn from {@code distribution}, for a {@link RandomSearch}.
     *
     * @param name         the name in the results table, not blank
     * @param distribution where the values are drawn from
     * @param <V>          the type of the values
     * @throws IllegalArgumentException if the name is blank
     */
    public static <V> Axis<V> of(String name, Distribution<V> distribution) {
        return new Axis<>(name, distribution);
    }
}
