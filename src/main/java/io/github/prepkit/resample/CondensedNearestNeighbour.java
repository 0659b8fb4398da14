package io.github.prepkit.resample;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * Under-samples by condensing each cleaned class to a store that classifies the class's other rows correctly, Hart's
 * condensed nearest neighbour rule (1968) as imbalanced-learn's {@code CondensedNearestNeighbour}. For each class the
 * strategy cleans, the store starts with {@code nSeedsS} random rows of the class; the class's rows are then visited
 * in row order, and a row that a {@code nNeighbors}-nearest-neighbour vote over the minority and the store
 * misclassifies joins the store. Passes repeat until one adds no row, so every removed row of the class is classified
 * correctly by the minority and the kept rows of its class (one pass suffices with one neighbour, as imbalanced-learn
 * makes). The minority keeps every row; it is the smallest class, on a tie the one whose first row comes first.
 *
 * <p>The draws use Java's {@link SplittableRandom}, not NumPy's, so the kept rows differ from imbalanced-learn's
 * while the rule is the same. The seeds are drawn without replacement (imbalanced-learn draws with replacement and
 * may return a row twice), and every row is checked (imbalanced-learn's skip list mixes row positions and row
 * indexes, so it may leave a misclassified row out of the store). The vote counts the neighbours of each class,
 * a tie going to the class first in class order, equal distances to the earlier row, minority rows first (as
 * scikit-learn's {@code KNeighborsClassifier}). Each row joining the store costs one search of the rows after it,
 * O(rows x store x features). Every column but the target must be numeric.
 *
 * @param samplingStrategy which classes are condensed (default {@link SamplingStrategy#AUTO}: every class but the
 *                         minority); a named strategy only
 * @param seed             the seed of the seeds' draw (default 0)
 * @param nNeighbors       the neighbours that vote, at least 1 (default 1); the minority and the seeds together need
 *                         as many rows
 * @param nSeedsS          the rows each store starts with, at least 1 (default 1); a cleaned class needs as many
 * @param nJobs            threads for the neighbour searches, or -1 for every core (default -1)
 */
public record CondensedNearestNeighbour(SamplingStrategy samplingStrategy, long seed, int nNeighbors, int nSeedsS,
                                        int nJobs) implements SelectingSampler {

    private static final String STEP = "CondensedNearestNeighbour";
    private static final String HINT = "CondensedNearestNeighbour measures Euclidean distances: encode the column"
            + " first (io.github.prepkit.encode)";

    /**
     * Validates every parameter.
     *
     * @throws IllegalArgumentException naming a parameter that is null or out of range
     */
    public CondensedNearestNeighbour {
        Checks.notNull(samplingStrategy, "samplingStrategy");
        SmoteParameters.atLeastOne("nNeighbors", nNeighbors, STEP);
        SmoteParameters.atLeastOne("nSeedsS", nSeedsS, STEP);
        SmoteParameters.jobs(nJobs, STEP);
    }

    /** imbalanced-learn's defaults: every class but the minority is condensed, 1 neighbour, 1 seed, seed 0. */
    public CondensedNearestNeighbour() {
        this(SamplingStrategy.AUTO, 0, 1, 1, -1);
    }

    /** A copy with another strategy. */
    public CondensedNearestNeighbour samplingStrategy(SamplingStrategy samplingStrategy) {
        return new CondensedNearestNeighbour(samplingStrategy, seed, nNeighbors, nSeedsS, nJobs);
    }

    /** A copy with another seed. */
    public CondensedNearestNeighbour seed(long seed) {
        return new CondensedNearestNeighbour(samplingStrategy, seed, nNeighbors, nSeedsS, nJobs);
    }

    /** A copy voting with {@code nNeighbors} neighbours. */
    public CondensedNearestNeighbour nNeighbors(int nNeighbors) {
        return new CondensedNearestNeighbour(samplingStrategy, seed, nNeighbors, nSeedsS, nJobs);
    }

    /** A copy starting each store with {@code nSeedsS} rows. */
    public CondensedNearestNeighbour nSeedsS(int nSeedsS) {
        return new CondensedNearestNeighbour(samplingStrategy, seed, nNeighbors, nSeedsS, nJobs);
    }

    /** A copy searching neighbours on {@code nJobs} threads. */
    public CondensedNearestNeighbour nJobs(int nJobs) {
        return new CondensedNearestNeighbour(samplingStrategy, seed, nNeighbors, nSeedsS, nJobs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if a column other than the target is not numeric or has a missing or
     *                                  infinite value, a cleaned class has fewer than nSeedsS rows, or the minority
     *                                  and nSeedsS rows are fewer than nNeighbors
     */
    @Override
    public int[] sampleIndices(Table data, String target) {
        Checks.notNull(data, "data");
        ClassRows classes = ClassRows.of(data, target, STEP);
        boolean[] cleaned = samplingStrategy.cleaned(classes.sizes(), classes.names(), STEP);
        FeatureMatrix features = NumericFeatures.of(data, target, List.of(), STEP, HINT);
        int minority = classes.minority();
        SplittableRandom random = new SplittableRandom(seed);
        return classes.keptRows(c -> {
            if (!cleaned[c]) {
                return classes.members(c);
            }
            requireRows(classes, c, minority);
            return condense(features, classes.members(c), c == minority ? new int[0] : classes.members(minority),
                    c < minority, random);
        });
    }

    /**
     * The store of one class: its seeds, then each row the vote over {@code minority} and the store misclassifies,
     * pass after pass until none is.
     *
     * @param winsTies whether the class wins a tied vote against the minority (it comes first in class order)
     */
    private int[] condense(FeatureMatrix features, int[] members, int[] minority, boolean winsTies,
            SplittableRandom random) {
        boolean[] stored = new boolean[members.length];
        int[] reference = Arrays.copyOf(minority, minority.length + members.length);
        int size = minority.length;
        int[] order = members.clone();
        for (int i = 0; i < nSeedsS; i++) {
            int j = i + random.nextInt(order.length - i);
            int chosen = order[j];
            order[j] = order[i];
            order[i] = chosen;
            reference[size++] = chosen;
            stored[Arrays.binarySearch(members, chosen)] = true;
        }
        boolean added = minority.length > 0;
        while (added) {
            added = false;
            for (int next = misclassified(features, members, stored, 0, reference, size, minority.length, winsTies);
                    next >= 0;
                    next = misclassified(features, members, stored, next + 1, reference, size, minority.length,
                            winsTies)) {
                stored[next] = true;
                reference[size++] = members[next];
                added = true;
            }
        }
        return IntStream.range(0, members.length).filter(i -> stored[i]).map(i -> members[i]).toArray();
    }

    /**
     * The first position from {@code from} of a row of {@code members} not stored whose nNeighbors nearest among the
     * first {@code size} rows of {@code reference} (the first {@code minorityCount} of them minority rows) outvote
     * its class, or -1.
     */
    private int misclassified(FeatureMatrix features, int[] members, boolean[] stored, int from, int[] reference,
            int size, int minorityCount, boolean winsTies) {
        int[] queries = IntStream.range(from, members.length).filter(i -> !stored[i]).toArray();
        if (queries.length == 0) {
            return -1;
        }
        int[] rows = Arrays.stream(queries).map(i -> members[i]).toArray();
        int[][] found = Neighbourhood.search(features.values(), features.columns(), Arrays.copyOf(reference, size),
                rows, nNeighbors, nJobs).indices();
        for (int q = 0; q < queries.length; q++) {
            int minorityVotes = 0;
            for (int position : found[q]) {
                minorityVotes += position < minorityCount ? 1 : 0;
            }
            int ownVotes = nNeighbors - minorityVotes;
            if (ownVotes < minorityVotes || ownVotes == minorityVotes && !winsTies) {
                return queries[q];
            }
        }
        return -1;
    }

    /** Fails unless class {@code c} has nSeedsS rows and, with the minority, nNeighbors rows to vote. */
    private void requireRows(ClassRows classes, int c, int minority) {
        int size = classes.members(c).length;
        if (size < nSeedsS) {
            throw new IllegalArgumentException(STEP + ": class '" + classes.names().get(c) + "' has " + size
                    + " row(s), too few for nSeedsS = " + nSeedsS + "; lower nSeedsS to at most " + size);
        }
        int voters = nSeedsS + (c == minority ? 0 : classes.members(minority).length);
        if (voters < nNeighbors) {
            throw new IllegalArgumentException(STEP + ": the minority and the " + nSeedsS + " seed(s) of class '"
                    + classes.names().get(c) + "' are " + voters + " row(s), too few for nNeighbors = " + nNeighbors
                    + "; lower nNeighbors to at most " + voters);
        }
    }
}
