package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;

/**
 * Under-samples by applying {@link EditedNearestNeighbours} with 1, 2, ... {@code nNeighbors} neighbours in turn,
 * each pass to what the last kept (Tomek's all-k-NN), as imbalanced-learn's {@code AllKNN}. It stops early after the
 * pass that leaves a class other than the minority smaller than the minority was at the start (unless
 * {@code allowMinority}) or removes a class entirely; that pass's removals stand. The minority is the smallest class,
 * the one whose first row comes first on a tie, as imbalanced-learn's {@code Counter} gives it.
 *
 * <p>Between passes the rows are kept in imbalanced-learn's order (grouped by class), which breaks distance ties in
 * the next pass; neighbours and ties as {@link EditedNearestNeighbours} says.
 *
 * @param samplingStrategy which classes are cleaned in each pass (default {@link SamplingStrategy#AUTO})
 * @param nNeighbors       the neighbours of the last pass, at least 1 (default 3)
 * @param kindSel          whether all neighbours or most must agree (default {@link KindSel#ALL})
 * @param allowMinority    whether a class may become smaller than the minority without stopping (default false)
 * @param nJobs            threads for the neighbour search, or -1 for every core (default -1)
 */
public record AllKNN(SamplingStrategy samplingStrategy, int nNeighbors, KindSel kindSel, boolean allowMinority,
                     int nJobs) implements SelectingSampler {

    private static final String STEP = "AllKNN";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public AllKNN {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        Checks.notNull(kindSel, "kindSel");
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: all classes but the minority, up to 3 neighbours, all must agree. */
    public AllKNN() {
        this(SamplingStrategy.AUTO, 3, KindSel.ALL, false, -1);
    }

    /** A copy cleaning the classes {@code samplingStrategy} names. */
    public AllKNN samplingStrategy(SamplingStrategy samplingStrategy) {
        return new AllKNN(samplingStrategy, nNeighbors, kindSel, allowMinority, nJobs);
    }

    /** A copy whose last pass uses {@code nNeighbors} neighbours. */
    public AllKNN nNeighbors(int nNeighbors) {
        return new AllKNN(samplingStrategy, nNeighbors, kindSel, allowMinority, nJobs);
    }

    /** A copy with another rule. */
    public AllKNN kindSel(KindSel kindSel) {
        return new AllKNN(samplingStrategy, nNeighbors, kindSel, allowMinority, nJobs);
    }

    /** A copy that goes on (true) or stops (false) when a class becomes smaller than the minority. */
    public AllKNN allowMinority(boolean allowMinority) {
        return new AllKNN(samplingStrategy, nNeighbors, kindSel, allowMinority, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public AllKNN nJobs(int nJobs) {
        return new AllKNN(samplingStrategy, nNeighbors, kindSel, allowMinority, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also as {@link EditedNearestNeighbours#sampleIndices}, and if a pass leaves no
     *                                  more rows than its neighbours (imbalanced-learn fails too)
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        CleaningInput input = CleaningInput.of(data, target, STEP);
        EditedNearestNeighbours pass = new EditedNearestNeighbours(samplingStrategy, nNeighbors, kindSel, nJobs);
        return input.repeat(pass, nNeighbors, i -> i + 1, false, allowMinority, STEP);
    }
}
