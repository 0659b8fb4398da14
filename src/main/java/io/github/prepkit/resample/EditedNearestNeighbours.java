package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by removing the rows their neighbours disagree with (Wilson's edited nearest neighbours), as
 * imbalanced-learn's {@code EditedNearestNeighbours}: each row of a class the strategy cleans is removed unless its
 * {@code nNeighbors} nearest rows of the whole table (Euclidean, itself left out) are all of its class ({@link
 * KindSel#ALL}) or mostly ({@link KindSel#MODE}). Rows of the other classes all stay. Where classes tie for most
 * common, as in imbalanced-learn (scipy's {@code mode}): of numeric or boolean classes the smallest counts, of text
 * classes (a pandas column of strings, whose mode a {@code Counter} takes) the one met first from the nearest
 * neighbour on.
 *
 * <p>Every column but the target must be numeric, present and finite. Neighbours are exact ({@code NearestNeighbors}
 * on {@code nJobs} threads, the result the same for any number), equal distances going to the earlier row.
 * imbalanced-learn searches k + 1 neighbours and drops the first, which is the row itself unless an identical row
 * comes first; here the row itself is dropped, so the two differ only where identical rows have different classes.
 * scikit-learn's k-d tree (which it picks for fewer than 16 columns) and its brute force may order rows at exactly
 * equal distances otherwise, so where the k-th and (k+1)-th neighbours are equally far, the kept rows may differ.
 *
 * @param samplingStrategy which classes are cleaned (default {@link SamplingStrategy#AUTO}: all but the minority);
 *                         a named strategy, not a ratio or counts
 * @param nNeighbors       the neighbours that judge a row, at least 1 (default 3); the table needs more rows
 * @param kindSel          whether all neighbours or most must agree (default {@link KindSel#ALL})
 * @param nJobs            threads for the neighbour search, or -1 for every core (default -1)
 */
public record EditedNearestNeighbours(SamplingStrategy samplingStrategy, int nNeighbors, KindSel kindSel, int nJobs)
        implements SelectingSampler {

    private static final String STEP = "EditedNearestNeighbours";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public EditedNearestNeighbours {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        Checks.notNull(kindSel, "kindSel");
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class but the minority cleaned, 3 neighbours, all must agree; every core. */
    public EditedNearestNeighbours() {
        this(SamplingStrategy.AUTO, 3, KindSel.ALL, -1);
    }

    /** A copy cleaning the classes {@code samplingStrategy} names. */
    public EditedNearestNeighbours samplingStrategy(SamplingStrategy samplingStrategy) {
        return new EditedNearestNeighbours(samplingStrategy, nNeighbors, kindSel, nJobs);
    }

    /** A copy judging each row by {@code nNeighbors} neighbours. */
    public EditedNearestNeighbours nNeighbors(int nNeighbors) {
        return new EditedNearestNeighbours(samplingStrategy, nNeighbors, kindSel, nJobs);
    }

    /** A copy with another rule. */
    public EditedNearestNeighbours kindSel(KindSel kindSel) {
        return new EditedNearestNeighbours(samplingStrategy, nNeighbors, kindSel, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public EditedNearestNeighbours nJobs(int nJobs) {
        return new EditedNearestNeighbours(samplingStrategy, nNeighbors, kindSel, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, the table has no more rows than nNeighbors, or the strategy is
     *                                  a ratio or counts
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        int[] kept = edit(CleaningInput.of(data, target, STEP), null, nNeighbors, STEP);
        Arrays.sort(kept);
        return kept;
    }

    /**
     * One pass of the rule over {@code rows} only (the neighbours are searched among them, and the strategy sees
     * their class sizes), as imbalanced-learn's samplers that repeat it call it on what the last pass kept.
     *
     * @param rows table rows in the order that breaks distance ties, or null for the whole table
     * @param k    the neighbours judging each row
     * @return the rows kept, grouped by class in class order, each class's in the order of {@code rows} (the order
     *         imbalanced-learn returns them in, which breaks the next pass's ties)
     */
    int[] edit(CleaningInput input, int[] rows, int k, String step) {
        int[] candidates = rows == null ? input.rows() : rows;
        int[] codes = input.codes();
        boolean[] cleaned = samplingStrategy.cleaned(input.sizes(candidates), input.names(), step);
        int[] bases = IntStream.of(candidates).filter(row -> cleaned[codes[row]]).toArray();
        int[][] neighbours = input.neighbours(bases, candidates, k, nJobs, step);
        boolean[] removed = new boolean[codes.length];
        for (int i = 0; i < bases.length; i++) {
            removed[bases[i]] = !input.agree(codes[bases[i]], neighbours[i], kindSel);
        }
        return IntStream.range(0, input.names().size())
                .flatMap(c -> IntStream.of(candidates).filter(row -> codes[row] == c && !removed[row])).toArray();
    }
}
