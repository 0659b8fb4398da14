package io.github.prepkit.base;

/**
 * An estimator whose result depends on a random seed, and which gives a copy with another: what lets an ensemble give
 * each of its members a seed of its own, as scikit-learn's bagging sets every {@code random_state} of its base
 * estimator's copies.
 *
 * @param <E> the estimator's own type
 */
public interface Seeded<E extends Seeded<E>> {

    /** The seed this estimator draws its random numbers from. */
    long seed();

    /** A copy identical but for its seed, {@code seed}. */
    E seed(long seed);
}
