package io.github.prepkit.resample;

/**
 * How the edited-nearest-neighbours rules judge a row by its neighbours, as imbalanced-learn's {@code kind_sel}.
 */
public enum KindSel {
    /** A row is kept only if all its neighbours are of its class. */
    ALL,
    /**
     * A row is kept if the most common class among its neighbours is its own; where classes tie for most common,
     * imbalanced-learn's counts (see {@link EditedNearestNeighbours}).
     */
    MODE
}
