package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by one-sided selection (Kubat and Matwin 1997) as imbalanced-learn 0.10's {@code OneSidedSelection}:
 * for each class the strategy cleans, a set C of the minority's rows and {@code nSeedsS} random rows of the class (the
 * seeds) classifies the class's other rows by their {@code nNeighbors} nearest rows of C (a vote, ties to the first
 * class in class order, as scikit-learn's {@code KNeighborsClassifier}); the seeds and the misclassified rows are kept,
 * the rest removed. The rows of the other classes all stay. Then {@link TomekLinks} over the rows kept removes the
 * linked rows of the cleaned classes. The minority is the smallest class, the one whose first row comes first on a tie,
 * as imbalanced-learn's {@code Counter} gives it. Where the strategy cleans the minority itself, its rows other than
 * the seeds find themselves in C and are removed, as in imbalanced-learn.
 *
 * <p>The seeds are drawn from a {@link SplittableRandom} of {@code seed}, not NumPy's generator, so they are other rows
 * than imbalanced-learn's; given the same seeds, the rows kept are the same. They are drawn without replacement, class
 * by class in class order: imbalanced-learn draws with replacement, so a seed may come twice and then stays twice in
 * its output; here a class with no more rows than {@code nSeedsS} keeps them all as seeds (where that leaves no row to
 * classify, imbalanced-learn fails; here the class goes on to the Tomek step). Every column but the target must be
 * numeric, present and finite. Neighbours are exact ({@code NearestNeighbors} on {@code nJobs} threads, the
 * result the same for any number), equal distances going to the row that comes first in C (minority rows in row order,
 * then the seeds in drawn order), and in the Tomek step to the row that comes first in imbalanced-learn's order of the
 * kept rows (class by class; in a cleaned class the seeds, then the rest in row order). scikit-learn's k-d tree may
 * order equally distant rows otherwise.
 *
 * @param samplingStrategy which classes are cleaned (default {@link SamplingStrategy#AUTO}: all but the minority); a
 *                         named strategy, not a ratio or counts
 * @param nNeighbors       the neighbours of C that classify a row, at least 1 (default 1, imbalanced-learn's 1-NN);
 *                         C needs at least as many rows
 * @param nSeedsS          the seeds drawn from each cleaned class, at least 1 (default 1)
 * @param seed             the seed of the draws (default 0)
 * @param nJobs            threads for the neighbour searches, or -1 for every core (default -1)
 */
public record OneSidedSelection(SamplingStrategy samplingStrategy, int nNeighbors, int nSeedsS, long seed, int nJobs)
        implements SelectingSampler {

    private static final String STEP = "OneSidedSelection";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public OneSidedSelection {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        SmoteParameters.atLeastOne("nSeedsS", nSeedsS, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class but the minority cleaned, a 1-NN, one seed, seed 0; every core. */
    public OneSidedSelection() {
        this(SamplingStrategy.AUTO, 1, 1, 0, -1);
    }

    /** A copy cleaning the classes {@code samplingStrategy} names. */
    public OneSidedSelection samplingStrategy(SamplingStrategy samplingStrategy) {
        return new OneSidedSelection(samplingStrategy, nNeighbors, nSeedsS, seed, nJobs);
    }

    /** A copy classifying rows by {@code nNeighbors} neighbours. */
    public OneSidedSelection nNeighbors(int nNeighbors) {
        return new OneSidedSelection(samplingStrategy, nNeighbors, nSeedsS, seed, nJobs);
    }

    /** A copy drawing {@code nSeedsS} seeds from each cleaned class. */
    public OneSidedSelection nSeedsS(int nSeedsS) {
        return new OneSidedSelection(samplingStrategy, nNeighbors, nSeedsS, seed, nJobs);
    }

    /** A copy drawing the seeds with another seed. */
    public OneSidedSelection seed(long seed) {
        return new OneSidedSelection(samplingStrategy, nNeighbors, nSeedsS, seed, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public OneSidedSelection nJobs(int nJobs) {
        return new OneSidedSelection(samplingStrategy, nNeighbors, nSeedsS, seed, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, C has fewer rows than nNeighbors, or the strategy is a ratio
     *                                  or counts
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        CleaningInput input = CleaningInput.of(data, target, STEP);
        boolean[] cleaned = samplingStrategy.cleaned(input.sizes(input.rows()), input.names(), STEP);
        SplittableRandom random = new SplittableRandom(seed);
        int[][] seeds = new int[cleaned.length][];
        for (int c = 0; c < cleaned.length; c++) {
            seeds[c] = cleaned[c] ? draw(input.members(c), random) : null;
        }
        return select(input, cleaned, seeds);
    }

    /**
     * The rows kept with the given seeds in place of random ones: the rule imbalanced-learn follows once its seeds are
     * drawn, for comparing with it on the same seeds.
     *
     * @param seeds by class name, the table rows of that class to take as seeds, distinct, in drawn order; one entry
     *              per cleaned class
     * @throws IllegalArgumentException if a cleaned class has no seeds
     */
    int[] sampleIndices(Table data, String target, Map<String, int[]> seeds) {
        CleaningInput input = CleaningInput.of(data, target, STEP);
        List<String> names = input.names();
        boolean[] cleaned = samplingStrategy.cleaned(input.sizes(input.rows()), names, STEP);
        int[][] byClass = new int[cleaned.length][];
        for (int c = 0; c < cleaned.length; c++) {
            if (cleaned[c] && !seeds.containsKey(names.get(c))) {
                throw new IllegalArgumentException(STEP + ": no seeds given for class '" + names.get(c) + "'");
            }
            byClass[c] = cleaned[c] ? seeds.get(names.get(c)) : null;
        }
        return select(input, cleaned, byClass);
    }

    /** {@code nSeedsS} distinct rows of {@code members} (all of them if there are no more), in drawn order. */
    private int[] draw(int[] members, SplittableRandom random) {
        int[] shuffled = members.clone();
        int count = Math.min(nSeedsS, shuffled.length);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(shuffled.length - i);
            int chosen = shuffled[j];
            shuffled[j] = shuffled[i];
            shuffled[i] = chosen;
        }
        return Arrays.copyOf(shuffled, count);
    }

    /** The rows kept, ascending, given each cleaned class's seeds (table rows; null for a class not cleaned). */
    private int[] select(CleaningInput input, boolean[] cleaned, int[][] seeds) {
        int[] codes = input.codes();
        int[] minority = input.members(input.firstMinority());
        IntStream.Builder kept = IntStream.builder();
        for (int c = 0; c < cleaned.length; c++) {
            int[] members = input.members(c);
            if (!cleaned[c]) {
                IntStream.of(members).forEach(kept);
                continue;
            }
            int[] classSeeds = seeds[c];
            IntStream.of(classSeeds).forEach(kept);
            boolean[] seeded = new boolean[codes.length];
            IntStream.of(classSeeds).forEach(row -> seeded[row] = true);
            int[] others = IntStream.of(members).filter(row -> !seeded[row]).toArray();
            if (others.length > 0) {
                int[] reference = IntStream.concat(IntStream.of(minority), IntStream.of(classSeeds)).toArray();
                int[] predicted = input.classify(others, reference, nNeighbors, nJobs, STEP);
                for (int i = 0; i < others.length; i++) {
                    if (predicted[i] != c) {
                        kept.add(others[i]);
                    }
                }
            }
        }
        int[] rows = TomekLinks.unlinked(input, kept.build().toArray(), cleaned, nJobs, STEP);
        Arrays.sort(rows);
        return rows;
    }
}
