package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by the neighbourhood cleaning rule (Laurikkala 2001) as imbalanced-learn 0.10's
 * {@code NeighbourhoodCleaningRule} implements it. Removed are (A1) the rows {@link EditedNearestNeighbours} with
 * {@link KindSel#MODE} removes from the classes the strategy cleans, whatever {@code kindSel} says, and (A2) the
 * {@code nNeighbors} nearest rows of each minority row whose neighbourhood disagrees, where their class is cleaned
 * and has more than {@code thresholdCleaning} x the table's rows. The minority is the smallest class, the one whose
 * first row comes first on a tie, as imbalanced-learn's {@code Counter} gives it.
 *
 * <p>A minority row's neighbourhood disagrees, with {@link KindSel#MODE}, when the most common class among its
 * neighbours (on a tie, as {@link EditedNearestNeighbours} says) is not the minority. With {@link KindSel#ALL}, imbalanced-learn
 * 0.10 tests the truth of the neighbours' class values, not their equality to the minority ({@code
 * np.all(labels)}): the neighbourhood disagrees when a neighbour's class is the number 0 or false. That is kept here,
 * so that the rows are imbalanced-learn's: with classes 0 and 1 a minority row's neighbours are removed when one of
 * them is of class 0; with text classes (where imbalanced-learn 0.10 fails) no neighbourhood disagrees and only A1 is
 * removed. Neighbours and ties as {@link EditedNearestNeighbours} says.
 *
 * @param samplingStrategy  which classes are cleaned (default {@link SamplingStrategy#AUTO})
 * @param nNeighbors        the neighbours that judge a row, at least 1 (default 3)
 * @param kindSel           how a minority row's neighbourhood is judged (default {@link KindSel#ALL})
 * @param thresholdCleaning the share of the rows a class must exceed to lose A2 rows, in (0, 1) (default 0.5)
 * @param nJobs             threads for the neighbour search, or -1 for every core (default -1)
 */
public record NeighbourhoodCleaningRule(SamplingStrategy samplingStrategy, int nNeighbors, KindSel kindSel,
                                        double thresholdCleaning, int nJobs) implements SelectingSampler {

    private static final String STEP = "NeighbourhoodCleaningRule";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public NeighbourhoodCleaningRule {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        Checks.notNull(kindSel, "kindSel");
        if (!(thresholdCleaning > 0 && thresholdCleaning < 1)) {
            throw new IllegalArgumentException(STEP + ": thresholdCleaning must be in (0, 1), found "
                    + thresholdCleaning);
        }
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn 0.10's defaults: all classes but the minority, 3 neighbours, kind ALL, threshold 0.5. */
    public NeighbourhoodCleaningRule() {
        this(SamplingStrategy.AUTO, 3, KindSel.ALL, 0.5, -1);
    }

    /** A copy cleaning the classes {@code samplingStrategy} names. */
    public NeighbourhoodCleaningRule samplingStrategy(SamplingStrategy samplingStrategy) {
        return new NeighbourhoodCleaningRule(samplingStrategy, nNeighbors, kindSel, thresholdCleaning, nJobs);
    }

    /** A copy judging rows by {@code nNeighbors} neighbours. */
    public NeighbourhoodCleaningRule nNeighbors(int nNeighbors) {
        return new NeighbourhoodCleaningRule(samplingStrategy, nNeighbors, kindSel, thresholdCleaning, nJobs);
    }

    /** A copy judging minority neighbourhoods by another rule. */
    public NeighbourhoodCleaningRule kindSel(KindSel kindSel) {
        return new NeighbourhoodCleaningRule(samplingStrategy, nNeighbors, kindSel, thresholdCleaning, nJobs);
    }

    /** A copy with another class-size threshold for A2. */
    public NeighbourhoodCleaningRule thresholdCleaning(double thresholdCleaning) {
        return new NeighbourhoodCleaningRule(samplingStrategy, nNeighbors, kindSel, thresholdCleaning, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public NeighbourhoodCleaningRule nJobs(int nJobs) {
        return new NeighbourhoodCleaningRule(samplingStrategy, nNeighbors, kindSel, thresholdCleaning, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also as {@link EditedNearestNeighbours#sampleIndices}
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        CleaningInput input = CleaningInput.of(data, target, STEP);
        int[] rows = input.rows();
        int[] codes = input.codes();
        boolean[] removed = new boolean[rows.length];
        Arrays.fill(removed, true);
        for (int row : new EditedNearestNeighbours(samplingStrategy, nNeighbors, KindSel.MODE, nJobs)
                .edit(input, rows, nNeighbors, STEP)) {
            removed[row] = false;
        }
        int[] sizes = input.sizes(rows);
        boolean[] cleaned = samplingStrategy.cleaned(sizes, input.names(), STEP);
        int minority = input.firstMinority();
        int[] bases = input.members(minority);
        int[][] neighbours = input.neighbours(bases, rows, nNeighbors, nJobs, STEP);
        for (int[] neighbourhood : neighbours) {
            if (!agree(input, minority, neighbourhood)) {
                for (int neighbour : neighbourhood) {
                    int c = codes[neighbour];
                    removed[neighbour] |= cleaned[c] && sizes[c] > rows.length * thresholdCleaning;
                }
            }
        }
        return IntStream.of(rows).filter(row -> !removed[row]).toArray();
    }

    /** Whether a minority row's neighbourhood agrees, by imbalanced-learn 0.10's test for {@code kindSel}. */
    private boolean agree(CleaningInput input, int minority, int[] neighbourhood) {
        if (kindSel == KindSel.MODE) {
            return input.agree(minority, neighbourhood, kindSel);
        }
        List<Object> values = input.values();
        for (int neighbour : neighbourhood) {
            if (!truthy(values.get(input.codes()[neighbour]))) {
                return false;
            }
        }
        return true;
    }

    /** Python's truth value of a class value: false for the number 0, false and empty text. */
    private static boolean truthy(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        return !value.toString().isEmpty();
    }
}
