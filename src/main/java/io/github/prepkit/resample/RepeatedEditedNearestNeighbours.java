package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import tech.tablesaw.api.Table;

/**
 * Under-samples by applying {@link EditedNearestNeighbours} again and again to what it kept, as imbalanced-learn's
 * {@code RepeatedEditedNearestNeighbours}: each pass searches neighbours among the rows left and cleans the classes
 * the strategy names for their current sizes. It stops after {@code maxIter} passes, or after the pass that removes
 * nothing, leaves a class other than the minority smaller than the minority was at the start, or removes a class
 * entirely (that pass's removals stand, as in imbalanced-learn 0.10). The minority is the smallest class, the one
 * whose first row comes first on a tie, as imbalanced-learn's {@code Counter} gives it.
 *
 * <p>Between passes the rows are kept in imbalanced-learn's order (grouped by class), which breaks distance ties in
 * the next pass; neighbours and ties as {@link EditedNearestNeighbours} says.
 *
 * @param samplingStrategy which classes are cleaned in each pass (default {@link SamplingStrategy#AUTO})
 * @param nNeighbors       the neighbours that judge a row, at least 1 (default 3)
 * @param maxIter          the most passes, at least 1 (default 100)
 * @param kindSel          whether all neighbours or most must agree (default {@link KindSel#ALL})
 * @param nJobs            threads for the neighbour search, or -1 for every core (default -1)
 */
public record RepeatedEditedNearestNeighbours(SamplingStrategy samplingStrategy, int nNeighbors, int maxIter,
                                              KindSel kindSel, int nJobs) implements SelectingSampler {

    private static final String STEP = "RepeatedEditedNearestNeighbours";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public RepeatedEditedNearestNeighbours {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        SmoteParameters.atLeastOne("maxIter", maxIter, STEP);
        Checks.notNull(kindSel, "kindSel");
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: all classes but the minority, 3 neighbours, 100 passes, all must agree. */
    public RepeatedEditedNearestNeighbours() {
        this(SamplingStrategy.AUTO, 3, 100, KindSel.ALL, -1);
    }

    /** A copy cleaning the classes {@code samplingStrategy} names. */
    public RepeatedEditedNearestNeighbours samplingStrategy(SamplingStrategy samplingStrategy) {
        return new RepeatedEditedNearestNeighbours(samplingStrategy, nNeighbors, maxIter, kindSel, nJobs);
    }

    /** A copy judging each row by {@code nNeighbors} neighbours. */
    public RepeatedEditedNearestNeighbours nNeighbors(int nNeighbors) {
        return new RepeatedEditedNearestNeighbours(samplingStrategy, nNeighbors, maxIter, kindSel, nJobs);
    }

    /** A copy making at most {@code maxIter} passes. */
    public RepeatedEditedNearestNeighbours maxIter(int maxIter) {
        return new RepeatedEditedNearestNeighbours(samplingStrategy, nNeighbors, maxIter, kindSel, nJobs);
    }

    /** A copy with another rule. */
    public RepeatedEditedNearestNeighbours kindSel(KindSel kindSel) {
        return new RepeatedEditedNearestNeighbours(samplingStrategy, nNeighbors, maxIter, kindSel, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public RepeatedEditedNearestNeighbours nJobs(int nJobs) {
        return new RepeatedEditedNearestNeighbours(samplingStrategy, nNeighbors, maxIter, kindSel, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also as {@link EditedNearestNeighbours#sampleIndices}, and if a pass leaves no
     *                                  more rows than nNeighbors (imbalanced-learn fails too)
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        CleaningInput input = CleaningInput.of(data, target, STEP);
        EditedNearestNeighbours pass = new EditedNearestNeighbours(samplingStrategy, nNeighbors, kindSel, nJobs);
        return input.repeat(pass, maxIter, i -> nNeighbors, true, false, STEP);
    }
}
