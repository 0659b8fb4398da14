package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Where a {@link RandomSearch} draws a hyperparameter's values from, as the scipy.stats distributions scikit-learn's
 * {@code RandomizedSearchCV} takes: {@link #uniform}, {@link #logUniform}, {@link #integers} and {@link #choice}.
 * A choice is also what a {@link GridSearch} axis enumerates.
 *
 * @param <V> the type of the values
 */
public final class Distribution<V> {

    private final String description;
    private final Function<SplittableRandom, V> sampler;
    private final List<V> values;

    private Distribution(String description, Function<SplittableRandom, V> sampler, List<V> values) {
        this.description = description;
        this.sampler = sampler;
        this.values = values;
    }

    /**
     * Uniform over [low, high), as {@code scipy.stats.uniform(low, high - low)}.
     *
     * @param low  the smallest value, included
     * @param high the bound, excluded
     * @throws IllegalArgumentException unless {@code low < high}, both finite
     */
    public static Distribution<Double> uniform(double low, double high) {
        checkRange("uniform", low, high);
        return new Distribution<>("uniform(" + low + ", " + high + ")", random -> random.nextDouble(low, high), null);
    }

    /**
     * Log-uniform over [low, high): its logarithm is uniform, so each factor of ten is drawn as often, as
     * {@code scipy.stats.loguniform(low, high)}; the usual choice for a regularisation strength such as C.
     *
     * @param low  the smallest value, included
     * @param high the bound, excluded
     * @throws IllegalArgumentException unless {@code 0 < low < high}, both finite
     */
    public static Distribution<Double> logUniform(double low, double high) {
        checkRange("logUniform", low, high);
        if (!(low > 0)) {
            throw new IllegalArgumentException("logUniform: low must be positive, found " + low);
        }
        double logLow = Math.log(low);
        double logHigh = Math.log(high);
        return new Distribution<>("logUniform(" + low + ", " + high + ")",
                random -> Math.min(Math.exp(random.nextDouble(logLow, logHigh)), Math.nextDown(high)), null);
    }

    /**
     * The integers low, low + 1, ..., high - 1, each equally likely, as {@code scipy.stats.randint(low, high)}.
     *
     * @param low  the smallest value, included
     * @param high the bound, excluded
     * @throws IllegalArgumentException unless {@code low < high}
     */
    public static Distribution<Integer> integers(int low, int high) {
        if (low >= high) {
            throw new IllegalArgumentException("integers: low (" + low + ") must be smaller than high (" + high
                    + "), which is excluded");
        }
        return new Distribution<>("integers(" + low + ", " + high + ")", random -> random.nextInt(low, high), null);
    }

    /**
     * One of {@code values}, each equally likely (a list in scikit-learn's {@code param_distributions}).
     *
     * @param values the values, copied
     * @param <V>    the type of the values
     * @throws IllegalArgumentException if the list is empty or holds null
     */
    public static <V> Distribution<V> choice(List<V> values) {
        List<V> copy = Checks.noNulls(values, "choice values");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("choice: needs at least one value");
        }
        return new Distribution<>(copy.toString(), random -> copy.get(random.nextInt(copy.size())), copy);
    }

    /**
     * One value drawn with {@code random}.
     *
     * @param random the source of randomness, advanced by the draw
     */
    public V sample(SplittableRandom random) {
        return sampler.apply(random);
    }

    /** The values of a {@link #choice}, in order; empty for the other distributions. */
    public Optional<List<V>> values() {
        return Optional.ofNullable(values);
    }

    private static void checkRange(String name, double low, double high) {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException(name + ": needs finite low < high, found low " + low + " and high " + high);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
