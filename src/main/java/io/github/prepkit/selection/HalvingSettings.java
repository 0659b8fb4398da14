package io.github.prepkit.selection;

/**
 * What both successive-halving searches add to a search: the {@code factor} by which each round divides the
 * candidates and multiplies the rows, the rows of the first round ({@code minResources}: a count or
 * {@link HalvingSearch#EXHAUST} / {@link HalvingSearch#SMALLEST}), the most rows a round may use
 * ({@code maxResources}: a count or {@link HalvingSearch#ALL_ROWS}), whether to eliminate aggressively, and the seed
 * of the row subsamples; each copy method validates, naming the search ({@code step}).
 */
record HalvingSettings(String step, double factor, int minResources, int maxResources, boolean aggressiveElimination,
        long seed) {

    /** Validates every setting. */
    HalvingSettings {
        if (!(factor > 1) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException(step + ": factor must be a finite number greater than 1, found "
                    + factor);
        }
        if (minResources < 1 && minResources != HalvingSearch.EXHAUST && minResources != HalvingSearch.SMALLEST) {
            throw new IllegalArgumentException(step + ": minResources must be a positive row count, EXHAUST or "
                    + "SMALLEST, found " + minResources);
        }
        if (maxResources < 1 && maxResources != HalvingSearch.ALL_ROWS) {
            throw new IllegalArgumentException(step + ": maxResources must be a positive row count or ALL_ROWS, found "
                    + maxResources);
        }
    }

    HalvingSettings factor(double factor) {
        return new HalvingSettings(step, factor, minResources, maxResources, aggressiveElimination, seed);
    }

    HalvingSettings minResources(int minResources) {
        return new HalvingSettings(step, factor, minResources, maxResources, aggressiveElimination, seed);
    }

    HalvingSettings maxResources(int maxResources) {
        return new HalvingSettings(step, factor, minResources, maxResources, aggressiveElimination, seed);
    }

    HalvingSettings aggressiveElimination(boolean aggressiveElimination) {
        return new HalvingSettings(step, factor, minResources, maxResources, aggressiveElimination, seed);
    }

    HalvingSettings seed(long seed) {
        return new HalvingSettings(step, factor, minResources, maxResources, aggressiveElimination, seed);
    }
}
