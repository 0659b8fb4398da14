package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by removing Tomek links, as imbalanced-learn's {@code TomekLinks}: two rows of different classes that
 * are each other's nearest neighbour (Euclidean, over the whole table) form a link, and the row of the pair whose class
 * the strategy cleans is removed (both rows, where both classes are cleaned).
 *
 * <p>Every column but the target must be numeric, present and finite. Nearest neighbours are exact
 * ({@code NearestNeighbors} on {@code nJobs} threads, the result the same for any number), equal distances going to
 * the earlier row; a row's own row is never its neighbour (imbalanced-learn drops the first of two found, which is
 * another row only where identical rows exist). scikit-learn's k-d tree (which it picks for fewer than 16 columns)
 * may choose another of several equally near rows, so links through such ties may differ.
 *
 * @param samplingStrategy which classes lose their linked rows (default {@link SamplingStrategy#AUTO}: all but the
 *                         minority); a named strategy, not a ratio or counts
 * @param nJobs            threads for the neighbour search, or -1 for every core (default -1)
 */
public record TomekLinks(SamplingStrategy samplingStrategy, int nJobs) implements SelectingSampler {

    private static final String STEP = "TomekLinks";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public TomekLinks {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class but the minority loses its linked rows; every core. */
    public TomekLinks() {
        this(SamplingStrategy.AUTO, -1);
    }

    /** A copy cleaning the classes {@code samplingStrategy} names. */
    public TomekLinks samplingStrategy(SamplingStrategy samplingStrategy) {
        return new TomekLinks(samplingStrategy, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public TomekLinks nJobs(int nJobs) {
        return new TomekLinks(samplingStrategy, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, or the strategy is a ratio or counts
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        CleaningInput input = CleaningInput.of(data, target, STEP);
        int[] rows = input.rows();
        return unlinked(input, rows, samplingStrategy.cleaned(input.sizes(rows), input.names(), STEP), nJobs, STEP);
    }

    /**
     * The rule over {@code rows} only (the nearest neighbours are searched among them), as imbalanced-learn's samplers
     * that end with it call it on what they kept.
     *
     * @param rows    distinct table rows, in the order that breaks distance ties
     * @param cleaned per class, whether its linked rows are removed
     * @return the rows of {@code rows} in no link that removes them, in their order
     */
    static int[] unlinked(CleaningInput input, int[] rows, boolean[] cleaned, int nJobs, String step) {
        int[] codes = input.codes();
        int[][] found = input.neighbours(rows, rows, 1, nJobs, step);
        int[] nearest = new int[codes.length];
        for (int i = 0; i < rows.length; i++) {
            nearest[rows[i]] = found[i][0];
        }
        return IntStream.of(rows).filter(i -> {
            int j = nearest[i];
            return !(cleaned[codes[i]] && codes[j] != codes[i] && nearest[j] == i);
        }).toArray();
    }
}
